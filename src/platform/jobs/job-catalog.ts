import { expireRegistrationsJob } from '../../modules/deals/deal-jobs.js';
import { certificatesExpiringJob } from '../../modules/enablement/enablement-jobs.js';
import { evaluateHealthJob } from '../../modules/health/health-jobs.js';
import { INCENTIVES_JOBS } from '../../modules/incentives/incentives-jobs.js';
import { LEADS_JOBS } from '../../modules/leads/leads-jobs.js';
import { refreshMappingsJob } from '../../modules/mapping/mapping-jobs.js';
import { MARKETING_JOBS } from '../../modules/marketing/marketing-jobs.js';
import { MDF_JOBS } from '../../modules/mdf/mdf-jobs.js';
import { onboardingEventsJob, stalledOnboardingsJob } from '../../modules/onboarding/onboarding-jobs.js';
import { PREDICTIONS_JOBS } from '../../modules/predictions/predictions-jobs.js';
import { SURVEYS_JOBS } from '../../modules/surveys/surveys-jobs.js';
import { evaluateTiersJob } from '../../modules/tiers/tier-jobs.js';
import { WEBHOOKS_JOBS } from '../../modules/webhooks/webhooks-jobs.js';
import { pruneIdempotencyKeysJob } from '../http/prune-idempotency-keys.js';
import { pruneRateLimitCountersJob } from '../rate-limit/rate-limit-jobs.js';
import type { JobDefinition } from './job-definition.js';

/** Every scheduled job the server runs. */
export const JOBS: readonly JobDefinition[] = [
  expireRegistrationsJob,
  refreshMappingsJob,
  evaluateTiersJob,
  evaluateHealthJob,
  onboardingEventsJob,
  stalledOnboardingsJob,
  pruneRateLimitCountersJob,
  pruneIdempotencyKeysJob,
  certificatesExpiringJob,
  ...MARKETING_JOBS,
  ...LEADS_JOBS,
  ...MDF_JOBS,
  ...INCENTIVES_JOBS,
  ...SURVEYS_JOBS,
  ...PREDICTIONS_JOBS,
  ...WEBHOOKS_JOBS,
];
