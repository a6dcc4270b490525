import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { pruneRateLimits } from './rate-limit.js';

export const pruneApplicationRateLimitsJob: JobDefinition = {
  name: 'recruiting.prune-rate-limits',
  description: 'Drops the public application form’s rate counters of windows that are long over',
  intervalSeconds: 6 * 3600,
  run: pruneRateLimits,
};
