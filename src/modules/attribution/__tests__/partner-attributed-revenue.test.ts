import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../../platform/context.js';
import { seedAttributionDeal } from '../../../testing/route-samples-attribution.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { partnerAttributedRevenue } from '../partner-attributed-revenue.js';

let t: TestApp;
let a: string;
let b: string;
const PERIOD = { from: '2025-10-01', to: '2026-01-01' };

function ctxOf(user: TestUserKey): Ctx {
  const fixture = t.fixtures.users[user];
  const partnerId = user.endsWith('_a') ? a : user.endsWith('_b') ? b : null;
  return {
    ...t.systemCtx,
    actor: { kind: 'user', userId: fixture.id, role: fixture.role, partnerId, scopes: null, apiKeyId: null },
  };
}

const seed = (deal: Parameters<typeof seedAttributionDeal>[2]) =>
  seedAttributionDeal(t.systemCtx.db, t.systemCtx.ids, deal);

beforeAll(async () => {
  t = await createTestApp();
  a = t.fixtures.partnerA;
  b = t.fixtures.partnerB;
  // Deal 1: A, B, A — won, 1,000 units (USD 10.00), closed 10 Dec; B's registration approved on 4 Dec.
  await seed({
    touches: [
      { partnerId: a, at: '2025-12-01T00:00:00Z' },
      { partnerId: b, at: '2025-12-03T00:00:00Z' },
      { partnerId: a, at: '2025-12-10T00:00:00Z' },
    ],
    amountMinor: 1000,
    won: true,
    closedAt: '2025-12-10T00:00:00Z',
    approved: { partnerId: b, at: '2025-12-04T00:00:00Z' },
  });
  // Deal 2: only B, won, 333 units in EUR.
  await seed({
    touches: [{ partnerId: b, at: '2025-11-01T00:00:00Z' }],
    amountMinor: 333,
    currency: 'EUR',
    won: true,
    closedAt: '2025-11-02T00:00:00Z',
  });
  // Deal 3: A then B, lost: a non-conversion for Markov, never credited.
  await seed({
    touches: [
      { partnerId: a, at: '2025-11-05T00:00:00Z' },
      { partnerId: b, at: '2025-11-06T00:00:00Z' },
    ],
    amountMinor: 5000,
    won: false,
    closedAt: '2025-11-07T00:00:00Z',
  });
  // Deal 4: won but outside the period.
  await seed({
    touches: [{ partnerId: a, at: '2025-08-01T00:00:00Z' }],
    amountMinor: 7777,
    won: true,
    closedAt: '2025-09-30T23:59:59Z',
  });
});
afterAll(async () => {
  await t.close();
});

const creditOf = (
  rows: Awaited<ReturnType<typeof partnerAttributedRevenue>>,
  partner: string,
  currency = 'USD',
) => rows.find((r) => r.partnerId === partner && r.currency === currency);

describe('partnerAttributedRevenue', () => {
  it.each([
    // model, A's USD credit, B's USD credit (deal 1 only: 1,000 units)
    ['first_touch', 1000, 0],
    ['last_touch', 1000, 0],
    ['linear', 667, 333],
    ['position_based', 800, 200],
    // W-shaped: B's touch (the last at or before approval) is the lead touch: a third each.
    ['w_shaped', 667, 333],
  ] as const)('%s splits the won deal exactly', async (model, creditA, creditB) => {
    const rows = await partnerAttributedRevenue(t.systemCtx, { ...PERIOD, model });
    expect(creditOf(rows, a)?.attributedMinor ?? 0).toBe(creditA);
    expect(creditOf(rows, b)?.attributedMinor ?? 0).toBe(creditB);
    expect(creditOf(rows, b, 'EUR')).toEqual({
      partnerId: b,
      currency: 'EUR',
      attributedMinor: 333,
      deals: 1,
    });
    expect(rows.some((r) => r.attributedMinor === 7777)).toBe(false);
  });

  it('time decay weighs the touches by their age at the close', async () => {
    // Ages 9, 7 and 0 days; half-life 7: weights 2^(-9/7), 2^(-1), 1 for A, B, A.
    const rows = await partnerAttributedRevenue(t.systemCtx, {
      ...PERIOD,
      model: 'time_decay',
      halfLifeDays: 7,
    });
    const wA = 2 ** (-9 / 7) + 1;
    const wB = 0.5;
    expect(creditOf(rows, b)?.attributedMinor).toBe(Math.round((1000 * wB) / (wA + wB)));
    expect((creditOf(rows, a)?.attributedMinor ?? 0) + (creditOf(rows, b)?.attributedMinor ?? 0)).toBe(1000);
  });

  it('Markov counts the lost deal as a non-conversion', async () => {
    // Chain: start→A (2), A→B (2), B→A (1), A→conv (1), B→null (1), start→B (1, EUR deal), B→conv (1).
    // P(convert) from A = x_A, from B = x_B: x_A = 1/3·x_B·… solved by hand below.
    // From A: 2 exits counted (A→B twice) + 1 conversion: P(A→B)=2/3, P(A→conv)=1/3.
    // From B: B→A 1, B→null 1, B→conv 1: each 1/3.
    // x_A = 1/3 + 2/3·x_B, x_B = 1/3 + 1/3·x_A → x_A = 5/7, x_B = 4/7; start: 2/3·x_A + 1/3·x_B = 2/3.
    // Without A: x_B = 1/3, P = 1/3·1/3 = 1/9 → effect 1 − (1/9)/(2/3) = 5/6.
    // Without B: x_A = 1/3, P = 2/3·1/3 = 2/9 → effect 2/3. Deal 1 splits 1,000 as 5/6 : 2/3 = 5 : 4.
    const rows = await partnerAttributedRevenue(t.systemCtx, { ...PERIOD, model: 'markov' });
    expect(creditOf(rows, a)?.attributedMinor).toBe(556);
    expect(creditOf(rows, b)?.attributedMinor).toBe(444);
    expect(creditOf(rows, a)?.deals).toBe(1);
  });

  it('Shapley splits by each partner’s share of the won journeys', async () => {
    // Won touch sets: {A,B} (1 conversion), {B} (1): φ_A = 1/2, φ_B = 1/2 + 1 = 3/2 → deal 1 is 1 : 3.
    const rows = await partnerAttributedRevenue(t.systemCtx, { ...PERIOD, model: 'shapley' });
    expect(creditOf(rows, a)?.attributedMinor).toBe(250);
    expect(creditOf(rows, b)?.attributedMinor).toBe(750);
  });

  it('gives a partner user only its own partner’s credit', async () => {
    const rows = await partnerAttributedRevenue(ctxOf('partner_rep_a'), {
      ...PERIOD,
      model: 'linear',
      partnerId: b,
    });
    expect(rows).toEqual([{ partnerId: a, currency: 'USD', attributedMinor: 667, deals: 1 }]);
    const vendor = await partnerAttributedRevenue(ctxOf('partner_manager'), {
      ...PERIOD,
      model: 'linear',
      partnerId: b,
    });
    expect(vendor.map((r) => r.partnerId)).toEqual([b, b]);
  });

  it('refuses an empty or reversed period', async () => {
    await expect(
      partnerAttributedRevenue(t.systemCtx, { from: '2026-01-01', to: '2026-01-01', model: 'linear' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
