import { Group, Text, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { formatMetric, type MetricDefinition, trendOf } from './scorecard-api';

/** An arrow and the change against the previous period, green when it is good news, red when not. */
export function MetricTrend({
  metric,
  current,
  previous,
  currency,
}: {
  metric: MetricDefinition;
  current: number | null;
  previous: number | null;
  currency: string;
}) {
  const trend = trendOf(current, previous, metric.higherIsBetter);
  if (trend.direction === null) {
    return (
      <Text size="xs" c="dimmed">
        no comparison
      </Text>
    );
  }
  const Icon =
    trend.direction === 'up'
      ? IconArrowUpRight
      : trend.direction === 'down'
        ? IconArrowDownRight
        : IconArrowRight;
  const color = trend.good === null ? 'gray' : trend.good ? 'teal' : 'red';
  const change =
    trend.change === null ? '' : ` ${trend.change > 0 ? '+' : ''}${(trend.change * 100).toFixed(0)}%`;
  const words = trend.direction === 'flat' ? 'unchanged' : trend.direction === 'up' ? 'up' : 'down';
  return (
    <Tooltip label={`Previous period: ${formatMetric(previous, metric.unit, currency)}`}>
      <Group gap={2} wrap="nowrap" c={color} aria-label={`${words}${change} against the previous period`}>
        <Icon size={16} aria-hidden />
        <Text size="xs" fw={600} c={color}>
          {trend.direction === 'flat' ? '±0' : change.trim() || words}
        </Text>
      </Group>
    </Tooltip>
  );
}
