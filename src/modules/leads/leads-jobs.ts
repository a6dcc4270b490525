import type { JobDefinition } from '../../platform/jobs/job-definition.js';

export const LEADS_JOBS: readonly JobDefinition[] = [];
