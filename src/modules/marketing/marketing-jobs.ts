import type { JobDefinition } from '../../platform/jobs/job-definition.js';

export const MARKETING_JOBS: readonly JobDefinition[] = [];
