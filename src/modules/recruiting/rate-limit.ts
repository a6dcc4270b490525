import type { RateLimit } from '../../platform/rate-limit/counters.js';

/** How many public applications one client address, and one company (email domain), may send. */
export const APPLICATION_RATE_LIMITS = {
  clientAddress: { limit: 5, windowSeconds: 3600 },
  emailDomain: { limit: 3, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimit>;
