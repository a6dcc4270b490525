import { BarChart } from '@mantine/charts';
import { Box, Grid, SegmentedControl, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { ChartCard } from '../../../shared/charts/chart-card';
import { EmptyState } from '../../../shared/states/states';
import { MetricTrend } from './metric-trend';
import {
  formatAxisMoney,
  formatMetric,
  type MetricDefinition,
  type MetricKey,
  metricByKey,
  type ProgramDashboard,
  type ScorecardRow,
} from './scorecard-api';

const COLUMNS: MetricKey[] = [
  'sourcedRevenue',
  'influencedRevenue',
  'ropi',
  'winRate',
  'averageDealSize',
  'psat',
];
const GROUPINGS = [
  { value: 'byTier', label: 'Tier' },
  { value: 'byRegion', label: 'Region' },
  { value: 'byType', label: 'Partner type' },
] as const;
type Grouping = (typeof GROUPINGS)[number]['value'];

/** The key metrics per tier, region or partner type: a revenue chart and a table with trends. */
export function BreakdownSection({ dashboard }: { dashboard: ProgramDashboard }) {
  const [grouping, setGrouping] = useState<Grouping>('byTier');
  const rows: ScorecardRow[] = dashboard[grouping];
  const metrics = metricByKey(dashboard.metrics);
  const label = GROUPINGS.find((g) => g.value === grouping)!.label;
  const currency = dashboard.currency;
  return (
    <Stack gap="sm" component="section" aria-label="Breakdown">
      <Title order={3} size="h4">
        Breakdown by {label.toLowerCase()}
      </Title>
      <SegmentedControl
        aria-label="Break down by"
        value={grouping}
        onChange={(value) => setGrouping(value as Grouping)}
        data={GROUPINGS.map((g) => ({ value: g.value, label: g.label }))}
        w="fit-content"
      />
      {rows.length === 0 ? (
        <EmptyState title="No partners yet">
          Partners past prospect appear here with their figures.
        </EmptyState>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <ChartCard title={`Revenue by ${label.toLowerCase()}`} height={240}>
              <Box aria-hidden>
                <BarChart
                  h={240}
                  data={rows.map((r) => ({
                    label: r.label,
                    sourced: r.current.sourcedRevenue ?? 0,
                    influenced: r.current.influencedRevenue ?? 0,
                  }))}
                  dataKey="label"
                  type="stacked"
                  withLegend
                  valueFormatter={formatAxisMoney(currency)}
                  series={[
                    { name: 'sourced', label: 'Sourced', color: 'teal.6' },
                    { name: 'influenced', label: 'Influenced', color: 'indigo.4' },
                  ]}
                />
              </Box>
            </ChartCard>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="xs">
                <Table.Caption className="visually-hidden">
                  Key metrics by {label.toLowerCase()}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{label}</Table.Th>
                    <Table.Th ta="right">Partners</Table.Th>
                    {COLUMNS.map((key) => (
                      <Table.Th key={key} ta="right">
                        {metrics.get(key)?.label ?? key}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.key}>
                      <Table.Td>{row.label}</Table.Td>
                      <Table.Td ta="right">{row.partners}</Table.Td>
                      {COLUMNS.map((key) => {
                        const metric = metrics.get(key) as MetricDefinition;
                        return (
                          <Table.Td key={key} ta="right">
                            {formatMetric(row.current[key], metric.unit, currency)}
                            <MetricTrend
                              metric={metric}
                              current={row.current[key]}
                              previous={row.previous[key]}
                              currency={currency}
                            />
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
