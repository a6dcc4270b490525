import type { Ctx } from '../../platform/context.js';
import { benchmarkPartnersWith, type PartnerBenchmark } from './benchmark-partners.js';
import type { AttributionSource } from './compute-metrics.js';
import { loadProgramAssumptions } from './program-assumptions.js';
import { periodInput } from './scorecard-period.js';

export interface FindBenchmarksInput {
  from?: string | undefined;
  to?: string | undefined;
  flag?: 'under' | 'over' | 'any' | undefined;
  tier?: string | undefined;
  region?: string | undefined;
}

/** GET /api/benchmarks: every partner's standing among its peers, filtered by flag, tier and region. */
export async function findBenchmarks(
  ctx: Ctx,
  input: FindBenchmarksInput,
  attribution?: AttributionSource,
): Promise<{ currency: string; items: PartnerBenchmark[] }> {
  const { flag, tier, region, ...period } = input;
  const all = await benchmarkPartnersWith(ctx, periodInput(period, ctx.clock.now()), attribution);
  const items = all.filter(
    (b) =>
      (!flag || (flag === 'any' ? b.flag !== null : b.flag === flag)) &&
      (!tier || b.tier === tier) &&
      (!region || b.region === region),
  );
  const { currency } = await loadProgramAssumptions(ctx.db);
  return { currency, items };
}
