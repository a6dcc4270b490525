import { Alert, Button, Group, Stack, Table, Title } from '@mantine/core';
import { IconAdjustments } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { ChartCard } from '../../shared/charts/chart-card';
import { PageHeader } from '../../shared/layout/page-header';
import { ErrorState } from '../../shared/states/states';
import { AnalyticsTabs } from './analytics-tabs';
import { BreakdownSection } from './scorecard/breakdown-section';
import { MetricTiles } from './scorecard/metric-tiles';
import { PartnerScorecardList } from './scorecard/partner-scorecard-list';
import { defaultPeriod, PeriodPicker } from './scorecard/period-picker';
import { RevenueChart } from './scorecard/revenue-chart';
import { fetchDashboard, formatMetric, type Period, SCORECARD_KEY } from './scorecard/scorecard-api';
import { SettingsModal } from './scorecard/settings-modal';

/** The program at a glance: every scorecard metric with its trend, revenue over time, and breakdowns. */
export function ProgramDashboardPage() {
  const [period, setPeriod] = useState<Period>(defaultPeriod);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const can = useCan();
  const dashboard = useQuery({
    queryKey: [SCORECARD_KEY, 'dashboard', period],
    queryFn: () => fetchDashboard(period),
  });
  const data = dashboard.data;
  const currency = data?.currency ?? 'USD';
  const money = (value: number | null) => formatMetric(value, 'money', currency);
  const hints = data
    ? {
        cltv: `Direct customers: ${money(data.direct.cltv)}`,
        cac: `Direct channel: ${money(data.direct.cac)} (${data.direct.newCustomers} new customers; partners ${data.partnerNewCustomers})`,
      }
    : {};

  return (
    <>
      <AnalyticsTabs active="/console/analytics" />
      <PageHeader
        title="Program dashboard"
        description="Partner-sourced and influenced revenue, ROPI, customer economics, sales performance, engagement and enablement, against the previous period of equal length."
        actions={
          can('analytics.train') ? (
            <Button
              variant="default"
              leftSection={<IconAdjustments size={16} />}
              onClick={() => setSettingsOpen(true)}
            >
              Assumptions
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <PeriodPicker value={period} onChange={setPeriod} />
        {dashboard.error ? <ErrorState error={dashboard.error} onRetry={dashboard.refetch} /> : null}
        {data?.unconvertedCurrencies.length ? (
          <Alert color="yellow" title="Some amounts are left out">
            No exchange rate to {data.currency} for {data.unconvertedCurrencies.join(', ')}: add one in the
            tier program.
          </Alert>
        ) : null}
        <MetricTiles
          metrics={data?.metrics ?? []}
          current={data?.program.current}
          previous={data?.program.previous}
          currency={currency}
          loading={dashboard.isLoading}
          hints={hints}
        />
        <RevenueChart
          series={data?.series ?? []}
          interval={data?.interval ?? 'month'}
          currency={currency}
          loading={dashboard.isLoading}
        />
        {data ? <BreakdownSection dashboard={data} /> : null}
        {data ? (
          <Stack gap="sm" component="section" aria-label="Partners">
            <Title order={3} size="h4">
              Partners
            </Title>
            <PartnerScorecardList period={period} metrics={data.metrics} currency={currency} />
          </Stack>
        ) : null}
        {data ? (
          <ChartCard
            title="Time to first revenue by activation cohort"
            description="Median days from a partner's activation to its first closed-won deal."
            isEmpty={data.firstRevenueCohorts.length === 0}
            emptyMessage="No activated partners yet."
            height={120}
          >
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Cohort</Table.Th>
                  <Table.Th ta="right">Activated</Table.Th>
                  <Table.Th ta="right">With revenue</Table.Th>
                  <Table.Th ta="right">Median days</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.firstRevenueCohorts.map((c) => (
                  <Table.Tr key={c.cohort}>
                    <Table.Td>{c.cohort}</Table.Td>
                    <Table.Td ta="right">{c.activated}</Table.Td>
                    <Table.Td ta="right">{c.withRevenue}</Table.Td>
                    <Table.Td ta="right">{c.medianDays === null ? '—' : Math.round(c.medianDays)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ChartCard>
        ) : null}
        <Group>
          <Title order={3} size="h6" c="dimmed">
            {data
              ? `${data.period.from} to ${data.period.to} (exclusive), compared with ${data.previousPeriod.from} to ${data.previousPeriod.to}`
              : ''}
          </Title>
        </Group>
      </Stack>
      <SettingsModal opened={settingsOpen} onClose={() => setSettingsOpen(false)} currency={currency} />
    </>
  );
}
