import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAttributionDeal } from '../../../testing/route-samples-attribution.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { ATTRIBUTION_MODELS as MODEL_NAMES } from '../partner-attributed-revenue.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const { partnerA: a, partnerB: b } = t.fixtures;
  const seed = (deal: Parameters<typeof seedAttributionDeal>[2]) =>
    seedAttributionDeal(t.systemCtx.db, t.systemCtx.ids, deal);
  await seed({
    touches: [
      { partnerId: a, at: '2025-06-01T00:00:00Z' },
      { partnerId: b, at: '2025-06-02T00:00:00Z' },
      { partnerId: b, at: '2025-06-03T00:00:00Z' },
    ],
    amountMinor: 100_001,
    won: true,
    closedAt: '2025-06-10T00:00:00Z',
  });
  await seed({
    touches: [{ partnerId: b, at: '2025-07-01T00:00:00Z' }],
    amountMinor: 50_000,
    won: false,
    closedAt: '2025-07-05T00:00:00Z',
  });
});
afterAll(async () => {
  await t.close();
});

const QUERY = 'from=2025-01-01&to=2026-01-01';

describe('GET /api/attribution/comparison', () => {
  it('puts every model side by side, each summing to the won amount', async () => {
    const res = await t.request('partner_manager', {
      method: 'GET',
      url: `/api/attribution/comparison?${QUERY}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.models).toEqual([...MODEL_NAMES]);
    expect(body.totals).toEqual([
      {
        currency: 'USD',
        wonMinor: 100_001,
        deals: 1,
        lostDeals: 1,
        credits: Object.fromEntries(MODEL_NAMES.map((m) => [m, 100_001])),
      },
    ]);
    const partnerA = body.partners.find((p: { partnerId: string }) => p.partnerId === t.fixtures.partnerA);
    expect(partnerA.partnerName).toBeTruthy();
    expect(partnerA.credits.first_touch).toBe(100_001);
    expect(partnerA.credits.last_touch).toBe(0);
    // Linear: one touch of three → 33,334 (the extra unit goes to the largest remainder).
    expect(partnerA.credits.linear).toBe(33_334);
  });

  it('is the vendor’s only', async () => {
    const res = await t.request('partner_admin_a', {
      method: 'GET',
      url: `/api/attribution/comparison?${QUERY}`,
    });
    expect(res.statusCode).toBe(403);
  });

  it('names a reversed period in the error', async () => {
    const res = await t.request('admin', {
      method: 'GET',
      url: '/api/attribution/comparison?from=2026-01-01&to=2025-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'to', message: 'must be after from' }]);
  });
});

describe('GET /api/attribution/partners', () => {
  it('shows a partner user only its own credit, whatever partner it asks for', async () => {
    const res = await t.request('partner_rep_a', {
      method: 'GET',
      url: `/api/attribution/partners?${QUERY}&model=position_based&partnerId=${t.fixtures.partnerB}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ partnerId: t.fixtures.partnerA, attributedMinor: 40_000, deals: 1 }),
    ]);
    expect(res.body).not.toContain(t.fixtures.partnerB);
  });

  it('shows the vendor every partner', async () => {
    const res = await t.request('finance', {
      method: 'GET',
      url: `/api/attribution/partners?${QUERY}&model=last_touch`,
    });
    expect(res.json().items).toEqual([
      expect.objectContaining({ partnerId: t.fixtures.partnerB, attributedMinor: 100_001, currency: 'USD' }),
      expect.objectContaining({ partnerId: t.fixtures.partnerA, attributedMinor: 0 }),
    ]);
  });
});
