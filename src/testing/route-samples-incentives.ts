import { adjustIncentiveBalance } from '../modules/incentives/adjust-balance.js';
import { approveIncentiveEntries } from '../modules/incentives/approve-entries.js';
import { createIncentivePayout } from '../modules/incentives/create-payout.js';
import { createIncentiveRule } from '../modules/incentives/create-rule.js';
import type { IncentiveRuleInput } from '../modules/incentives/incentives.schemas.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

const SAMPLE_PERIOD = '2026-01';

export const sampleIncentiveRule = (name: string): IncentiveRuleInput => ({
  name,
  kind: 'partner_rebate',
  trigger: 'sourced_deal',
  conditions: {
    partnerTypes: [],
    tiers: ['gold'],
    productLines: ['Analytics'],
    minAmountMinor: 100_000,
    currencies: ['USD'],
  },
  amountType: 'percent',
  amountValue: 250,
  currency: 'USD',
  capPerQuarterMinor: 5_000_000,
  active: true,
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
});

/** A rule every caller may read: an active partner rule for every partner type. */
let sharedRule: string | undefined;
const entries = new Map<string, string>();
let sharedPayout: string | undefined;

async function freshRule(w: SampleWorld): Promise<string> {
  return (
    await createIncentiveRule(w.t.systemCtx, {
      ...sampleIncentiveRule(`Sample rule ${w.unique('rule')}`),
      conditions: {},
    })
  ).id;
}

async function freshPartnerEntry(w: SampleWorld, partnerId: string): Promise<string> {
  const entry = await adjustIncentiveBalance(w.t.systemCtx, {
    beneficiaryType: 'partner',
    partnerId,
    amountMinor: 12_500,
    currency: 'USD',
    reason: `Sample goodwill credit ${w.unique('credit')}`,
  });
  return entry.id;
}

/** An entry the caller may read: its partner's, its own reward (a sales rep), or partner A's. */
async function entryOf(w: SampleWorld, caller: Caller): Promise<string> {
  const key = caller === 'sales_rep' ? 'rep' : w.partnerOf(caller);
  let id = entries.get(key);
  if (!id) {
    id =
      key === 'rep'
        ? (
            await adjustIncentiveBalance(w.t.systemCtx, {
              beneficiaryType: 'rep',
              userId: w.t.fixtures.users.sales_rep.id,
              amountMinor: 5_000,
              currency: 'USD',
              reason: 'Sample co-sell correction',
            })
          ).id
        : await freshPartnerEntry(w, key);
    entries.set(key, id);
  }
  return id;
}

async function freshApprovedEntry(w: SampleWorld): Promise<string> {
  const id = await freshPartnerEntry(w, w.t.fixtures.partnerA);
  await approveIncentiveEntries(w.t.systemCtx, { entryIds: [id] });
  return id;
}

async function payout(w: SampleWorld): Promise<string> {
  if (!sharedPayout) {
    await freshApprovedEntry(w);
    sharedPayout = (
      await createIncentivePayout(w.t.systemCtx, {
        beneficiaryType: 'partner',
        period: SAMPLE_PERIOD,
        currency: 'USD',
        reference: 'AP-SAMPLE-1',
      })
    ).id;
  }
  return sharedPayout;
}

function statementTarget(w: SampleWorld, caller: Caller) {
  if (caller === 'sales_rep') return { beneficiaryType: 'rep', id: w.t.fixtures.users.sales_rep.id };
  return { beneficiaryType: 'partner', id: w.partnerOf(caller) };
}

export const INCENTIVES_SAMPLES: Record<string, Sample> = {
  listIncentiveRules: () => ({ query: { sort: '-createdAt', active: 'true' } }),
  createIncentiveRule: (w) => ({ body: sampleIncentiveRule(`Gold sourced rebate ${w.unique('rule')}`) }),
  previewIncentiveRule: (w) => ({ body: { rule: sampleIncentiveRule(w.unique('draft')), days: 90 } }),
  getIncentiveRule: async (w) => {
    sharedRule ??= await freshRule(w);
    return { params: { id: sharedRule } };
  },
  updateIncentiveRule: async (w) => ({
    params: { id: await freshRule(w) },
    body: { ...sampleIncentiveRule(`Renamed rule ${w.unique('rule')}`), amountValue: 300 },
  }),
  deleteIncentiveRule: async (w) => ({ params: { id: await freshRule(w) } }),

  listIncentiveEntries: () => ({ query: { sort: '-earnedAt', period: SAMPLE_PERIOD } }),
  getIncentiveEntry: async (w, caller) => ({ params: { id: await entryOf(w, caller) } }),
  approveIncentiveEntries: async (w) => ({
    body: {
      period: SAMPLE_PERIOD,
      entryIds: [await freshPartnerEntry(w, w.t.fixtures.partnerA)],
      beneficiaryType: 'partner',
    },
  }),
  adjustIncentiveBalance: (w, caller) => ({
    body: {
      beneficiaryType: 'partner',
      partnerId: w.partnerOf(caller),
      amountMinor: -2_500,
      currency: 'USD',
      reason: `Sample correction ${w.unique('adjustment')}`,
    },
  }),
  reverseIncentiveEntry: async (w) => ({
    params: { id: await freshPartnerEntry(w, w.t.fixtures.partnerA) },
    body: { reason: 'Entered twice by mistake' },
  }),
  summarizeIncentiveEarnings: () => ({ query: { months: '6' } }),

  listIncentivePayouts: () => ({ query: { beneficiaryType: 'partner' } }),
  createIncentivePayout: async (w) => {
    await freshApprovedEntry(w);
    return {
      body: {
        beneficiaryType: 'partner',
        period: SAMPLE_PERIOD,
        currency: 'USD',
        reference: `AP-${w.unique('batch')}`,
      },
    };
  },
  getIncentivePayout: async (w) => ({ params: { id: await payout(w) } }),
  exportIncentivePayout: async (w) => ({ params: { id: await payout(w) }, query: { format: 'detail' } }),
  listIncentiveStatements: (_w, caller) => ({
    query: { beneficiaryType: caller === 'sales_rep' ? 'rep' : 'partner', period: '2026-Q1' },
  }),
  getIncentiveStatement: (w, caller) => ({
    params: statementTarget(w, caller),
    query: { period: '2026-Q1' },
  }),
};
