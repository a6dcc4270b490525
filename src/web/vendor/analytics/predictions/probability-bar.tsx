import { Group, Progress, Text } from '@mantine/core';
import { formatProbability } from './predictions-api';

/** A probability as a short bar and a percentage; the color says whether high is good or bad. */
export function ProbabilityBar({
  value,
  highIsGood,
  label,
}: {
  value: number;
  highIsGood: boolean;
  label: string;
}) {
  const high = value >= 0.6;
  const low = value < 0.3;
  const color = high ? (highIsGood ? 'teal' : 'red') : low ? (highIsGood ? 'red' : 'teal') : 'yellow';
  return (
    <Group gap="xs" wrap="nowrap" miw={140}>
      <Progress
        value={value * 100}
        color={color}
        w={80}
        aria-label={`${label}: ${formatProbability(value)}`}
      />
      <Text size="sm" fw={600} w={40} ta="right">
        {formatProbability(value)}
      </Text>
    </Group>
  );
}
