import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';

export interface CountDatum {
  label: string;
  count: number;
}

export interface CountBarChartProps {
  data: CountDatum[];
  /** What is counted, e.g. "Partners"; the tooltip and the screen-reader table use it. */
  seriesLabel: string;
  color?: string;
  height?: number;
  /** Horizontal bars read better for long category names. */
  horizontal?: boolean;
  /** Names the chart for screen readers. */
  caption: string;
  onBarClick?: (datum: CountDatum) => void;
}

/** One count per category as bars, with the same numbers as a table for screen readers. */
export function CountBarChart({
  data,
  seriesLabel,
  color = 'teal.6',
  height = 240,
  horizontal = false,
  caption,
  onBarClick,
}: CountBarChartProps) {
  return (
    <Box>
      <Box aria-hidden>
        <BarChart
          h={height}
          data={data}
          dataKey="label"
          orientation={horizontal ? 'vertical' : 'horizontal'}
          series={[{ name: 'count', label: seriesLabel, color }]}
          withBarValueLabel
          gridAxis={horizontal ? 'x' : 'y'}
          tickLine="none"
          maxBarWidth={48}
          yAxisProps={horizontal ? { width: 120, interval: 0 } : { allowDecimals: false }}
          xAxisProps={horizontal ? { allowDecimals: false } : { interval: 0 }}
          barProps={
            onBarClick
              ? {
                  cursor: 'pointer',
                  onClick: (entry: unknown) => {
                    const payload = (entry as { payload?: CountDatum }).payload;
                    if (payload) onBarClick(payload);
                  },
                }
              : undefined
          }
        />
      </Box>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th>Category</th>
            <th>{seriesLabel}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <td>{d.label}</td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
