import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { expireLeadOffers } from './expire-offers.js';

export const expireLeadOffersJob: JobDefinition = {
  name: 'leads.expire-offers',
  description: 'Expires lead offers not answered within the SLA and offers those leads to the next partner',
  intervalSeconds: 5 * 60,
  run: expireLeadOffers,
};

export const LEADS_JOBS: readonly JobDefinition[] = [expireLeadOffersJob];
