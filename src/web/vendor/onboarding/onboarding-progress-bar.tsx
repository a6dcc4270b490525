import { Group, Progress, Text } from '@mantine/core';

/** Steps done out of all, as a bar and the numbers. */
export function OnboardingProgressBar({
  done,
  total,
  stalled,
}: {
  done: number;
  total: number;
  stalled?: boolean;
}) {
  const percent = total ? Math.round((100 * done) / total) : 100;
  return (
    <Group gap="xs" wrap="nowrap" miw={140}>
      <Progress
        value={percent}
        color={stalled ? 'orange' : percent === 100 ? 'teal' : 'cyan'}
        size="md"
        style={{ flex: 1 }}
        aria-label={`${done} of ${total} steps done`}
      />
      <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {done}/{total}
      </Text>
    </Group>
  );
}
