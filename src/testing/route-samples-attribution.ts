import { opportunities, touchpoints } from '../modules/deals/deals.table.js';
import { registrations } from '../modules/deals/registrations.table.js';
import type { Executor } from '../platform/db/client.js';
import type { IdGenerator } from '../platform/ids.js';
import type { Sample, SampleWorld } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

export interface SeededTouch {
  partnerId: string;
  at: string;
  kind?: string;
}

export interface SeededDeal {
  touches: SeededTouch[];
  amountMinor: number;
  currency?: string;
  won: boolean;
  closedAt: string;
  /** An approved registration on the deal (W-shaped lead creation), by this partner at this time. */
  approved?: { partnerId: string; at: string };
}

/** Writes a closed deal with partner touches straight into the tables: a compact attribution fixture. */
export async function seedAttributionDeal(db: Executor, ids: IdGenerator, deal: SeededDeal): Promise<string> {
  const id = ids();
  const closedAt = new Date(deal.closedAt);
  await db.insert(opportunities).values({
    id,
    accountId: ids(),
    name: `Attribution deal ${id.slice(-6)}`,
    amountMinor: deal.amountMinor,
    currency: deal.currency ?? 'USD',
    stage: deal.won ? 'closed_won' : 'closed_lost',
    closeDate: deal.closedAt.slice(0, 10),
    productLines: ['core'],
    source: 'partner',
    closedAt,
    createdAt: new Date(deal.touches[0]?.at ?? deal.closedAt),
    updatedAt: closedAt,
  });
  if (deal.touches.length > 0) {
    await db.insert(touchpoints).values(
      deal.touches.map((touch) => ({
        id: ids(),
        opportunityId: id,
        partnerId: touch.partnerId,
        kind: touch.kind ?? 'meeting',
        occurredAt: new Date(touch.at),
      })),
    );
  }
  if (deal.approved) {
    const at = new Date(deal.approved.at);
    await db.insert(registrations).values({
      id: ids(),
      partnerId: deal.approved.partnerId,
      status: 'approved',
      customerName: 'Attribution Customer',
      customerNormalizedName: 'attribution customer',
      productLines: ['core'],
      amountMinor: deal.amountMinor,
      currency: deal.currency ?? 'USD',
      expectedClose: deal.closedAt.slice(0, 10),
      opportunityId: id,
      submittedAt: at,
      decidedAt: at,
      approvedAt: at,
      createdAt: at,
      updatedAt: at,
    });
  }
  return id;
}

/** One won deal touched by partners A and B in December 2025, seeded once per sample world. */
const seeded = new WeakMap<SampleWorld, Promise<void>>();

export function seedSampleAttribution(w: SampleWorld): Promise<void> {
  let done = seeded.get(w);
  if (!done) {
    const { partnerA, partnerB } = w.t.fixtures;
    done = seedAttributionDeal(w.t.systemCtx.db, w.t.systemCtx.ids, {
      touches: [
        { partnerId: partnerA, at: '2025-12-01T10:00:00Z' },
        { partnerId: partnerB, at: '2025-12-05T10:00:00Z' },
      ],
      amountMinor: 1_000_001,
      won: true,
      closedAt: '2025-12-10T10:00:00Z',
    }).then(() => undefined);
    seeded.set(w, done);
  }
  return done;
}

const PERIOD = { from: '2025-01-01', to: '2026-01-01' };

export const ATTRIBUTION_SAMPLES: Record<string, Sample> = {
  listPartnerAttribution: async (w) => {
    await seedSampleAttribution(w);
    return { query: { ...PERIOD, model: 'markov' } };
  },
  getAttributionComparison: async (w) => {
    await seedSampleAttribution(w);
    return { query: { ...PERIOD, halfLifeDays: '14' } };
  },
};
