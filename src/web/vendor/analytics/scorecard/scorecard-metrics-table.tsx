import { Group, Progress, Table, Text } from '@mantine/core';
import { MetricTrend } from './metric-trend';
import { formatMetric, type MetricDefinition, type MetricValues } from './scorecard-api';

export interface ScorecardMetricsTableProps {
  caption: string;
  metrics: MetricDefinition[];
  current: MetricValues;
  previous: MetricValues;
  currency: string;
  /** Peer percentile and median per metric; the columns show only when given. */
  percentiles?: Record<string, number | null>;
  peerMedians?: Record<string, number | null>;
}

function percentileColor(percentile: number): string {
  if (percentile >= 75) return 'teal';
  if (percentile <= 25) return 'red';
  return 'blue';
}

/** Every metric of one scorecard: value, trend against the previous period, and the peer standing. */
export function ScorecardMetricsTable(props: ScorecardMetricsTableProps) {
  const { metrics, current, previous, currency, percentiles, peerMedians } = props;
  const withPeers = Boolean(percentiles);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" captionSide="top">
        <Table.Caption className="visually-hidden">{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Metric</Table.Th>
            <Table.Th ta="right">This period</Table.Th>
            <Table.Th>Trend</Table.Th>
            <Table.Th ta="right">Previous period</Table.Th>
            {withPeers ? (
              <>
                <Table.Th ta="right">Peer median</Table.Th>
                <Table.Th w={200}>Peer percentile</Table.Th>
              </>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {metrics.map((metric) => {
            const key = metric.key as keyof MetricValues;
            const percentile = percentiles?.[metric.key] ?? null;
            return (
              <Table.Tr key={metric.key} data-metric={metric.key}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {metric.label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {metric.higherIsBetter ? 'Higher is better' : 'Lower is better'}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatMetric(current[key], metric.unit, currency)}
                </Table.Td>
                <Table.Td>
                  <MetricTrend
                    metric={metric}
                    current={current[key]}
                    previous={previous[key]}
                    currency={currency}
                  />
                </Table.Td>
                <Table.Td ta="right" c="dimmed">
                  {formatMetric(previous[key], metric.unit, currency)}
                </Table.Td>
                {withPeers ? (
                  <>
                    <Table.Td ta="right">
                      {formatMetric(peerMedians?.[metric.key] ?? null, metric.unit, currency)}
                    </Table.Td>
                    <Table.Td>
                      {percentile === null ? (
                        <Text size="xs" c="dimmed">
                          no peers to compare
                        </Text>
                      ) : (
                        <Group gap="xs" wrap="nowrap">
                          <Progress
                            value={percentile}
                            color={percentileColor(percentile)}
                            w={120}
                            aria-label={`${metric.label} percentile`}
                          />
                          <Text size="xs" fw={600}>
                            {Math.round(percentile)}
                          </Text>
                        </Group>
                      )}
                    </Table.Td>
                  </>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
