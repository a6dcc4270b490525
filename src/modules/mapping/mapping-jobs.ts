import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { refreshAllMappings } from './refresh-all-mappings.js';

export const refreshMappingsJob: JobDefinition = {
  name: 'mapping.refresh',
  description: "Matches every partner's uploaded account list against the CRM again",
  intervalSeconds: 24 * 60 * 60,
  run: refreshAllMappings,
};
