import type { JobDefinition } from '../../platform/jobs/job-definition.js';

export const SURVEYS_JOBS: readonly JobDefinition[] = [];
