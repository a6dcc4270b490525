import type { Sample } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
const none: Sample = () => ({});

export const PLATFORM_SAMPLES: Record<string, Sample> = {
  listEvents: () => ({ query: { type: 'registration.approved' } }),
  listJobs: none,
  runJob: () => ({ params: { name: 'registrations.expire' } }),
};
