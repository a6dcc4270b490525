import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../shared/charts/chart-card';
import { formatNumber } from '../../shared/format';
import { ErrorState } from '../../shared/states/states';
import { firstRevenueCohortsQuery } from './onboarding-api';
import { cohortChartData, formatDays } from './onboarding-format';

/** Median days from activation to the first closed-won partner deal, per activation quarter. */
export function FirstRevenueChart() {
  const cohorts = useQuery(firstRevenueCohortsQuery);
  if (cohorts.error) return <ErrorState error={cohorts.error} onRetry={() => cohorts.refetch()} />;
  const data = cohortChartData(cohorts.data?.items ?? []);
  const activated = data.reduce((sum, c) => sum + c.activated, 0);
  const withRevenue = data.reduce((sum, c) => sum + c.withRevenue, 0);
  return (
    <ChartCard
      title="Time to first revenue"
      description={`Median days from activation to the first partner deal won, by activation quarter. ${formatNumber(withRevenue)} of ${formatNumber(activated)} activated partners have a first win.`}
      loading={cohorts.isLoading}
      isEmpty={data.length === 0}
      emptyMessage="No partner has been activated yet. Cohorts appear once partners become active."
      height={220}
    >
      <Box aria-hidden>
        <BarChart
          h={220}
          data={data}
          dataKey="cohort"
          series={[{ name: 'medianDays', label: 'Median days', color: 'indigo.6' }]}
          withBarValueLabel
          gridAxis="y"
          tickLine="none"
          maxBarWidth={48}
          yAxisProps={{ allowDecimals: false }}
          xAxisProps={{ interval: 0 }}
        />
      </Box>
      <table className="visually-hidden">
        <caption>Time to first revenue by activation quarter</caption>
        <thead>
          <tr>
            <th>Quarter</th>
            <th>Partners activated</th>
            <th>With a first win</th>
            <th>Median time to first revenue</th>
          </tr>
        </thead>
        <tbody>
          {data.map((c) => (
            <tr key={c.cohort}>
              <td>{c.cohort}</td>
              <td>{c.activated}</td>
              <td>{c.withRevenue}</td>
              <td>{c.medianDays === null ? 'no win yet' : formatDays(c.medianDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
