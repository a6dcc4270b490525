import { BarChart, LineChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { ChartCard } from '../../shared/charts/chart-card';
import { formatPercent, formatPnps, type SatisfactionGroup } from './surveys-api';

const SERIES = [
  { name: 'psat', label: 'PSAT %', color: 'teal.6' },
  { name: 'pnps', label: 'pNPS', color: 'indigo.6' },
];

/** The numbers behind a chart, for screen readers. */
function FiguresTable({ caption, groups }: { caption: string; groups: SatisfactionGroup[] }) {
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th>Group</th>
          <th>PSAT</th>
          <th>pNPS</th>
          <th>Responses</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key}>
            <td>{g.label}</td>
            <td>{formatPercent(g.psat)}</td>
            <td>{formatPnps(g.pnps)}</td>
            <td>{g.responses}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** PSAT and pNPS month by month; months without responses leave a gap rather than a zero. */
export function SatisfactionTrendChart({
  months,
  loading,
}: {
  months: SatisfactionGroup[];
  loading: boolean;
}) {
  return (
    <ChartCard
      title="PSAT and pNPS over time"
      description="Per month: PSAT is the share of 1–5 answers that are 4 or 5; pNPS is % promoters (9–10) − % detractors (0–6)."
      loading={loading}
      isEmpty={!months.some((m) => m.responses > 0)}
      emptyMessage="No survey responses in this period yet."
    >
      <Box aria-hidden>
        <LineChart
          h={260}
          data={months}
          dataKey="label"
          series={SERIES}
          connectNulls={false}
          yAxisProps={{ domain: [-100, 100] }}
          withLegend
          referenceLines={[{ y: 0, color: 'gray.5' }]}
        />
      </Box>
      <FiguresTable caption="PSAT and pNPS by month" groups={months} />
    </ChartCard>
  );
}

/** PSAT and pNPS side by side for each tier, region or partner type. */
export function SatisfactionBars({
  title,
  groups,
  loading,
}: {
  title: string;
  groups: SatisfactionGroup[];
  loading: boolean;
}) {
  return (
    <ChartCard
      title={title}
      description="Each group with the number of responses behind it."
      loading={loading}
      isEmpty={groups.length === 0}
      emptyMessage="No survey responses in this period yet."
    >
      <Box aria-hidden>
        <BarChart
          h={240}
          data={groups.map((g) => ({ ...g, label: `${g.label} (${g.responses})` }))}
          dataKey="label"
          series={SERIES}
          yAxisProps={{ domain: [-100, 100] }}
          withLegend
          maxBarWidth={36}
        />
      </Box>
      <FiguresTable caption={title} groups={groups} />
    </ChartCard>
  );
}
