import { Badge, Tooltip } from '@mantine/core';
import type { Onboarding } from './onboarding-api';
import { daysSinceProgress } from './onboarding-format';

/** Completed, stalled (with how long since the last progress) or in progress. */
export function OnboardingStatusBadge({ onboarding }: { onboarding: Onboarding }) {
  if (onboarding.status === 'completed')
    return (
      <Badge color="teal" variant="light" miw="max-content">
        Completed
      </Badge>
    );
  if (onboarding.stalled)
    return (
      <Tooltip
        label={`No progress for ${daysSinceProgress(onboarding)} days (stalled after ${onboarding.stalledAfterDays})`}
        withArrow
      >
        <Badge color="orange" variant="filled" miw="max-content">
          Stalled
        </Badge>
      </Tooltip>
    );
  return (
    <Badge color="cyan" variant="light" miw="max-content">
      In progress
    </Badge>
  );
}
