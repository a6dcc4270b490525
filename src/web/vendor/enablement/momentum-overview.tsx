import { BarChart } from '@mantine/charts';
import { Box, SimpleGrid } from '@mantine/core';
import { IconAward, IconBuildingStore, IconHistory, IconTrendingUp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../shared/charts/chart-card';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { formatNumber } from '../../shared/format';
import { ErrorState } from '../../shared/states/states';
import { type MomentumSummaryQuery, momentumSummaryQuery } from './enablement-api';
import { formatMomentum, momentumHint } from './enablement-format';
import { periodRows } from './momentum-periods';

/** Certification momentum for the partners the filters pick: KPI tiles and the 180-day trend. */
export function MomentumOverview({ filters }: { filters: MomentumSummaryQuery }) {
  const summary = useQuery(momentumSummaryQuery(filters));
  if (summary.error) return <ErrorState error={summary.error} onRetry={() => summary.refetch()} />;
  const s = summary.data;
  const loading = summary.isLoading;
  const rows = s ? periodRows(s) : [];
  const momentumColor =
    s?.momentum === null || s?.momentum === undefined ? 'gray' : s.momentum >= 1 ? 'teal' : 'orange';
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
        <KpiTile
          label="Certification momentum"
          value={formatMomentum(s?.momentum)}
          hint={s ? momentumHint(s.last90Days, s.previous90Days) : undefined}
          icon={IconTrendingUp}
          color={momentumColor}
          loading={loading}
          testId="kpi-momentum"
        />
        <KpiTile
          label="Certifications, last 90 days"
          value={formatNumber(s?.last90Days)}
          hint="Earned or renewed"
          icon={IconAward}
          loading={loading}
          testId="kpi-last-90"
        />
        <KpiTile
          label="The 90 days before"
          value={formatNumber(s?.previous90Days)}
          hint="The base momentum compares with"
          icon={IconHistory}
          color="gray"
          loading={loading}
          testId="kpi-previous-90"
        />
        <KpiTile
          label="Partners certifying"
          value={formatNumber(s?.partnersCertifying)}
          hint="With a certification in the last 90 days"
          icon={IconBuildingStore}
          color="blue"
          loading={loading}
          testId="kpi-partners-certifying"
        />
      </SimpleGrid>
      <ChartCard
        title="Certifications over 180 days"
        description="Earned per 30 days: the three periods before the last 90 days, then the last 90 days"
        loading={loading}
        isEmpty={rows.every((r) => r.certifications === 0)}
        emptyMessage="No certifications were earned in the last 180 days."
      >
        <Box aria-hidden>
          <BarChart
            h={240}
            data={rows}
            dataKey="period"
            type="stacked"
            series={[
              { name: 'previous', label: 'The 90 days before', color: 'gray.5' },
              { name: 'last', label: 'Last 90 days', color: 'teal.6' },
            ]}
            withLegend
            tickLine="none"
            gridAxis="y"
            maxBarWidth={56}
            yAxisProps={{ allowDecimals: false }}
            xAxisProps={{ interval: 0 }}
          />
        </Box>
        <table className="visually-hidden">
          <caption>Certifications per 30 days</caption>
          <thead>
            <tr>
              <th>Period</th>
              <th>Certifications</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.period}>
                <td>{r.period}</td>
                <td>{r.certifications}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartCard>
    </>
  );
}
