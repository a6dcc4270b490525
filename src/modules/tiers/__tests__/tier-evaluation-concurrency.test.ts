/**
 * Tier evaluations running while a partner's deals close, on real PostgreSQL: every request succeeds,
 * each evaluation sees whole deals (before or after a close, never half of one), the partner's tier
 * always matches the last entry of its history, no move is recorded twice, and one more evaluation
 * afterwards lands on the tier the final metrics give. PGlite runs one statement at a time: PostgreSQL only.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx vitest run \
 *     src/modules/tiers/__tests__/tier-evaluation-concurrency.test.ts
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../platform/db/rows.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { dealApi } from '../../deals/__tests__/deal-test-helpers.js';
import { DEFAULT_TIER_PROGRAM } from '../default-tier-program.js';

let t: TestApp;
const api = dealApi(() => t);
const DEALS = 8;
/** The default program with criteria the test's deals reach: gold at $2,000 over 2 won deals, platinum at $6,000 over 6. */
const CRITERIA: Record<string, Array<{ metric: string; min: number }>> = {
  silver: [],
  gold: [
    { metric: 'sourcedRevenueMinor', min: 2_000_00 },
    { metric: 'wonDeals', min: 2 },
  ],
  platinum: [
    { metric: 'sourcedRevenueMinor', min: 6_000_00 },
    { metric: 'wonDeals', min: 6 },
  ],
};
const PROGRAM = {
  ...DEFAULT_TIER_PROGRAM,
  demotionGraceDays: 30,
  tiers: DEFAULT_TIER_PROGRAM.tiers.map((tier) => ({ ...tier, criteria: CRITERIA[tier.key] ?? [] })),
};

const dealIds: string[] = [];

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) return;
  t = await createTestApp();
  expect((await api.call('admin', 'PUT', '/api/tiers', PROGRAM)).statusCode).toBe(200);
  for (let i = 0; i < DEALS; i++) {
    const accountId = await api.createAccount(`Concurrent Tier Customer ${i}`);
    const deal = await api.createDeal({ accountId, amountMinor: 1_000_00, currency: 'USD' });
    await api.addPartner(deal.id, t.fixtures.partnerA, 'sourcing');
    dealIds.push(deal.id);
  }
});
afterAll(async () => t?.close());

describe.runIf(process.env.TEST_DATABASE_URL)('tier evaluation during deal closes (PostgreSQL)', () => {
  it('stays consistent while deals close and evaluations run at the same time', async () => {
    const closes = dealIds.map((id) =>
      api.call('sales_rep', 'POST', `/api/deals/${id}/close`, { outcome: 'won', reason: 'Signed' }),
    );
    const evaluations = Array.from({ length: 6 }, () =>
      api.call('partner_manager', 'POST', '/api/tiers/evaluate', { dryRun: false }),
    );
    const answers = await Promise.all([...closes, ...evaluations]);
    expect(answers.map((res) => res.statusCode)).toEqual([
      ...dealIds.map(() => 200),
      ...evaluations.map(() => 200),
    ]);

    // Each evaluation counted whole deals: won deals and sourced revenue move together.
    for (const res of answers.slice(DEALS)) {
      const mine = res
        .json()
        .evaluations.find((e: { partnerId: string }) => e.partnerId === t.fixtures.partnerA);
      expect(mine.metrics.sourcedRevenueMinor).toBe(mine.metrics.wonDeals * 1_000_00);
    }

    const final = await api.call('partner_manager', 'POST', '/api/tiers/evaluate', { dryRun: false });
    expect(final.statusCode).toBe(200);
    const [partner] = await queryRows<{ tier: string }>(
      t.systemCtx.db,
      sql`SELECT tier FROM partners WHERE id = ${t.fixtures.partnerA}`,
    );
    expect(partner!.tier).toBe('platinum');
    const history = await queryRows<{ action: string; from_tier: string | null; to_tier: string | null }>(
      t.systemCtx.db,
      sql`SELECT action, from_tier, to_tier FROM tier_history WHERE partner_id = ${t.fixtures.partnerA} ORDER BY at, id`,
    );
    expect(history.at(-1)!.to_tier).toBe('platinum');
    const moves = history.map((h) => `${h.from_tier}→${h.to_tier}`);
    expect(new Set(moves).size).toBe(moves.length);
    // Every move starts where the previous one ended.
    for (let i = 1; i < history.length; i++) expect(history[i]!.from_tier).toBe(history[i - 1]!.to_tier);
    const [states] = await queryRows<{ n: number }>(
      t.systemCtx.db,
      sql`SELECT count(*)::int AS n FROM partner_tier_states WHERE partner_id = ${t.fixtures.partnerA}`,
    );
    expect(states!.n).toBe(1);
  });
});
