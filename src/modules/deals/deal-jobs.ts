import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { expireRegistrations } from './expire-registrations.js';

export const expireRegistrationsJob: JobDefinition = {
  name: 'registrations.expire',
  description: 'Expires registrations whose protection has ended and sends reminders before expiry',
  intervalSeconds: 15 * 60,
  run: expireRegistrations,
};
