import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { dealApi } from '../../deals/__tests__/deal-test-helpers.js';
import { evaluateTiers } from '../evaluate-tiers.js';

let t: TestApp;
const api = dealApi(() => t);
let partnerA: string;
let partnerB: string;
let customers = 0;

/** Gold needs $2,000 sourced and 2 won deals; platinum $10,000 and 4; no certification criteria here. */
const PROGRAM = {
  demotionGraceDays: 30,
  promotionNeedsApproval: false,
  currency: 'USD',
  exchangeRates: { EUR: 1.1 },
  tiers: [
    {
      key: 'silver',
      name: 'Silver',
      rank: 1,
      criteria: [],
      benefits: { discountPercent: 10, protectionDays: 60, mdfSharePercent: 0, leadPriorityWeight: 1 },
    },
    {
      key: 'gold',
      name: 'Gold',
      rank: 2,
      criteria: [
        { metric: 'sourcedRevenueMinor', min: 2_000_00 },
        { metric: 'wonDeals', min: 2 },
      ],
      benefits: { discountPercent: 20, protectionDays: 90, mdfSharePercent: 3, leadPriorityWeight: 2 },
    },
    {
      key: 'platinum',
      name: 'Platinum',
      rank: 3,
      criteria: [
        { metric: 'sourcedRevenueMinor', min: 10_000_00 },
        { metric: 'wonDeals', min: 4 },
        { metric: 'psat', min: 0.8 },
      ],
      benefits: { discountPercent: 30, protectionDays: 120, mdfSharePercent: 5, leadPriorityWeight: 4 },
    },
  ],
};

