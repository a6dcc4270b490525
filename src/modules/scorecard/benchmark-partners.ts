import { ne } from 'drizzle-orm';
import { benchmarkPeers } from '../../analytics/benchmark/peer-percentiles.js';
import type { Ctx } from '../../platform/context.js';
import { partners } from '../partners/partners.table.js';
import { type AttributionSource, computeMetrics } from './compute-metrics.js';
import { describeMetric } from './describe-metric.js';
import { METRICS } from './metric-catalog.js';
import { loadProgramAssumptions } from './program-assumptions.js';
import { scorecardPeriod } from './scorecard-period.js';

export interface BenchmarkQuery {
  /** The period the scorecard metrics cover, [from, to) as ISO dates. */
  from: string;
  to: string;
  partnerId?: string;
}

export interface PartnerBenchmark {
  partnerId: string;
  partnerName: string;
  tier: string | null;
  region: string | null;
  /** Partners in the same tier and region, this one included. */
  peers: number;
  metrics: {
    metric: string;
    label: string;
    value: number | null;
    peerMedian: number | null;
    /** 0–100 within the peer group; null when the value or the peer group is missing. */
    percentile: number | null;
    /** Whether a higher value is better for this metric. */
    higherIsBetter: boolean;
  }[];
  /** under or over-performer against the peer group, or null. */
  flag: 'under' | 'over' | null;
  /** Readable sentences on what differs most from the peers. */
  differences: string[];
}

/**
 * Each partner's percentile against peers in the same tier and region on every scorecard metric.
 * A partner's region is its first listed one. Peers are every partner past prospect, so the whole
 * program is computed even when one partner is asked for.
 */
export async function benchmarkPartners(ctx: Ctx, query: BenchmarkQuery): Promise<PartnerBenchmark[]> {
  return benchmarkPartnersWith(ctx, query);
}

export async function benchmarkPartnersWith(
  ctx: Ctx,
  query: BenchmarkQuery,
  attribution?: AttributionSource,
): Promise<PartnerBenchmark[]> {
  const period = scorecardPeriod(query);
  const assumptions = await loadProgramAssumptions(ctx.db);
  const computed = await computeMetrics(
    ctx,
    { groupBy: 'partner', from: period.from, to: period.to, rates: assumptions.rates },
    assumptions,
    attribution,
  );
  const rows = await ctx.db
    .select({ id: partners.id, name: partners.name, tier: partners.tier, regions: partners.regions })
    .from(partners)
    .where(ne(partners.stage, 'prospect'))
    .orderBy(partners.name, partners.id);
  const subjects = rows
    .filter((p) => computed.groups.has(p.id))
    .map((p) => ({
      id: p.id,
      name: p.name,
      tier: p.tier,
      region: p.regions[0] ?? null,
      peerGroup: `${p.tier ?? ''}|${p.regions[0] ?? ''}`,
      values: computed.groups.get(p.id)!.values,
    }));
  const standings = benchmarkPeers(subjects, METRICS, describeMetric(assumptions.currency));
  return subjects
    .map((subject, i) => {
      const standing = standings[i]!;
      return {
        partnerId: subject.id,
        partnerName: subject.name,
        tier: subject.tier,
        region: subject.region,
        peers: standing.peers,
        metrics: standing.metrics,
        flag: standing.flag,
        differences: standing.differences,
      };
    })
    .filter((b) => !query.partnerId || b.partnerId === query.partnerId);
}
