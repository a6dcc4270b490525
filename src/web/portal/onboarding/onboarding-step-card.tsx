import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconCheck, IconCircleCheckFilled, IconCircleDashed } from '@tabler/icons-react';
import { formatDateTime } from '../../shared/format';
import { LinkButton } from '../../shared/router-links';
import { completionText, type GuidanceAbilities, guidanceFor, type OnboardingStep } from './step-guidance';

/** One checklist step: done (when and how) or open (what to do next, and the tick for manual steps). */
export function OnboardingStepCard({
  step,
  number,
  isNext,
  can,
  onTick,
}: {
  step: OnboardingStep;
  number: number;
  isNext: boolean;
  can: GuidanceAbilities;
  onTick: (step: OnboardingStep) => void;
}) {
  const guidance = step.done ? null : guidanceFor(step, can);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="li"
      data-testid="onboarding-step"
      aria-label={`Step ${number}: ${step.title}, ${step.done ? 'done' : 'open'}`}
      style={isNext ? { borderColor: 'var(--mantine-color-blue-5)', borderWidth: 2 } : undefined}
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon
          size={32}
          radius="xl"
          variant={step.done ? 'filled' : 'light'}
          color={step.done ? 'teal' : isNext ? 'blue' : 'gray'}
          aria-hidden
        >
          {step.done ? <IconCircleCheckFilled size={20} /> : <IconCircleDashed size={20} />}
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>
              {number}. {step.title}
            </Text>
            {isNext ? (
              <Badge color="blue" variant="filled" size="sm">
                Next step
              </Badge>
            ) : null}
            <Badge color="gray" variant={step.required ? 'light' : 'outline'} size="sm">
              {step.required ? 'Required' : 'Optional'}
            </Badge>
            <Badge color={step.kind === 'manual' ? 'violet' : 'cyan'} variant="light" size="sm">
              {step.kind === 'manual' ? 'Ticked by hand' : 'Automatic'}
            </Badge>
          </Group>
          {step.description ? (
            <Text size="sm" c="dimmed">
              {step.description}
            </Text>
          ) : null}
          {step.done ? (
            <Stack gap={2}>
              <Text size="sm" c="teal.8">
                {completionText(step)} · {formatDateTime(step.completedAt)}
              </Text>
              {step.note ? (
                <Text size="sm" c="dimmed" fs="italic">
                  “{step.note}”
                </Text>
              ) : null}
            </Stack>
          ) : guidance ? (
            <Group gap="sm" wrap="wrap">
              <Text size="sm">{guidance.text}</Text>
              {guidance.link ? (
                <LinkButton
                  to={guidance.link.to}
                  size="xs"
                  variant={isNext ? 'filled' : 'light'}
                  rightSection={<IconArrowRight size={14} />}
                >
                  {guidance.link.label}
                </LinkButton>
              ) : null}
              {step.kind === 'manual' && can.canTickSteps ? (
                <Button
                  size="xs"
                  variant={isNext ? 'filled' : 'light'}
                  color="teal"
                  leftSection={<IconCheck size={14} />}
                  onClick={() => onTick(step)}
                  aria-label={`Mark as done: ${step.title}`}
                >
                  Mark as done
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}
