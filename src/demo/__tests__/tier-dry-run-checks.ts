import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateTiers, type TierEvaluationRun } from '../../modules/tiers/evaluate-tiers.js';
import { systemActor } from '../../platform/actor.js';
import { fixedClock } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';
import type { TestDatabase } from '../../testing/test-database.js';
import { DEMO_LAST_DAY, storyInstant } from '../demo-clock.js';
import { countTiersByHand, type HandCount } from './count-tiers-by-hand.js';

/** After the story's last event: the state a fresh `trellis demo` shows. */
const AS_OF = storyInstant(DEMO_LAST_DAY, 24 * 60);

const snapshot = (database: TestDatabase) =>
  queryRows(
    database.database.db,
    sql`SELECT (SELECT count(*)::int FROM tier_history) AS history,
               (SELECT string_agg(id || ':' || coalesce(tier, '-'), ',' ORDER BY id) FROM partners) AS tiers,
               (SELECT string_agg(partner_id || ':' || coalesce(pending_tier, '-'), ',' ORDER BY partner_id)
                  FROM partner_tier_states) AS states`,
  );

const tally = (tiers: (string | null)[]) =>
  tiers.reduce<Record<string, number>>((acc, tier) => {
    acc[tier ?? 'none'] = (acc[tier ?? 'none'] ?? 0) + 1;
    return acc;
  }, {});

/**
 * Checks on the seeded demo program (run by demo-program.test.ts on its database, so the whole demo is
 * seeded once): a tier dry run, against a count by hand from the raw tables.
 */
export function describeTierDryRun(database: () => TestDatabase): void {
  describe('a tier dry run on the demo program', () => {
    let db: TestDatabase;
    let run: TierEvaluationRun;
    let byHand: Map<string, HandCount>;
    let before: unknown[];

    beforeAll(async () => {
      db = database();
      before = await snapshot(db);
      const ctx: Ctx = {
        db: db.database.db,
        actor: systemActor('test'),
        clock: fixedClock(AS_OF),
        ids: () => {
          throw new Error('A dry run creates nothing');
        },
        requestId: null,
      };
      run = await evaluateTiers(ctx, { dryRun: true });
      byHand = await countTiersByHand(db.database.db, AS_OF);
    });

    it('evaluates every partner in onboarding, active or at risk, and changes nothing', async () => {
      expect(run.dryRun).toBe(true);
      expect(run.evaluatedAt).toBe(AS_OF.toISOString());
      expect(new Set(run.evaluations.map((e) => e.partnerId))).toEqual(new Set(byHand.keys()));
      expect(run.unconvertedCurrencies).toEqual([]);
      expect(await snapshot(db)).toEqual(before);
    });

    it('agrees partner by partner with the metrics and the tier counted by hand', () => {
      for (const evaluation of run.evaluations) {
        const hand = byHand.get(evaluation.partnerId)!;
        expect(evaluation.metrics, evaluation.partnerName).toEqual(hand.metrics);
        expect(evaluation.qualifiedTier, evaluation.partnerName).toBe(hand.qualifiedTier);
      }
    });

    it('counts as many partners per tier as the hand count, and the program is not one tier for all', () => {
      const dry = tally(run.evaluations.map((e) => e.qualifiedTier));
      const hand = tally([...byHand.values()].map((h) => h.qualifiedTier));
      expect(dry).toEqual(hand);
      expect(hand.silver).toBeGreaterThan(10);
      expect(hand.gold).toBeGreaterThan(0);
      expect(hand.platinum).toBeGreaterThan(0);
    });
  });
}
