import type { Sample } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
const period = { from: '2026-01-01', to: '2026-04-01' };

export const SCORECARD_SAMPLES: Record<string, Sample> = {
  listScorecard: () => ({ query: { ...period, groupBy: 'partner', sort: '-sourcedRevenue', limit: '20' } }),
  getPartnerScorecard: (w, caller) => ({ params: { id: w.partnerOf(caller) }, query: period }),
  listBenchmarks: () => ({ query: { ...period, flag: 'any', tier: 'gold', region: 'EMEA' } }),
  getProgramDashboard: () => ({ query: period }),
  getAnalyticsSettings: () => ({}),
  updateAnalyticsSettings: () => ({
    body: {
      grossMarginPercent: 70,
      enablementCostPerEnrollmentMinor: 25_000,
      enablementCostPerCertificateMinor: 40_000,
      managementCostPerPartnerMonthMinor: 120_000,
      directSalesMarketingCostPerMonthMinor: 4_000_000,
      maxCustomerLifetimeYears: 8,
      attributionModel: 'time_decay',
    },
  }),
};
