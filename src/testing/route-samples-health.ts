import { DEFAULT_HEALTH_RULES } from '../modules/health/health-settings.js';
import type { Sample } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
export const HEALTH_SAMPLES: Record<string, Sample> = {
  getHealthRules: () => ({}),
  replaceHealthRules: () => ({ body: DEFAULT_HEALTH_RULES }),
  evaluatePartnerHealth: (w, caller) => ({ body: { dryRun: true, partnerId: w.partnerOf(caller) } }),
  getPartnerHealth: (w, caller) => ({ params: { id: w.partnerOf(caller) } }),
};
