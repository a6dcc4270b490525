import { Group, Progress, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { formatMetricValue, metricHelp, metricLabel } from './tier-metrics';
import { type CriterionView, criterionPercent, criterionShortfall } from './tier-progress';

function CriterionRow({ criterion, currency }: { criterion: CriterionView; currency: string }) {
  const label = metricLabel(criterion.metric);
  const percent = criterionPercent(criterion);
  const value = formatMetricValue(criterion.metric, criterion.value, currency);
  const required = formatMetricValue(criterion.metric, criterion.required, currency);
  const shortfall = criterionShortfall(criterion, currency);
  return (
    <Stack gap={4} data-testid="tier-criterion">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={600}>
            {label}
          </Text>
          <Tooltip label={metricHelp(criterion.metric)} multiline w={280} withArrow>
            <IconInfoCircle size={14} aria-label={metricHelp(criterion.metric)} color="gray" />
          </Tooltip>
        </Group>
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {criterion.skipped ? '—' : value} / {required}
        </Text>
      </Group>
      <Progress
        value={percent}
        size="lg"
        radius="sm"
        color={criterion.skipped ? 'gray.4' : criterion.met ? 'teal' : percent >= 75 ? 'yellow' : 'orange'}
        aria-label={`${label}: ${criterion.skipped ? 'not counted' : `${value} of ${required}`}`}
      />
      {criterion.skipped ? (
        <Text size="xs" c="dimmed">
          Not counted yet: there are no survey answers to measure it.
        </Text>
      ) : criterion.met ? (
        <Group gap={4}>
          <ThemeIcon size={16} radius="xl" color="teal" variant="light" aria-hidden>
            <IconCheck size={11} />
          </ThemeIcon>
          <Text size="xs" c="teal.8">
            Met
          </Text>
        </Group>
      ) : (
        <Text size="xs" c="orange.8">
          {shortfall} needed
        </Text>
      )}
    </Stack>
  );
}

/** Each criterion of a tier as a bar: the partner's trailing value against the threshold, and what is missing. */
export function CriterionProgressList({
  criteria,
  currency,
}: {
  criteria: readonly CriterionView[];
  currency: string;
}) {
  return (
    <Stack gap="md">
      {criteria.map((criterion) => (
        <CriterionRow key={criterion.metric} criterion={criterion} currency={currency} />
      ))}
    </Stack>
  );
}
