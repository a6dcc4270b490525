import { sql } from 'drizzle-orm';
import { regionOfCountry } from '../../analytics/leads/region-of-country.js';
import {
  computeCoInnovationMetrics,
  type SolutionDealGroup,
  type WonDealCounts,
} from '../../analytics/program/co-innovation-metrics.js';
import type { Ctx } from '../../platform/context.js';
import { accounts } from '../accounts/accounts.table.js';
import { dealPartners, opportunities } from '../deals/deals.table.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import type { CoInnovationMetrics, NewMarkets } from './program.schemas.js';
import { coInnovationPartners, coInnovationProjects } from './program.table.js';
import { readGrossMargin } from './read-gross-margin.js';

export interface MeasuredProject {
  id: string;
  currency: string;
  buildCostMinor: number;
  newMarkets: NewMarkets;
  launchedAt: Date | null;
}

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** The won deals of each launched project's period, joined once: the solution flag and the partner flag. */
function wonSince(ids: string[], now: Date) {
  const wonAt = sql`coalesce(o.closed_at, o.close_date::timestamptz)`;
  return sql`
    select p.id as project_id, o.id as opportunity_id, o.currency, o.amount_minor, o.account_id,
      exists (select 1 from unnest(o.product_lines) line where lower(line) = lower(p.solution_product_line)) as solution,
      exists (
        select 1 from ${dealPartners} dp join ${coInnovationPartners} cp
          on cp.partner_id = dp.partner_id and cp.project_id = p.id
        where dp.opportunity_id = o.id
      ) as partner
    from ${coInnovationProjects} p
    join ${opportunities} o on o.stage = 'closed_won' and ${wonAt} >= p.launched_at and ${wonAt} < ${now.toISOString()}::timestamptz
    where p.id in (${idList(ids)}) and p.launched_at is not null`;
}

/** Metrics for several projects with two set-based queries: counts per project, solution deals per market. */
export async function measureCoInnovation(
  ctx: Ctx,
  projects: MeasuredProject[],
): Promise<Map<string, CoInnovationMetrics>> {
  const now = ctx.clock.now();
  const launched = projects.filter((p) => p.launchedAt !== null).map((p) => p.id);
  const counts = new Map<string, WonDealCounts>();
  const groups = new Map<string, SolutionDealGroup[]>();
  if (launched.length > 0) {
    const countRows = (await ctx.db.execute(sql`
      with won as (${wonSince(launched, now)})
      select project_id, count(*)::int as won,
        count(*) filter (where solution)::int as solution_won,
        count(*) filter (where partner)::int as partner_won,
        count(*) filter (where solution and partner)::int as partner_solution_won
      from won group by project_id`)) as unknown as {
      rows: {
        project_id: string;
        won: number;
        solution_won: number;
        partner_won: number;
        partner_solution_won: number;
      }[];
    };
    for (const row of countRows.rows) {
      counts.set(row.project_id, {
        won: Number(row.won),
        solutionWon: Number(row.solution_won),
        partnerWon: Number(row.partner_won),
        partnerSolutionWon: Number(row.partner_solution_won),
      });
    }
    const groupRows = (await ctx.db.execute(sql`
      with won as (${wonSince(launched, now)})
      select won.project_id, won.currency, a.country, a.industry,
        count(*)::int as deals, sum(won.amount_minor)::text as amount
      from won left join ${accounts} a on a.id = won.account_id
      where won.solution
      group by won.project_id, won.currency, a.country, a.industry`)) as unknown as {
      rows: {
        project_id: string;
        currency: string;
        country: string | null;
        industry: string | null;
        deals: number;
        amount: string;
      }[];
    };
    for (const row of groupRows.rows) {
      const list = groups.get(row.project_id) ?? [];
      list.push({
        currency: row.currency,
        country: row.country,
        industry: row.industry,
        deals: Number(row.deals),
        amountMinor: Number(row.amount),
      });
      groups.set(row.project_id, list);
    }
  }
  const margin = await readGrossMargin(ctx.db);
  const tierProgram = await loadTierProgram(ctx.db);
  const exchange = { base: tierProgram.currency, rates: tierProgram.exchangeRates };
  const out = new Map<string, CoInnovationMetrics>();
  for (const project of projects) {
    const projectCounts = counts.get(project.id) ?? {
      won: 0,
      solutionWon: 0,
      partnerWon: 0,
      partnerSolutionWon: 0,
    };
    const result = computeCoInnovationMetrics({
      counts: projectCounts,
      solutionDeals: groups.get(project.id) ?? [],
      newMarkets: project.newMarkets,
      currency: project.currency,
      buildCostMinor: project.buildCostMinor,
      grossMarginPct: margin.pct,
      exchange,
      regionOfCountry,
    });
    out.set(project.id, {
      currency: project.currency,
      from: project.launchedAt?.toISOString() ?? null,
      to: now.toISOString(),
      wonDeals: projectCounts.won,
      solutionWonDeals: projectCounts.solutionWon,
      partnerWonDeals: projectCounts.partnerWon,
      partnerSolutionWonDeals: projectCounts.partnerSolutionWon,
      ...result,
      // Before launch nothing has been earned yet, so a return is not meaningful (not −100 %).
      roi: project.launchedAt ? result.roi : null,
      grossMarginPct: margin.pct,
      grossMarginSource: margin.source,
      buildCostMinor: project.buildCostMinor,
    });
  }
  return out;
}
