import {
  Alert,
  Badge,
  Group,
  Paper,
  Progress,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconConfetti } from '@tabler/icons-react';
import { formatDate } from '../../shared/format';
import type { OnboardingDetail, OnboardingStep } from './step-guidance';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {value}
      </Text>
    </Stack>
  );
}

/** The checklist at a glance: how far along, since when, and a warning when it has stalled. */
export function OnboardingOverview({
  detail,
  next,
}: {
  detail: OnboardingDetail;
  next: OnboardingStep | null;
}) {
  const { onboarding, steps } = detail;
  const completed = onboarding.status === 'completed';
  const requiredOpen = steps.filter((s) => s.required && !s.done).length;
  return (
    <Stack gap="md">
      {onboarding.stalled && !completed ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={20} />}
          title="Your onboarding has stalled"
          role="alert"
        >
          No step has been completed since {formatDate(onboarding.lastProgressAt)}; the program expects
          progress within {onboarding.stalledAfterDays} days.
          {next ? ` Pick it up again with “${next.title}”.` : ''}
        </Alert>
      ) : null}
      {completed ? (
        <Alert color="teal" icon={<IconConfetti size={20} />} title="Onboarding complete">
          Every required step was done on {formatDate(onboarding.completedAt)}. Welcome to the program!
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="lg">
        <Group align="center" gap="xl" wrap="wrap">
          <RingProgress
            size={120}
            thickness={12}
            roundCaps
            sections={[{ value: onboarding.percent, color: completed ? 'teal' : 'blue' }]}
            label={
              <Text ta="center" fw={700} size="lg">
                {onboarding.percent}%
              </Text>
            }
            aria-hidden
          />
          <Stack gap="sm" style={{ flex: 1 }} miw={260}>
            <Group gap="xs">
              <Title order={3}>{onboarding.templateName}</Title>
              <Badge color={completed ? 'teal' : onboarding.stalled ? 'orange' : 'blue'} variant="light">
                {completed ? 'Completed' : onboarding.stalled ? 'Stalled' : 'In progress'}
              </Badge>
            </Group>
            <Stack gap={4}>
              <Text size="sm">
                {onboarding.done} of {onboarding.total} steps done
                {!completed && requiredOpen
                  ? ` · ${requiredOpen} required ${requiredOpen === 1 ? 'step' : 'steps'} to go`
                  : ''}
              </Text>
              <Progress
                value={onboarding.percent}
                size="lg"
                color={completed ? 'teal' : 'blue'}
                aria-label={`Onboarding progress: ${onboarding.percent}%`}
                data-testid="onboarding-progress"
              />
            </Stack>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
              <Fact label="Started" value={formatDate(onboarding.startedAt)} />
              <Fact label="Last progress" value={formatDate(onboarding.lastProgressAt)} />
              {completed ? (
                <Fact label="Completed" value={formatDate(onboarding.completedAt)} />
              ) : (
                <Fact label="Expected progress within" value={`${onboarding.stalledAfterDays} days`} />
              )}
            </SimpleGrid>
          </Stack>
        </Group>
      </Paper>
    </Stack>
  );
}
