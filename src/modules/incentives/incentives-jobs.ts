import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { accrueIncentives } from './accrue-incentives.js';

export const incentiveAccrualJob: JobDefinition = {
  name: 'incentives.accrue',
  description:
    'Reads new domain events (deals won, certificates) and accrues what the incentive rules in force earn from them',
  intervalSeconds: 60,
  run: async (ctx) => ({ ...(await accrueIncentives(ctx)) }),
};

export const INCENTIVES_JOBS: readonly JobDefinition[] = [incentiveAccrualJob];
