import type { JobDefinition } from '../jobs/job-definition.js';
import { pruneRateLimitCounters } from './counters.js';

export const pruneRateLimitCountersJob: JobDefinition = {
  name: 'rate-limits.prune',
  description: 'Drops the counters of public forms and failed logins whose windows are long over',
  intervalSeconds: 6 * 3600,
  run: pruneRateLimitCounters,
};
