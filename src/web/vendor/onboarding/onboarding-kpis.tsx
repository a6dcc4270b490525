import { SimpleGrid, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockHour4, IconRocket } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { formatNumber } from '../../shared/format';
import { ErrorState } from '../../shared/states/states';
import type { PartnerType } from '../options';
import { onboardingSummaryQuery } from './onboarding-api';
import { formatDays } from './onboarding-format';

/** Headline numbers for the partners and manager in view; the stalled tile filters the list to them. */
export function OnboardingKpis({
  scope,
  onShowStalled,
}: {
  scope: { partnerType?: PartnerType; managerId?: string };
  onShowStalled: () => void;
}) {
  const summary = useQuery(onboardingSummaryQuery(scope));
  if (summary.error) return <ErrorState error={summary.error} onRetry={() => summary.refetch()} />;
  const data = summary.data;
  const loading = summary.isLoading;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
      <KpiTile
        label="In onboarding"
        value={formatNumber(data?.inProgress)}
        hint="Checklists under way"
        icon={IconRocket}
        color="cyan"
        loading={loading}
        testId="kpi-in-onboarding"
      />
      <UnstyledButton onClick={onShowStalled} aria-label="Show stalled onboardings" h="100%">
        <KpiTile
          label="Stalled"
          value={formatNumber(data?.stalled)}
          hint="No progress for the template's number of days"
          icon={IconAlertTriangle}
          color="orange"
          loading={loading}
          testId="kpi-stalled"
        />
      </UnstyledButton>
      <KpiTile
        label="Completed"
        value={formatNumber(data?.completed)}
        hint="Every required step done"
        icon={IconCircleCheck}
        loading={loading}
      />
      <KpiTile
        label="Median time to complete"
        value={formatDays(data?.medianDaysToComplete)}
        hint={data?.completed ? 'From start to the last required step' : 'Shown once an onboarding completes'}
        icon={IconClockHour4}
        color="blue"
        loading={loading}
      />
    </SimpleGrid>
  );
}
