import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { ChartCard } from '../../shared/charts/chart-card';
import { type CoInnovationProject, formatRate, formatRoi } from './program-api';

/** Attach rate and ROI side by side for the launched projects on screen. */
export function CoInnovationChart({
  projects,
  loading,
}: {
  projects: CoInnovationProject[];
  loading: boolean;
}) {
  const launched = projects.filter((p) => p.metrics.from !== null);
  const data = launched.map((p) => ({
    label: p.name,
    attachRate: p.metrics.attachRate ?? 0,
    roi: p.metrics.roi === null ? 0 : Math.round(p.metrics.roi * 1000) / 10,
  }));
  return (
    <ChartCard
      title="Attach rate and ROI"
      description="Attach rate: won deals carrying the solution since launch, % of all won deals. ROI: (gross profit − build cost) / build cost, %."
      loading={loading}
      isEmpty={launched.length === 0}
      emptyMessage="No launched project on this page yet."
    >
      <Box aria-hidden>
        <BarChart
          h={260}
          data={data}
          dataKey="label"
          series={[
            { name: 'attachRate', label: 'Attach rate %', color: 'teal.6' },
            { name: 'roi', label: 'ROI %', color: 'indigo.5' },
          ]}
          withLegend
          referenceLines={[{ y: 0, color: 'gray.5' }]}
          maxBarWidth={48}
        />
      </Box>
      <table className="visually-hidden">
        <caption>Attach rate and ROI per launched project</caption>
        <thead>
          <tr>
            <th>Project</th>
            <th>Attach rate</th>
            <th>ROI</th>
          </tr>
        </thead>
        <tbody>
          {launched.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{formatRate(p.metrics.attachRate)}</td>
              <td>{formatRoi(p.metrics.roi)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
