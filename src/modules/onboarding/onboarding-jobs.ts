import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { consumeEvents } from './consume-events.js';
import { flagStalledOnboardings } from './flag-stalled.js';

export const onboardingEventsJob: JobDefinition = {
  name: 'onboarding.consume-events',
  description:
    'Reads new domain events: completes onboarding steps, starts onboardings, records activation and first revenue',
  intervalSeconds: 60,
  run: async (ctx) => ({ ...(await consumeEvents(ctx)) }),
};

export const stalledOnboardingsJob: JobDefinition = {
  name: 'onboarding.flag-stalled',
  description: 'Flags onboardings without progress for their template’s number of days (onboarding.stalled)',
  intervalSeconds: 3600,
  run: flagStalledOnboardings,
};
