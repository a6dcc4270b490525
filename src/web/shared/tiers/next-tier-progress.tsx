import { Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { Schemas } from '../api/client';
import { CriterionProgressList } from './criterion-progress-list';
import { TierBenefitsList } from './tier-benefits-list';
import { criteriaSummary, overallPercent, tierName } from './tier-progress';

/**
 * "What is needed for the next tier": overall progress, each criterion as a bar with what is missing,
 * and what the next tier's benefits add. `you` words it for the partner itself.
 */
export function NextTierProgress({
  progress,
  program,
  you = false,
}: {
  progress: Schemas['TierProgress'];
  program: Schemas['TierProgram'];
  you?: boolean;
}) {
  const next = progress.nextTier;
  if (!next) {
    return (
      <Stack gap={4}>
        <Title order={4}>Next tier</Title>
        <Text size="sm" c="dimmed">
          {you ? 'You hold' : 'It holds'} {tierName(program.tiers, progress.tier)}, the top tier of the
          program.
          {progress.currentCriteria.length
            ? ` Keeping it takes meeting its criteria${you ? ', shown below' : ''}.`
            : ''}
        </Text>
      </Stack>
    );
  }
  const summary = criteriaSummary(next.criteria);
  const percent = overallPercent(next.criteria);
  const definition = program.tiers.find((tier) => tier.key === next.key);
  return (
    <Stack gap="md" data-testid="next-tier-progress">
      <Stack gap={6}>
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={4}>
            {you ? 'What you need for' : 'Progress to'} {next.name}
          </Title>
          <Text size="sm" c="dimmed">
            {summary.counted === 0
              ? 'No criteria: every partner qualifies'
              : `${summary.met} of ${summary.counted} criteria met`}
          </Text>
        </Group>
        <Progress
          value={percent}
          size="sm"
          color={percent === 100 ? 'teal' : 'grape'}
          aria-label={`Overall progress to ${next.name}: ${percent}%`}
        />
      </Stack>
      {next.criteria.length ? (
        <CriterionProgressList criteria={next.criteria} currency={program.currency} />
      ) : null}
      {definition ? (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Benefits at {next.name}
          </Text>
          <TierBenefitsList
            benefits={definition.benefits}
            from={progress.benefits}
            label={`Benefits of ${next.name}`}
          />
        </Stack>
      ) : null}
    </Stack>
  );
}
