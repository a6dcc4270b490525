import { Stepper } from '@mantine/core';
import { type ApplicationStatus, applicationStatusLabel, BOARD_STAGES } from './recruiting-stages';

/** Where the application stands on the path from applied to onboarding. */
export function ApplicationStagePath({ status }: { status: ApplicationStatus }) {
  const index = BOARD_STAGES.indexOf(status as (typeof BOARD_STAGES)[number]);
  return (
    <Stepper
      active={status === 'onboarding' ? BOARD_STAGES.length : index}
      size="xs"
      allowNextStepsSelect={false}
      aria-label="Recruiting path"
    >
      {BOARD_STAGES.map((s) => (
        <Stepper.Step key={s} label={applicationStatusLabel(s)} />
      ))}
    </Stepper>
  );
}
