import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { formatDateTime } from '../../shared/format';
import type { OnboardingStep } from './onboarding-api';
import { eventLabel } from './onboarding-format';

/** One checklist step: done or open, how it completes, who or what completed it, and the tick when allowed. */
export function ChecklistStep({
  step,
  canTick,
  onTick,
}: {
  step: OnboardingStep;
  /** Manual steps for anyone allowed to tick; automatic ones only for vendor managers. */
  canTick: boolean;
  onTick: (step: OnboardingStep) => void;
}) {
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="li"
      aria-label={step.title}
      data-testid="checklist-step"
      data-done={step.done}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon
          variant={step.done ? 'filled' : 'light'}
          color={step.done ? 'teal' : 'gray'}
          radius="xl"
          size="md"
          aria-label={step.done ? 'Done' : 'Open'}
        >
          {step.done ? <IconCheck size={16} /> : <IconCircleDashed size={16} />}
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1 }}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {step.title}
            </Text>
            <Badge size="xs" variant="outline" color={step.kind === 'manual' ? 'grape' : 'gray'}>
              {step.kind === 'manual' ? 'Manual' : 'Automatic'}
            </Badge>
            {step.required ? null : (
              <Badge size="xs" variant="light" color="gray">
                Optional
              </Badge>
            )}
          </Group>
          {step.description ? (
            <Text size="xs" c="dimmed">
              {step.description}
            </Text>
          ) : null}
          {step.done ? (
            <Text size="xs" c="teal.8">
              Done {formatDateTime(step.completedAt)}
              {step.source?.kind === 'user' ? ` by ${step.source.name ?? 'a user'}` : ''}
              {step.source?.kind === 'event' ? ` when ${eventLabel(step.source.eventType)}` : ''}
            </Text>
          ) : step.kind === 'automatic' ? (
            <Text size="xs" c="dimmed">
              Completes by itself when {eventLabel(step.eventType)}.
            </Text>
          ) : null}
          {step.note ? (
            <Text size="xs" fs="italic">
              “{step.note}”
            </Text>
          ) : null}
        </Stack>
        {!step.done && canTick ? (
          <Button
            size="xs"
            variant={step.kind === 'manual' ? 'light' : 'subtle'}
            onClick={() => onTick(step)}
            aria-label={`${step.kind === 'manual' ? 'Mark done' : 'Complete by hand'}: ${step.title}`}
          >
            {step.kind === 'manual' ? 'Mark done' : 'Complete by hand'}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