async function wonDeal(partnerId: string, amountMinor: number, currency = 'USD', role = 'sourcing') {
  customers += 1;
  const accountId = await api.createAccount(`Tier Customer ${customers}`);
  const deal = await api.createDeal({ accountId, amountMinor, currency });
  await api.addPartner(deal.id, partnerId, role);
  const res = await api.call('sales_rep', 'POST', `/api/deals/${deal.id}/close`, {
    outcome: 'won',
    reason: 'Signed',
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function evaluate(dryRun: boolean) {
  const res = await api.call('partner_manager', 'POST', '/api/tiers/evaluate', { dryRun });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  partnerA = t.fixtures.partnerA;
  partnerB = t.fixtures.partnerB;
  const saved = await api.call('admin', 'PUT', '/api/tiers', PROGRAM);
  expect(saved.statusCode, saved.body).toBe(200);
  // Partner A: $1,500 + €1,000 (= $1,100) sourced in two won deals → gold. Partner B: one influenced deal.
  await wonDeal(partnerA, 1_500_00);
  await wonDeal(partnerA, 1_000_00, 'EUR');
  await wonDeal(partnerB, 50_000_00, 'USD', 'influencing');
});
afterAll(async () => t?.close());

describe('tier program', () => {
  it('starts from the default program and refuses repeated keys and ranks', async () => {
    const bad = await api.call('admin', 'PUT', '/api/tiers', {
      ...PROGRAM,
      tiers: [PROGRAM.tiers[0], { ...PROGRAM.tiers[1], key: 'silver', rank: 1 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['tiers.1.key', 'tiers.1.rank']);
    expect((await api.call('partner_rep_a', 'PUT', '/api/tiers', PROGRAM)).statusCode).toBe(403);
  });
});

describe('evaluation', () => {
  it('previews who would move without writing anything', async () => {
    const { result, changes } = await api.changesOf(() => evaluate(true));
    expect(changes).toEqual([]);
    const byPartner = Object.fromEntries(
      result.evaluations.map((e: { partnerId: string }) => [e.partnerId, e]),
    );
    expect(byPartner[partnerA]).toMatchObject({
      currentTier: null,
      qualifiedTier: 'gold',
      action: 'assign',
      moves: true,
      metrics: { sourcedRevenueMinor: 2_600_00, wonDeals: 2, influencedRevenueMinor: 0 },
    });
    expect(byPartner[partnerB]).toMatchObject({
      qualifiedTier: 'silver',
      metrics: { influencedRevenueMinor: 50_000_00, sourcedRevenueMinor: 0 },
    });
  });

  it('applies the tiers with history and events, and keeps them on the next run', async () => {
    await evaluate(false);
    const partner = await api.call('partner_admin_a', 'GET', `/api/partners/${partnerA}`);
    expect(partner.json().tier).toBe('gold');
    const history = await api.call('partner_rep_a', 'GET', `/api/tiers/partners/${partnerA}/history`);
    expect(history.json()).toEqual([
      expect.objectContaining({ action: 'assign', fromTier: null, toTier: 'gold' }),
    ]);
    const again = await evaluate(false);
    expect(again.moved).toBe(0);
  });

  it('shows a partner what it needs for the next tier, and only its own', async () => {
    const res = await api.call('partner_rep_a', 'GET', `/api/tiers/partners/${partnerA}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      tier: 'gold',
      benefits: { protectionDays: 90 },
      nextTier: {
        key: 'platinum',
        criteria: [
          { metric: 'sourcedRevenueMinor', required: 10_000_00, value: 2_600_00, met: false },
          { metric: 'wonDeals', required: 4, value: 2, met: false },
          { metric: 'psat', value: null, met: true, skipped: true },
        ],
      },
    });
    expect(
      (await api.call('partner_rep_a', 'GET', `/api/tiers/partners/${partnerB}/progress`)).statusCode,
    ).toBe(404);
  });

  it('warns before demoting, and demotes only after the grace period', async () => {
    // A year and a day later the deals fall out of the trailing window.
    const later = (days: number) => ({
      ...t.systemCtx,
      clock: fixedClock(new Date(Date.parse('2027-01-16T09:00:00Z') + days * 86_400_000)),
    });
    const warned = await evaluateTiers(later(0), { dryRun: false, partnerId: partnerA });
    expect(warned.evaluations[0]).toMatchObject({
      action: 'demotion_warning',
      tierAfter: 'gold',
      moves: true,
    });
    const pending = await evaluateTiers(later(29), { dryRun: false, partnerId: partnerA });
    expect(pending.evaluations[0]).toMatchObject({
      action: 'demotion_pending',
      tierAfter: 'gold',
      moves: false,
    });
    const demoted = await evaluateTiers(later(30), { dryRun: false, partnerId: partnerA });
    expect(demoted.evaluations[0]).toMatchObject({ action: 'demote', tierAfter: 'silver' });
    const history = await api.call('admin', 'GET', `/api/tiers/partners/${partnerA}/history`);
    expect(history.json().map((h: { action: string }) => h.action)).toEqual([
      'demote',
      'demotion_warning',
      'assign',
    ]);
  });

  it('waits for a manager when promotions need approval', async () => {
    await api.call('admin', 'PUT', '/api/tiers', { ...PROGRAM, promotionNeedsApproval: true });
    const run = await evaluate(false);
    const a = run.evaluations.find((e: { partnerId: string }) => e.partnerId === partnerA);
    expect(a).toMatchObject({
      action: 'promotion_pending_approval',
      tierAfter: 'silver',
      qualifiedTier: 'gold',
    });
    expect(
      (await api.call('partner_admin_a', 'POST', `/api/tiers/partners/${partnerA}/approve-promotion`))
        .statusCode,
    ).toBe(403);
    const approved = await api.call(
      'partner_manager',
      'POST',
      `/api/tiers/partners/${partnerA}/approve-promotion`,
    );
    expect(approved.json()).toEqual({ tier: 'gold' });
    const twice = await api.call(
      'partner_manager',
      'POST',
      `/api/tiers/partners/${partnerA}/approve-promotion`,
    );
    expect(twice.statusCode).toBe(409);
  });

  it('counts custom metrics in criteria', async () => {
    await api.call('admin', 'PUT', '/api/tiers', {
      ...PROGRAM,
      tiers: [
        PROGRAM.tiers[0],
        { ...PROGRAM.tiers[1], criteria: [{ metric: 'custom:joint-webinars', min: 3 }] },
      ],
    });
    const set = await api.call('admin', 'PUT', '/api/tiers/custom-metrics', {
      key: 'joint-webinars',
      values: [{ partnerId: partnerB, value: 4 }],
    });
    expect(set.statusCode, set.body).toBe(200);
    const run = await evaluate(true);
    const b = run.evaluations.find((e: { partnerId: string }) => e.partnerId === partnerB);
    expect(b).toMatchObject({ qualifiedTier: 'gold', metrics: { 'custom:joint-webinars': 4 } });
  });
});
