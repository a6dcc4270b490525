import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { regionOfCountry } from '../../analytics/leads/region-of-country.js';
import { convertMinor } from '../../analytics/program/co-innovation-metrics.js';
import { accounts } from '../../modules/accounts/accounts.table.js';
import { dealPartners, opportunities } from '../../modules/deals/deals.table.js';
import { partners } from '../../modules/partners/partners.table.js';
import { findCoInnovationProjects } from '../../modules/program/find-co-innovation-projects.js';
import { getProgramStage } from '../../modules/program/get-program-stage.js';
import { getWhiteSpace } from '../../modules/program/get-white-space.js';
import { loadTierProgram } from '../../modules/tiers/get-tier-program.js';
import { fixedClock } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { TestDatabase } from '../../testing/test-database.js';
import { DEMO_LAST_DAY, storyInstant } from '../demo-clock.js';
import { AI_LAUNCH_DAY } from '../program-events.js';
import { readerCtx } from './read-demo.js';

/** The demo's stage, white space and co-innovation, judged at the end of the story (after the last training run). */
export function describeProgramDemo(database: () => TestDatabase, _app: () => FastifyInstance): void {
  describe('the demo program stage and co-innovation', () => {
    const asOf = storyInstant(DEMO_LAST_DAY, 24 * 60 - 1);
    const ctx = (): Ctx => ({ ...readerCtx(database().database.db), clock: fixedClock(asOf, 0) });

    it('measures partner types, regions and active partners as the partner list shows them', async () => {
      const rows = await ctx().db.select().from(partners);
      const active = rows.filter((p) => p.stage === 'active' || p.stage === 'at_risk');
      const assessment = await getProgramStage(ctx());
      const value = (key: string) =>
        assessment.stages.flatMap((s) => s.capabilities).find((c) => c.key === key)!.value;
      expect(value('design_partners')).toBe(active.length);
      expect(value('partner_types')).toBe(new Set(active.map((p) => p.type)).size);
      expect(value('regions')).toBe(new Set(active.flatMap((p) => p.regions)).size);
    });

    it('shows the stage the demo data supports, with the capabilities the story lacks', async () => {
      const assessment = await getProgramStage(ctx());
      const measured = assessment.stages.map(
        (s) =>
          `${s.stage} ${s.metCount}/${s.capabilities.length}: ${s.capabilities.map((c) => `${c.key}=${c.value}`).join(' ')}`,
      );
      expect({ stage: assessment.stage, next: assessment.next, measured }).toMatchInlineSnapshot(`
        {
          "measured": [
            "startup 2/2: design_partners=39 partner_wins=96",
            "growth 4/4: registrations=212 ipp_criteria=6 onboarding_templates=5 onboardings_completed=36",
            "scale_up 4/4: tiers_evaluated=48 courses_published=9 certified_people=71 tpma_campaigns=10",
            "global 9/11: partner_scale=39 partner_types=6 regions=4 co_sell_deals=241 mdf_paid=5 incentives=200 leads_routed=789 survey_responses=220 webhooks=0 analytics_models=3 account_mapping=6",
          ],
          "next": null,
          "stage": "global",
        }
      `);
      expect(assessment.missing.map((c) => `${c.key}=${c.value}/${c.threshold}`)).toMatchInlineSnapshot(`[]`);
      expect(assessment.gaps.map((c) => `${c.key}=${c.value}/${c.threshold}`)).toMatchInlineSnapshot(`
        [
          "partner_scale=39/100",
          "webhooks=0/1",
        ]
      `);
    });

    it('lists white space for mapped partners and "no mapping yet" for the others', async () => {
      const report = await getWhiteSpace(ctx());
      expect(report.totals.mappedPartners).toBeGreaterThan(0);
      expect(report.totals.unmappedPartners).toBeGreaterThan(0);
      expect(report.partners.filter((p) => p.mapping === 'none').every((p) => p.whiteSpace === null)).toBe(
        true,
      );
    });

    it('has three projects, the AI one launched, with metrics matching a count by hand', async () => {
      const page = await findCoInnovationProjects(ctx(), { limit: 10, sort: 'name' });
      expect(page.items.map((p) => p.status).sort()).toEqual(['building', 'idea', 'launched']);
      const ai = page.items.find((p) => p.status === 'launched')!;
      expect(ai.solutionProductLine).toBe('AI Studio');
      expect(ai.launchedAt).toBe(storyInstant(AI_LAUNCH_DAY, 0).toISOString());
      expect(ai.newMarkets.industries.length + ai.newMarkets.regions.length).toBeGreaterThan(0);

      const db = ctx().db;
      const since = Date.parse(ai.launchedAt!);
      const won = (await db.select().from(opportunities)).filter(
        (o) => o.stage === 'closed_won' && (o.closedAt ?? new Date(o.closeDate)).getTime() >= since,
      );
      const members = new Set(ai.partners.map((p) => p.partnerId));
      const withPartner = new Set(
        (await db.select().from(dealPartners))
          .filter((d) => members.has(d.partnerId))
          .map((d) => d.opportunityId),
      );
      const accountOf = new Map((await db.select().from(accounts)).map((a) => [a.id, a]));
      const hasLine = (o: (typeof won)[number]) =>
        o.productLines.some((l) => l.toLowerCase() === 'ai studio');
      const solution = won.filter(hasLine);
      const fresh = solution.filter((o) => {
        const account = accountOf.get(o.accountId);
        return (
          ai.newMarkets.industries.includes(account?.industry ?? '') ||
          ai.newMarkets.regions.includes(regionOfCountry(account?.country) ?? '')
        );
      });
      const program = await loadTierProgram(db);
      const exchange = { base: program.currency, rates: program.exchangeRates };
      const usd = (o: (typeof won)[number]) => convertMinor(o.amountMinor, o.currency, 'USD', exchange) ?? 0;
      const revenue = solution.reduce((sum, o) => sum + usd(o), 0);
      expect(solution.length).toBeGreaterThan(0);
      expect(fresh.length).toBeGreaterThan(0);
      expect(ai.metrics).toMatchObject({
        wonDeals: won.length,
        solutionWonDeals: solution.length,
        partnerWonDeals: won.filter((o) => withPartner.has(o.id)).length,
        partnerSolutionWonDeals: solution.filter((o) => withPartner.has(o.id)).length,
        newMarketDeals: fresh.length,
        solutionRevenueMinor: revenue,
        newMarketRevenueMinor: fresh.reduce((sum, o) => sum + usd(o), 0),
        unconvertedCurrencies: [],
      });
      expect(ai.metrics.attachRate).toBeCloseTo((solution.length / won.length) * 100, 2);
    });
  });
}
