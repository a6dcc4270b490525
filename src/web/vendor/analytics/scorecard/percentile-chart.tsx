import { BarChart } from '@mantine/charts';
import { Box, Select } from '@mantine/core';
import { useState } from 'react';
import { ChartCard } from '../../../shared/charts/chart-card';
import type { PartnerBenchmark } from './scorecard-api';

/** For one metric at a time, each partner's percentile among its peers (100 is best in its group). */
export function PercentileChart({ items, loading }: { items: PartnerBenchmark[]; loading: boolean }) {
  const metrics = items[0]?.metrics ?? [];
  const [metric, setMetric] = useState('sourcedRevenue');
  const label = metrics.find((m) => m.metric === metric)?.label;
  const data = items
    .flatMap((item) => {
      const standing = item.metrics.find((m) => m.metric === metric);
      return standing?.percentile === null || standing === undefined
        ? []
        : [{ partner: item.partnerName, percentile: standing.percentile }];
    })
    .sort((a, b) => b.percentile - a.percentile)
    .slice(0, 30);
  return (
    <ChartCard
      title={label ? `Peer percentile: ${label}` : 'Peer percentile'}
      description="Within each partner's tier and region; the 30 partners shown are those with a standing on this metric, best first."
      loading={loading}
      isEmpty={data.length === 0}
      emptyMessage="No partner has peers with a value on this metric."
      height={Math.max(200, data.length * 22)}
      actions={
        <Select
          aria-label="Metric"
          size="xs"
          w={240}
          allowDeselect={false}
          data={metrics.map((m) => ({ value: m.metric, label: m.label }))}
          value={metric}
          onChange={(value) => value && setMetric(value)}
        />
      }
    >
      <Box aria-hidden>
        <BarChart
          h={Math.max(200, data.length * 22)}
          data={data}
          dataKey="partner"
          orientation="vertical"
          yAxisProps={{ width: 180, interval: 0 }}
          xAxisProps={{ domain: [0, 100] }}
          series={[{ name: 'percentile', label: 'Percentile', color: 'blue.6' }]}
          referenceLines={[{ x: 50, color: 'gray.5', label: 'median' }]}
          gridAxis="x"
        />
      </Box>
      <table className="visually-hidden">
        <caption>Peer percentile on {label ?? metric}</caption>
        <thead>
          <tr>
            <th>Partner</th>
            <th>Percentile</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.partner}>
              <td>{d.partner}</td>
              <td>{d.percentile}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
