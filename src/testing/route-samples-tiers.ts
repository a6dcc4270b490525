import { DEFAULT_TIER_PROGRAM } from '../modules/tiers/default-tier-program.js';
import { partnerTierStates } from '../modules/tiers/tiers.table.js';
import type { Sample } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
const none: Sample = () => ({});

export const TIER_SAMPLES: Record<string, Sample> = {
  getTierProgram: none,
  replaceTierProgram: () => ({ body: DEFAULT_TIER_PROGRAM }),
  evaluateTiers: (w, caller) => ({ body: { dryRun: true, partnerId: w.partnerOf(caller) } }),
  approveTierPromotion: async (w, caller) => {
    const partnerId = w.partnerOf(caller);
    const pending = { pendingTier: 'gold', demotionWarnedAt: null };
    await w.t.db.database.db
      .insert(partnerTierStates)
      .values({ partnerId, ...pending })
      .onConflictDoUpdate({ target: partnerTierStates.partnerId, set: pending });
    return { params: { id: partnerId } };
  },
  getTierProgress: (w, caller) => ({ params: { id: w.partnerOf(caller) } }),
  listTierHistory: (w, caller) => ({ params: { id: w.partnerOf(caller) } }),
  setTierCustomMetric: (w, caller) => ({
    body: { key: 'joint-webinars', values: [{ partnerId: w.partnerOf(caller), value: 3 }] },
  }),
};
