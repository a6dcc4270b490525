import { and, eq, gte, lt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { dealPartners, opportunities } from '../../modules/deals/deals.table.js';
import { benchmarkPartners } from '../../modules/scorecard/benchmark-partners.js';
import { scorecardRows } from '../../modules/scorecard/find-scorecard.js';
import { getProgramDashboard } from '../../modules/scorecard/get-program-dashboard.js';
import { METRIC_KEYS } from '../../modules/scorecard/metric-catalog.js';
import { loadTierProgram } from '../../modules/tiers/get-tier-program.js';
import type { TestDatabase } from '../../testing/test-database.js';
import { DEMO_LAST_DAY, storyInstant } from '../demo-clock.js';
import { readerCtx } from './read-demo.js';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The demo program's last twelve months of story, as a scorecard period. */
function lastYear() {
  return { from: day(storyInstant(DEMO_LAST_DAY - 364)), to: day(storyInstant(DEMO_LAST_DAY + 1)) };
}

export function describeScorecardDemo(database: () => TestDatabase, _app: () => FastifyInstance): void {
  describe('the demo scorecard and benchmarks', () => {
    const ctx = () => readerCtx(database().database.db);

    it("matches a partner's sourced revenue counted by hand from the deal tables", async () => {
      const period = lastYear();
      const { rows } = await scorecardRows(ctx(), { groupBy: 'partner', ...period });
      const top = [...rows].sort(
        (a, b) => (b.current.sourcedRevenue ?? 0) - (a.current.sourcedRevenue ?? 0),
      )[0]!;
      expect(top.current.sourcedRevenue).toBeGreaterThan(0);
      const program = await loadTierProgram(ctx().db);
      const won = await ctx()
        .db.select({ amount: opportunities.amountMinor, currency: opportunities.currency })
        .from(dealPartners)
        .innerJoin(opportunities, eq(opportunities.id, dealPartners.opportunityId))
        .where(
          and(
            eq(dealPartners.partnerId, top.key),
            eq(dealPartners.role, 'sourcing'),
            eq(opportunities.stage, 'closed_won'),
            gte(opportunities.closedAt, new Date(`${period.from}T00:00:00Z`)),
            lt(opportunities.closedAt, new Date(`${period.to}T00:00:00Z`)),
          ),
        );
      let byHand = 0;
      for (const deal of won) {
        const rate = deal.currency === program.currency ? 1 : program.exchangeRates[deal.currency];
        if (rate !== undefined) byHand += Math.round(deal.amount * rate);
      }
      expect(top.current.sourcedRevenue).toBe(byHand);
    });

    it('has every metric for the well-established partners, and the program figures are in range', async () => {
      const period = lastYear();
      const { rows } = await scorecardRows(ctx(), { groupBy: 'partner', ...period });
      const complete = rows.filter((r) => METRIC_KEYS.every((key) => r.current[key] !== null));
      const missing = (r: (typeof rows)[number]) => METRIC_KEYS.filter((key) => r.current[key] === null);
      const busiest = [...rows].sort(
        (a, b) => (b.current.sourcedRevenue ?? 0) - (a.current.sourcedRevenue ?? 0),
      )[0]!;
      expect(missing(busiest), `${busiest.label} lacks metrics`).toEqual([]);
      expect(complete.length).toBeGreaterThanOrEqual(3);
      const dashboard = await getProgramDashboard(ctx(), period);
      const program = dashboard.program.current;
      expect(program.winRate!).toBeGreaterThan(0);
      expect(program.winRate!).toBeLessThan(1);
      expect(program.psat!).toBeGreaterThanOrEqual(0);
      expect(program.psat!).toBeLessThanOrEqual(100);
      expect(program.sourcedRevenue!).toBeGreaterThan(0);
      expect(dashboard.series.reduce((sum, p) => sum + p.sourcedRevenue, 0)).toBe(program.sourcedRevenue);
      expect(dashboard.byTier.length).toBeGreaterThan(1);
      expect(dashboard.direct.newCustomers).toBeGreaterThan(0);
    });

    it('flags at least one under- and one over-performer with what differs', async () => {
      const benchmarks = await benchmarkPartners(ctx(), lastYear());
      const under = benchmarks.filter((b) => b.flag === 'under');
      const over = benchmarks.filter((b) => b.flag === 'over');
      expect(under.length).toBeGreaterThan(0);
      expect(over.length).toBeGreaterThan(0);
      for (const flagged of [...under, ...over]) {
        expect(flagged.peers).toBeGreaterThanOrEqual(3);
        expect(flagged.differences.length).toBeGreaterThan(0);
      }
    });
  });
}
