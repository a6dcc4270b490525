import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { ChartCard } from '../../shared/charts/chart-card';
import type { TierCount } from './evaluation-summary';

/** Partners per tier now and after the evaluation, as grouped bars with the same numbers as a table. */
export function TierDistributionChart({ data }: { data: TierCount[] }) {
  return (
    <ChartCard
      title="Partners per tier"
      description="Now, and after this evaluation is applied"
      isEmpty={data.every((d) => d.now === 0 && d.after === 0)}
      emptyMessage="No partner is in a stage that holds a tier (onboarding, active or at risk)."
      height={220}
    >
      <Box>
        <Box aria-hidden>
          <BarChart
            h={220}
            data={data}
            dataKey="tier"
            series={[
              { name: 'now', label: 'Now', color: 'gray.5' },
              { name: 'after', label: 'After', color: 'grape.6' },
            ]}
            withLegend
            withBarValueLabel
            tickLine="none"
            maxBarWidth={40}
            yAxisProps={{ allowDecimals: false }}
            xAxisProps={{ interval: 0 }}
          />
        </Box>
        <table className="visually-hidden">
          <caption>Partners per tier, now and after the evaluation</caption>
          <thead>
            <tr>
              <th>Tier</th>
              <th>Now</th>
              <th>After</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.tier}>
                <td>{d.tier}</td>
                <td>{d.now}</td>
                <td>{d.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
    </ChartCard>
  );
}
