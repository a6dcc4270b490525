import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { ChartCard } from '../../../shared/charts/chart-card';
import { formatMoney } from '../../../shared/money';
import { formatAxisMoney, type ProgramDashboard } from './scorecard-api';

/** Sourced and influenced revenue per month (or quarter), stacked, with the figures for screen readers. */
export function RevenueChart({
  series,
  interval,
  currency,
  loading,
}: {
  series: ProgramDashboard['series'];
  interval: ProgramDashboard['interval'];
  currency: string;
  loading: boolean;
}) {
  return (
    <ChartCard
      title={`Partner revenue by ${interval}`}
      description="Closed-won deals: sourced by a partner, or influenced (a partner touched the deal without sourcing it)."
      loading={loading}
      isEmpty={!series.some((p) => p.sourcedRevenue > 0 || p.influencedRevenue > 0)}
      emptyMessage="No partner deals closed won in this period."
      height={280}
    >
      <Box aria-hidden>
        <BarChart
          h={280}
          data={series}
          dataKey="bucket"
          type="stacked"
          withLegend
          valueFormatter={formatAxisMoney(currency)}
          series={[
            { name: 'sourcedRevenue', label: 'Sourced', color: 'teal.6' },
            { name: 'influencedRevenue', label: 'Influenced', color: 'indigo.4' },
          ]}
        />
      </Box>
      <table className="visually-hidden">
        <caption>Partner revenue by {interval}</caption>
        <thead>
          <tr>
            <th>{interval}</th>
            <th>Sourced</th>
            <th>Influenced</th>
            <th>Deals won</th>
          </tr>
        </thead>
        <tbody>
          {series.map((p) => (
            <tr key={p.bucket}>
              <td>{p.bucket}</td>
              <td>{formatMoney(p.sourcedRevenue, currency)}</td>
              <td>{formatMoney(p.influencedRevenue, currency)}</td>
              <td>{p.wonDeals}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
