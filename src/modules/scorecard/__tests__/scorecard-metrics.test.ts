/**
 * Every scorecard metric on the hand-built world of scorecard-world.ts, worked out in the comments.
 * Period [2026-01-01, 2026-04-01): 90 days = 90 / 30.4375 months = 90 / 365.25 years.
 * Most blocks replace the attribution engine with fixed credits (A 800 000 USD, B 300 000 EUR = 324 000 USD),
 * so ROPI is checked on known numbers; the last block runs the real engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import type { AttributionSource } from '../compute-metrics.js';
import { findBenchmarks } from '../find-benchmarks.js';
import { scorecardRows } from '../find-scorecard.js';
import { getProgramDashboard } from '../get-program-dashboard.js';
import type { ScorecardRow } from '../scorecard.schemas.js';
import { buildScorecardWorld, PERIOD, type ScorecardWorld } from './scorecard-world.js';

const fixedCredits: AttributionSource = async (_ctx, query) =>
  [
    { partnerId: world.a, currency: 'USD', attributedMinor: 800_000, deals: 3 },
    { partnerId: world.b, currency: 'EUR', attributedMinor: 300_000, deals: 2 },
  ].filter((c) => !query.partnerId || c.partnerId === query.partnerId);

let t: TestApp;
let world: ScorecardWorld;
let byPartner: Map<string, ScorecardRow>;

beforeAll(async () => {
  t = await createTestApp();
  world = await buildScorecardWorld(t);
  const { rows } = await scorecardRows(t.systemCtx, { groupBy: 'partner', ...PERIOD }, fixedCredits);
  byPartner = new Map(rows.map((r) => [r.key, r]));
});
afterAll(async () => t?.close());

describe('scorecard per partner', () => {
  it('partner A', () => {
    const a = byPartner.get(world.a)!.current;
    // Sourced: D1 1 000 000 USD. Influenced: D2 (B sourced it, A influenced) 500 000 EUR × 1.08 = 540 000,
    // plus D5 (direct deal A touched) 400 000 → 940 000.
    expect(a.sourcedRevenue).toBe(1_000_000);
    expect(a.influencedRevenue).toBe(940_000);
    expect(a.attributedRevenue).toBe(800_000);
    // Investment: MDF paid 200 000 + incentives 50 000 EUR = 54 000 + 3 enrollments × 1 000
    // + 3 certificates × 5 000 + management 121 750 × 90 / 30.4375 = 360 000 → 632 000.
    // ROPI = (800 000 × 0.5 − 632 000) / 632 000 = −0.3670…
    expect(a.ropi).toBe(-0.367);
    // Customers first won with A: Account One (D6, before the period) and Two (D2, in it); no churn, so the
    // lifetime is the 5-year cap. Their revenue in the period 1 540 000 × 0.5 / 2 customers / (90 / 365.25)
    // years = 1 562 458.33 a year each × 5 = 7 812 291.67.
    expect(a.cltv).toBe(7_812_292);
    // CAC: 632 000 / 1 new customer (Account Two).
    expect(a.cac).toBe(632_000);
    expect(a.timeToFirstRevenue).toBe(40);
    // Deals A worked on, closed in the period: D1 and D2 won, D3 lost.
    expect(a.winRate).toBe(0.6667);
    expect(a.cycleLength).toBe(45); // (30 + 60) / 2
    expect(a.averageDealSize).toBe(770_000); // (1 000 000 + 540 000) / 2
    expect(a.registrationApprovalRate).toBe(0.6667); // 2 approved of 3 decided in the period
    expect(a.registrationConflictRate).toBe(0.3333); // 1 conflict of 3 submitted in the period
    expect(a.leadAcceptanceRate).toBe(0.3333); // accepted 1 of accepted, declined, expired
    expect(a.psat).toBe(50); // 5 and 4 of the answers 5, 3, 4, 2
    expect(a.pnps).toBe(50); // promoters 1 (10), detractors 0, passives 1 (8) of 2
    // 2 enabled users, 1 active, on 2 days, in 2 areas (the January visit is outside the 30 days):
    // 50 × 1/2 + 30 × 2/12 + 20 × 2/5 = 25 + 5 + 8 = 38.
    expect(a.portalEngagement).toBe(38);
    expect(a.certificationMomentum).toBe(1.5); // 3 in the last 90 days / 2 in the 90 before
  });

  it('partner B, with a deal in a currency the program has no rate for', () => {
    const b = byPartner.get(world.b)!.current;
    expect(b.sourcedRevenue).toBe(540_000); // D2; D4 in CHF is left out
    expect(b.influencedRevenue).toBe(0);
    expect(b.attributedRevenue).toBe(324_000);
    expect(b.ropi).toBe(-0.55); // (324 000 × 0.5 − 360 000) / 360 000
    // Cohort: Account Two (won at noon on 02-20: 39.5 days to the period's end) and Four (21.5 days,
    // churned). Churn 1 per 61 days of exposure → lifetime 61 / 365.25 years;
    // 540 000 × 0.5 / 2 customers × 365.25 / 90 a year × 61 / 365.25 years = 91 500.
    expect(b.cltv).toBe(91_500);
    expect(b.cac).toBe(180_000); // 360 000 / 2 new customers
    expect(b.winRate).toBe(1);
    expect(b.cycleLength).toBe(35); // (60 + 10) / 2
    expect(b.averageDealSize).toBe(540_000); // only the converted win counts
    expect(b.registrationApprovalRate).toBeNull();
    expect(b.registrationConflictRate).toBeNull();
    expect(b.leadAcceptanceRate).toBe(1);
    expect(b.psat).toBe(0);
    expect(b.pnps).toBe(-100);
    expect(b.portalEngagement).toBe(0); // two enabled users, no activity
    expect(b.certificationMomentum).toBeNull();
    expect(b.timeToFirstRevenue).toBe(100);
  });

  it('partner C without activity: zero revenue, every rate null', () => {
    const c = byPartner.get(world.c)!.current;
    expect(c.sourcedRevenue).toBe(0);
    expect(c.ropi).toBe(-1); // management cost 360 000, no credit
    for (const key of [
      'cltv',
      'cac',
      'timeToFirstRevenue', // its first win falls after the period
      'winRate',
      'cycleLength',
      'averageDealSize',
      'registrationApprovalRate',
      'leadAcceptanceRate',
      'psat',
      'pnps',
      'portalEngagement',
      'certificationMomentum',
    ] as const) {
      expect(c[key], key).toBeNull();
    }
  });

  it('keeps the previous period for the trend', () => {
    const previous = byPartner.get(world.a)!.previous;
    expect(previous.sourcedRevenue).toBe(100_000); // D6 on 2025-12-01
    expect(previous.winRate).toBe(1);
    expect(previous.leadAcceptanceRate).toBe(1);
  });
});

describe('scorecard by group', () => {
  it('counts each deal once per group, and sourced within the group is not influenced', async () => {
    const { rows, context } = await scorecardRows(
      t.systemCtx,
      { groupBy: 'program', ...PERIOD },
      fixedCredits,
    );
    const program = rows[0]!.current;
    expect(rows[0]!.partners).toBe(4);
    // D1 (A) + D2 (B) sourced; only D5 is influenced, since D2's sourcing partner is in the program.
    expect(program.sourcedRevenue).toBe(1_540_000);
    expect(program.influencedRevenue).toBe(400_000);
    expect(program.winRate).toBe(0.75); // D1, D2, D4 won, D3 lost
    expect(program.cycleLength).toBe(33.3); // (30 + 60 + 10) / 3
    expect(program.timeToFirstRevenue).toBe(70); // median of 40 and 100
    expect(program.portalEngagement).toBe(19); // mean of A 38 and B 0 (C and D have no users)
    expect(context.unconvertedCurrencies).toEqual(['CHF']);
    expect(context.previousPeriod).toEqual({ from: '2025-10-03', to: '2026-01-01' });
  });

  it('by tier: gold holds A, C and D', async () => {
    const { rows } = await scorecardRows(t.systemCtx, { groupBy: 'tier', ...PERIOD }, fixedCredits);
    const gold = rows.find((r) => r.key === 'gold')!;
    expect(gold.label).toBe('Gold');
    expect(gold.partners).toBe(3);
    expect(gold.current.sourcedRevenue).toBe(1_000_000);
    expect(gold.current.influencedRevenue).toBe(940_000); // D2 was sourced outside gold
    expect(gold.current.attributedRevenue).toBe(800_000);
    expect(rows.find((r) => r.key === 'silver')!.current.sourcedRevenue).toBe(540_000);
  });

  it('by region and type', async () => {
    const regions = await scorecardRows(t.systemCtx, { groupBy: 'region', ...PERIOD }, fixedCredits);
    expect(regions.rows.map((r) => [r.key, r.partners]).sort()).toEqual([
      ['EMEA', 3],
      ['NA', 1],
    ]);
    const types = await scorecardRows(t.systemCtx, { groupBy: 'type', ...PERIOD }, fixedCredits);
    expect(types.rows.find((r) => r.key === 'reseller')!.current.sourcedRevenue).toBe(540_000);
  });

  it('dashboard: direct channel beside the partners, and the monthly series', async () => {
    const dashboard = await getProgramDashboard(t.systemCtx, PERIOD, fixedCredits);
    // Direct customers: Five (58.5 days of exposure) and Six (16.5 days, churned): lifetime 75 / 365.25
    // years; 650 000 × 0.5 / 2 × 365.25 / 90 × 75 / 365.25 = 135 416.7. CAC 720 000 / 2.
    expect(dashboard.direct).toEqual({ cltv: 135_417, cac: 360_000, newCustomers: 2 });
    expect(dashboard.partnerNewCustomers).toBe(2); // Two and Four
    expect(dashboard.interval).toBe('month');
    expect(dashboard.series).toEqual([
      { bucket: '2026-01', sourcedRevenue: 1_000_000, influencedRevenue: 0, wonDeals: 1 },
      { bucket: '2026-02', sourcedRevenue: 540_000, influencedRevenue: 400_000, wonDeals: 1 },
      { bucket: '2026-03', sourcedRevenue: 0, influencedRevenue: 0, wonDeals: 1 },
    ]);
    expect(dashboard.byTier.map((r) => r.key)).toEqual(['gold', 'silver']);
  });
});

describe('benchmarks', () => {
  it('ranks A, C and D among gold EMEA peers and flags both ends', async () => {
    const { items } = await findBenchmarks(t.systemCtx, PERIOD, fixedCredits);
    const of = (id: string) => items.find((i) => i.partnerId === id)!;
    const a = of(world.a);
    expect(a.peers).toBe(3);
    const sourced = a.metrics.find((m) => m.metric === 'sourcedRevenue')!;
    // A 1 000 000 beats C and D (0 each): 100; their median is 0.
    expect(sourced).toMatchObject({ value: 1_000_000, peerMedian: 0, percentile: 100 });
    // Ranked metrics for A: sourced, influenced, attributed, ROPI (−0.367 vs −1, −1), all 100 → over.
    expect(a.flag).toBe('over');
    expect(a.differences[0]).toBe(
      'Attributed revenue (model credit): $8,000 against a peer median of $0, ahead of 100% of peers',
    );
    // C ties D and trails A on the same four: (0 + ½) / 2 = 25 each → under.
    expect(of(world.c).metrics.find((m) => m.metric === 'ropi')!.percentile).toBe(25);
    expect(of(world.c).flag).toBe('under');
    // B is alone in silver / NA: no percentile, no flag.
    expect(of(world.b).peers).toBe(1);
    expect(of(world.b).flag).toBeNull();
    const under = await findBenchmarks(t.systemCtx, { ...PERIOD, flag: 'under' }, fixedCredits);
    expect(under.items.map((i) => i.partnerId).sort()).toEqual([world.c, world.d].sort());
  });
});

/**
 * The real attribution engine, linear model. Won deals in the period with partner touches: D1 (A)
 * 1 000 000 USD, D2 (A and B, one touch each) 500 000 EUR, D4 (B) 200 000 CHF, D5 (A) 400 000 USD.
 * A gets D1, half of D2 and D5: 1 000 000 + 250 000 EUR × 1.08 + 400 000 = 1 670 000 USD; B half of
 * D2 = 270 000 USD (D4 has no exchange rate).
 */
describe('attributed revenue from the attribution engine', () => {
  it('credits each partner its linear share and prices ROPI on it', async () => {
    const { rows } = await scorecardRows(t.systemCtx, { groupBy: 'partner', ...PERIOD });
    const of = (id: string) => rows.find((r) => r.key === id)!.current;
    expect(of(world.a).attributedRevenue).toBe(1_670_000);
    expect(of(world.b).attributedRevenue).toBe(270_000);
    expect(of(world.a).ropi).toBe(0.321); // (1 670 000 × 0.5 − 632 000) / 632 000
    expect(of(world.b).ropi).toBe(-0.625); // (270 000 × 0.5 − 360 000) / 360 000
    const program = await scorecardRows(t.systemCtx, { groupBy: 'program', ...PERIOD });
    expect(program.rows[0]!.current.attributedRevenue).toBe(1_940_000);
  });
});
