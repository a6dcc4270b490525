import type { JobDefinition } from '../../platform/jobs/job-definition.js';

export const MDF_JOBS: readonly JobDefinition[] = [];
