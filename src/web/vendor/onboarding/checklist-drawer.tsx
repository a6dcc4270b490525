import { Alert, Drawer, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { formatDate, typeLabel } from '../../shared/format';
import { LinkButton } from '../../shared/router-links';
import { EmptyState, ErrorState, isNotFound } from '../../shared/states/states';
import { ChecklistStep } from './checklist-step';
import { CompleteStepDialog } from './complete-step-dialog';
import { type OnboardingStep, partnerOnboardingQuery } from './onboarding-api';
import { daysInOnboarding, daysSinceProgress } from './onboarding-format';
import { OnboardingProgressBar } from './onboarding-progress-bar';
import { OnboardingStatusBadge } from './onboarding-status-badge';

/** One partner's onboarding checklist beside the list, where a manager ticks the steps done by hand. */
export function ChecklistDrawer({
  partnerId,
  onClose,
}: {
  partnerId: string | undefined;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={Boolean(partnerId)}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={600}>Onboarding checklist</Text>}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {partnerId ? <Checklist partnerId={partnerId} /> : null}
    </Drawer>
  );
}

function Checklist({ partnerId }: { partnerId: string }) {
  const can = useCan();
  // Vendor managers may also complete an automatic step whose event will not come.
  const canTick = can('onboarding.complete_step');
  const [ticking, setTicking] = useState<OnboardingStep | null>(null);
  const [tickOpen, setTickOpen] = useState(false);
  const detail = useQuery({
    ...partnerOnboardingQuery(partnerId),
    retry: (count, error) => !isNotFound(error) && count < 2,
  });

  if (detail.error)
    return isNotFound(detail.error) ? (
      <EmptyState title="No onboarding for this partner">
        The checklist starts when the partner enters onboarding.
      </EmptyState>
    ) : (
      <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
    );
  if (!detail.data)
    return (
      <Stack>
        <Skeleton height={28} width="50%" />
        <Skeleton height={80} />
        <Skeleton height={240} />
      </Stack>
    );
  const { onboarding: o, steps } = detail.data;
  return (
    <Stack gap="md" data-testid="onboarding-checklist">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={3}>{o.partnerName}</Title>
          <Group gap="xs">
            <OnboardingStatusBadge onboarding={o} />
            <Text size="sm" c="dimmed">
              {typeLabel(o.partnerType)} · {o.templateName}
            </Text>
          </Group>
        </Stack>
        <LinkButton
          size="xs"
          variant="light"
          to="/console/partners/$partnerId"
          params={{ partnerId: o.partnerId }}
        >
          Partner page
        </LinkButton>
      </Group>
      <OnboardingProgressBar done={o.done} total={o.total} stalled={o.stalled} />
      <SimpleGrid cols={3} spacing="sm">
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            Started
          </Text>
          <Text size="sm">{formatDate(o.startedAt)}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {o.completedAt ? 'Completed' : 'Days so far'}
          </Text>
          <Text size="sm">{o.completedAt ? formatDate(o.completedAt) : daysInOnboarding(o)}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            Last progress
          </Text>
          <Text size="sm">{formatDate(o.lastProgressAt)}</Text>
        </Stack>
      </SimpleGrid>
      {o.stalled ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Stalled">
          No step has been done for {daysSinceProgress(o)} days; this checklist counts as stalled after{' '}
          {o.stalledAfterDays}. The next open step is “{o.nextStep?.title ?? '—'}”.
        </Alert>
      ) : null}
      <Stack
        gap="xs"
        component="ol"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-label="Checklist steps"
      >
        {steps.map((step) => (
          <ChecklistStep
            key={step.id}
            step={step}
            canTick={canTick}
            onTick={(s) => {
              setTicking(s);
              setTickOpen(true);
            }}
          />
        ))}
      </Stack>
      <CompleteStepDialog
        partnerId={partnerId}
        step={ticking}
        opened={tickOpen}
        onClose={() => setTickOpen(false)}
      />
    </Stack>
  );
}
