import { expireRegistrationsJob } from '../../modules/deals/deal-jobs.js';
import { refreshMappingsJob } from '../../modules/mapping/mapping-jobs.js';
import type { JobDefinition } from './job-definition.js';

/** Every scheduled job the server runs. */
export const JOBS: readonly JobDefinition[] = [expireRegistrationsJob, refreshMappingsJob];
