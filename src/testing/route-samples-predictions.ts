import type { Sample } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
const none: Sample = () => ({});

export const PREDICTIONS_SAMPLES: Record<string, Sample> = {
  scoreOpenRegistrations: (w, caller) => ({ query: { partnerId: w.partnerOf(caller) } }),
  scorePartnerChurn: (w, caller) => ({ query: { partnerId: w.partnerOf(caller) } }),
  getPredictionEvaluation: none,
  trainPredictionModels: none,
  forecastIndirectRevenue: () => ({ query: { asOf: '2026-06-30T12:00:00Z' } }),
};
