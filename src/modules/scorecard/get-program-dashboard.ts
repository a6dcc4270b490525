import type { Ctx } from '../../platform/context.js';
import { summarizeFirstRevenueCohorts } from '../onboarding/find-first-revenue.js';
import type { AttributionSource } from './compute-metrics.js';
import { scorecardRows, sortRows } from './find-scorecard.js';
import { emptyMetricValues } from './metric-catalog.js';
import { cltvOf, directCacOf, periodLength } from './metric-formulas.js';
import { loadProgramAssumptions } from './program-assumptions.js';
import { revenueSeries } from './revenue-series.js';
import type { ProgramDashboard } from './scorecard.schemas.js';
import { periodInput, scorecardPeriod } from './scorecard-period.js';

/** A period longer than about a year reads better by quarter. */
const MONTHLY_UP_TO_DAYS = 400;

/** The program dashboard: program-wide KPIs with trend, the direct channel beside them, series, breakdowns. */
export async function getProgramDashboard(
  ctx: Ctx,
  query: { from?: string | undefined; to?: string | undefined },
  attribution?: AttributionSource,
): Promise<ProgramDashboard> {
  const input = periodInput(query, ctx.clock.now());
  const period = scorecardPeriod(input);
  const program = await scorecardRows(ctx, { groupBy: 'program', ...input }, attribution);
  const byTier = await scorecardRows(ctx, { groupBy: 'tier', ...input }, attribution);
  const byRegion = await scorecardRows(ctx, { groupBy: 'region', ...input }, attribution);
  const byType = await scorecardRows(ctx, { groupBy: 'type', ...input }, attribution);
  const assumptions = await loadProgramAssumptions(ctx.db);
  const length = periodLength(period.from, period.to);
  const interval = length.days > MONTHLY_UP_TO_DAYS ? 'quarter' : 'month';
  const series = await revenueSeries(
    ctx.db,
    { from: period.from, to: period.to, rates: assumptions.rates },
    interval,
  );
  const direct = program.current.direct;
  const programGroup = program.current.groups.get('program');
  const programRow = program.rows[0];
  const unconverted = new Set([
    ...program.context.unconvertedCurrencies,
    ...byTier.context.unconvertedCurrencies,
    ...byRegion.context.unconvertedCurrencies,
    ...byType.context.unconvertedCurrencies,
  ]);
  return {
    ...program.context,
    unconvertedCurrencies: [...unconverted].sort(),
    // A program without partners past prospect has no group row: every metric is then empty.
    program: programRow ?? {
      key: 'program',
      label: 'Program',
      partners: 0,
      current: emptyMetricValues(),
      previous: emptyMetricValues(),
    },
    direct: {
      cltv: cltvOf(direct, assumptions.settings, length),
      cac: directCacOf(direct, assumptions.settings, length),
      newCustomers: direct?.newCustomers ?? 0,
    },
    partnerNewCustomers: programGroup?.newCustomers ?? 0,
    interval,
    series,
    byTier: sortRows(byTier.rows, 'label'),
    byRegion: sortRows(byRegion.rows, 'label'),
    byType: sortRows(byType.rows, 'label'),
    firstRevenueCohorts: await summarizeFirstRevenueCohorts(ctx),
  };
}
