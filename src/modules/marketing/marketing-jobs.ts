import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { pruneVisitorSalts } from './visitor-key.js';

export const MARKETING_JOBS: readonly JobDefinition[] = [
  {
    name: 'marketing.prune-visitor-salts',
    description:
      'Deletes the daily keys of campaign visitor hashes once their day is over, so old visitor keys can no longer be matched to an address',
    intervalSeconds: 3600,
    run: pruneVisitorSalts,
  },
];
