import type { JobDefinition } from '../../platform/jobs/job-definition.js';

export const INCENTIVES_JOBS: readonly JobDefinition[] = [];
