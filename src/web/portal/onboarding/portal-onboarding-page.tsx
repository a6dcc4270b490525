import { Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { useSession } from '../../shared/auth/session';
import { PageHeader } from '../../shared/layout/page-header';
import { LinkButton } from '../../shared/router-links';
import { EmptyState, ErrorState, isNotFound, LoadingState } from '../../shared/states/states';
import { CompleteStepDialog } from './complete-step-dialog';
import { completeStep, onboardingQuery } from './onboarding-api';
import { OnboardingOverview } from './onboarding-overview';
import { OnboardingStepCard } from './onboarding-step-card';
import { type GuidanceAbilities, nextStep, type OnboardingStep } from './step-guidance';

/** /portal/onboarding: my organization's onboarding checklist and what to do next. */
export function PortalOnboardingPage() {
  const me = useSession();
  const can = useCan();
  const queryClient = useQueryClient();
  const partnerId = me.partnerId!;
  const detail = useQuery(onboardingQuery(partnerId));
  const [ticking, setTicking] = useState<OnboardingStep | null>(null);

  const abilities: GuidanceAbilities = {
    isPartnerAdmin: me.role === 'partner_admin',
    canRegisterDeals: can('registrations.create'),
    canLearn: can('enablement.learn'),
    canTickSteps: can('onboarding.complete_step'),
  };

  async function tick(step: OnboardingStep, note: string | undefined) {
    const updated = await completeStep(partnerId, step.id, note);
    queryClient.setQueryData(onboardingQuery(partnerId).queryKey, updated);
    notifications.show({ color: 'teal', title: 'Step done', message: `“${step.title}” is ticked.` });
  }

  const header = (
    <PageHeader
      title="My onboarding"
      description="The steps that get your organization up and running in the program. Most complete themselves as you work in the portal."
    />
  );

  if (detail.isLoading)
    return (
      <>
        {header}
        <LoadingState label="Loading your checklist…" />
      </>
    );
  if (detail.error) {
    return (
      <>
        {header}
        {isNotFound(detail.error) ? (
          <EmptyState
            title="No onboarding checklist"
            action={
              <Group justify="center">
                <LinkButton to="/portal/learning" variant="light">
                  Open My learning
                </LinkButton>
                <LinkButton to="/portal" variant="default">
                  Go to your home page
                </LinkButton>
              </Group>
            }
          >
            Your organization has no onboarding under way. Partners that were already active when checklists
            began go straight to the program; there is nothing to tick here.
          </EmptyState>
        ) : (
          <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
        )}
      </>
    );
  }

  const data = detail.data!;
  const next = nextStep(data.steps, abilities);
  return (
    <>
      {header}
      <Stack gap="lg">
        <OnboardingOverview detail={data} next={next} />
        <Stack gap="sm" component="section" aria-labelledby="checklist-title">
          <Title order={3} id="checklist-title">
            Checklist
          </Title>
          {data.steps.length === 0 ? (
            <Text c="dimmed">This checklist has no steps.</Text>
          ) : (
            <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.steps.map((step, index) => (
                <OnboardingStepCard
                  key={step.id}
                  step={step}
                  number={index + 1}
                  isNext={next?.id === step.id && data.onboarding.status !== 'completed'}
                  can={abilities}
                  onTick={setTicking}
                />
              ))}
            </Stack>
          )}
        </Stack>
      </Stack>
      <CompleteStepDialog step={ticking} onClose={() => setTicking(null)} onConfirm={tick} />
    </>
  );
}
