import { AreaChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { ChartCard } from '../charts/chart-card';
import { formatDay } from '../dates';
import type { MarketingPerformance } from './marketing-api';

/** Views, clicks and form fills per day over the period. */
export function PerformanceChart({
  performance,
  loading,
  title = 'Campaign activity',
}: {
  performance: MarketingPerformance | undefined;
  loading?: boolean;
  title?: string;
}) {
  const series = performance?.series ?? [];
  const isEmpty = series.every((d) => d.views + d.clicks + d.formFills === 0);
  return (
    <ChartCard
      title={title}
      description={
        performance ? `Per day, ${formatDay(performance.from)} – ${formatDay(performance.to)}` : undefined
      }
      loading={loading}
      isEmpty={isEmpty}
      emptyMessage="No visits, clicks or form fills in this period yet."
      height={260}
    >
      <Box aria-hidden>
        <AreaChart
          h={260}
          data={series}
          dataKey="date"
          series={[
            { name: 'views', label: 'Views', color: 'blue.5' },
            { name: 'clicks', label: 'Clicks', color: 'violet.5' },
            { name: 'formFills', label: 'Form fills', color: 'teal.6' },
          ]}
          curveType="monotone"
          withLegend
          withDots={false}
          tickLine="none"
          xAxisProps={{ tickFormatter: (value: string) => value.slice(5) }}
          yAxisProps={{ allowDecimals: false }}
        />
      </Box>
      <table className="visually-hidden">
        <caption>{title} per day</caption>
        <thead>
          <tr>
            <th>Day</th>
            <th>Views</th>
            <th>Clicks</th>
            <th>Form fills</th>
          </tr>
        </thead>
        <tbody>
          {series
            .filter((d) => d.views + d.clicks + d.formFills > 0)
            .map((d) => (
              <tr key={d.date}>
                <td>{d.date}</td>
                <td>{d.views}</td>
                <td>{d.clicks}</td>
                <td>{d.formFills}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
