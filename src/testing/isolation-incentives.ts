import { adjustIncentiveBalance } from '../modules/incentives/adjust-balance.js';
import { approveIncentiveEntries } from '../modules/incentives/approve-entries.js';
import { createIncentivePayout } from '../modules/incentives/create-payout.js';
import { createIncentiveRule } from '../modules/incentives/create-rule.js';
import { reverseIncentiveEntry } from '../modules/incentives/reverse-entry.js';
import type { IsolationBuilder } from './isolation-targets.js';

const MISSING_ID = '019bc0e2-0000-7000-8000-00000000dead';

/**
 * Partner B's incentive entries (a credit, paid, and one reversed with its reason), and a rep reward
 * rule, which partner users never see.
 */
export const incentivesIsolation: IsolationBuilder = async (world) => {
  const ctx = world.t.systemCtx;
  const partnerB = world.t.fixtures.partnerB;
  const creditReason = 'Quetzalcoatl Beta loyalty credit';
  const reversedReason = 'Beta duplicate Xanthippe correction';
  const paid = await adjustIncentiveBalance(ctx, {
    beneficiaryType: 'partner',
    partnerId: partnerB,
    amountMinor: 77_700,
    currency: 'USD',
    reason: creditReason,
  });
  await approveIncentiveEntries(ctx, { entryIds: [paid.id] });
  const payout = await createIncentivePayout(ctx, {
    beneficiaryType: 'partner',
    period: paid.period,
    currency: 'USD',
    reference: 'AP-BETA-ONLY-7',
  });
  const mistaken = await adjustIncentiveBalance(ctx, {
    beneficiaryType: 'partner',
    partnerId: partnerB,
    amountMinor: 31_300,
    currency: 'USD',
    reason: reversedReason,
  });
  const reversal = await reverseIncentiveEntry(ctx, mistaken.id, { reason: 'Beta reversal Ozymandias' });
  const repRule = await createIncentiveRule(ctx, {
    name: 'Rep co-sell reward for isolation',
    kind: 'rep_reward',
    trigger: 'rep_co_sell',
    conditions: {},
    amountType: 'fixed',
    amountValue: 10_000,
    currency: 'USD',
    capPerQuarterMinor: null,
    active: true,
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
  });
  return {
    markers: [
      paid.id,
      mistaken.id,
      reversal.id,
      creditReason,
      reversedReason,
      'Ozymandias',
      payout.id,
      'AP-BETA-ONLY-7',
    ],
    rules: [
      {
        prefix: '/api/incentives/ledger/{id}',
        targets: () => [
          { label: "partner B's paid credit", params: { id: paid.id }, missing: { id: MISSING_ID } },
          { label: "partner B's reversal", params: { id: reversal.id }, missing: { id: MISSING_ID } },
        ],
      },
      {
        prefix: '/api/incentives/statements/{beneficiaryType}/{id}',
        targets: () => [
          {
            label: "partner B's statement",
            params: { beneficiaryType: 'partner', id: partnerB },
            missing: { beneficiaryType: 'partner', id: MISSING_ID },
          },
          {
            label: "a sales rep's statement",
            params: { beneficiaryType: 'rep', id: world.t.fixtures.users.sales_rep.id },
            missing: { beneficiaryType: 'rep', id: MISSING_ID },
          },
        ],
      },
      {
        prefix: '/api/incentives/payouts/{id}',
        targets: () => [
          { label: "a payout of partner B's credit", params: { id: payout.id }, missing: { id: MISSING_ID } },
        ],
      },
      {
        prefix: '/api/incentives/rules/{id}',
        targets: () => [
          {
            label: 'a rep reward rule (vendor only)',
            params: { id: repRule.id },
            missing: { id: MISSING_ID },
          },
        ],
      },
    ],
  };
};
