import { expireRegistrationsJob } from '../../modules/deals/deal-jobs.js';
import { certificatesExpiringJob } from '../../modules/enablement/enablement-jobs.js';
import { evaluateHealthJob } from '../../modules/health/health-jobs.js';
import { refreshMappingsJob } from '../../modules/mapping/mapping-jobs.js';
import { onboardingEventsJob, stalledOnboardingsJob } from '../../modules/onboarding/onboarding-jobs.js';
import { pruneApplicationRateLimitsJob } from '../../modules/recruiting/recruiting-jobs.js';
import { evaluateTiersJob } from '../../modules/tiers/tier-jobs.js';
import type { JobDefinition } from './job-definition.js';

/** Every scheduled job the server runs. */
export const JOBS: readonly JobDefinition[] = [
  expireRegistrationsJob,
  refreshMappingsJob,
  evaluateTiersJob,
  evaluateHealthJob,
  onboardingEventsJob,
  stalledOnboardingsJob,
  pruneApplicationRateLimitsJob,
  certificatesExpiringJob,
];
