import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartLine, IconTarget, IconTrendingUp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../shared/charts/chart-card';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney } from '../../shared/money';
import { ErrorState } from '../../shared/states/states';
import { AnalyticsTabs } from './analytics-tabs';
import { BacktestTable } from './predictions/backtest-table';
import { ForecastChart } from './predictions/forecast-chart';
import { fetchForecast, formatProbability, PREDICTIONS_KEY } from './predictions/predictions-api';
import { StageProbabilityTable } from './predictions/stage-probability-table';

/** Indirect revenue for the next four quarters with 80% intervals, how it is built, and how it did before. */
export function ForecastPage() {
  const forecast = useQuery({ queryKey: [PREDICTIONS_KEY, 'forecast'], queryFn: fetchForecast });
  const report = forecast.data;
  const loading = forecast.isLoading;
  const next = report?.quarters[0];
  const year = report?.quarters.reduce((s, q) => s + q.expectedMinor, 0);
  return (
    <>
      <AnalyticsTabs active="/console/analytics/forecast" />
      <PageHeader
        title="Indirect revenue forecast"
        description="Closed-won revenue of deals with a partner on them or a partner touch. Each quarter adds the open pipeline, weighted by how often deals in each stage were won in the quarters after, to the trend of revenue from deals not created yet."
      />
      <Stack gap="lg">
        {forecast.error ? <ErrorState error={forecast.error} onRetry={forecast.refetch} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <KpiTile
            label={next ? `Expected in ${next.quarter}` : 'Next quarter'}
            icon={IconTrendingUp}
            loading={loading}
            value={next && report ? formatMoney(next.expectedMinor, report.currency) : '—'}
            hint={
              next && report
                ? `80% interval ${formatMoney(next.lowMinor, report.currency)} – ${formatMoney(next.highMinor, report.currency)}`
                : undefined
            }
          />
          <KpiTile
            label="Next four quarters"
            icon={IconChartLine}
            color="indigo"
            loading={loading}
            value={report && year !== undefined ? formatMoney(year, report.currency) : '—'}
          />
          <KpiTile
            label="Backtest interval coverage"
            icon={IconTarget}
            color="gray"
            loading={loading}
            value={formatProbability(report?.backtest.coverage)}
            hint={
              report
                ? `Target 80%, over ${report.backtest.coveragePoints} past quarter forecasts that had an interval`
                : undefined
            }
          />
        </SimpleGrid>
        <ChartCard
          title="Actuals and forecast"
          description="Shaded: the 80% prediction interval, sized from how far this method missed in earlier quarters."
          loading={loading}
          height={300}
          isEmpty={
            !report || (report.history.length === 0 && report.quarters.every((q) => q.expectedMinor === 0))
          }
          emptyMessage="No partner deals yet: the forecast starts once there is indirect pipeline."
        >
          {report ? <ForecastChart report={report} /> : null}
        </ChartCard>
        {report ? (
          <>
            <section aria-label="Quarters">
              <Title order={3} size="h4" mb="sm">
                Quarters
              </Title>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Quarter</Table.Th>
                    <Table.Th ta="right">Expected</Table.Th>
                    <Table.Th ta="right">80% interval</Table.Th>
                    <Table.Th ta="right">From pipeline</Table.Th>
                    <Table.Th ta="right">From trend</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.quarters.map((q) => (
                    <Table.Tr key={q.quarter}>
                      <Table.Td>{q.quarter}</Table.Td>
                      <Table.Td ta="right">{formatMoney(q.expectedMinor, report.currency)}</Table.Td>
                      <Table.Td ta="right">
                        {formatMoney(q.lowMinor, report.currency)} –{' '}
                        {formatMoney(q.highMinor, report.currency)}
                      </Table.Td>
                      <Table.Td ta="right">{formatMoney(q.fromPipelineMinor, report.currency)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(q.fromTrendMinor, report.currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="xs" c="dimmed" mt="xs">
                The quarter in progress counts what is already won in it as pipeline.
              </Text>
            </section>
            <BacktestTable report={report} />
            <StageProbabilityTable report={report} />
          </>
        ) : null}
      </Stack>
    </>
  );
}
