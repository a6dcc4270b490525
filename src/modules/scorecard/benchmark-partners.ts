import type { Ctx } from '../../platform/context.js';

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

/** Each partner's percentile against peers in the same tier and region on every scorecard metric. */
export async function benchmarkPartners(_ctx: Ctx, _query: BenchmarkQuery): Promise<PartnerBenchmark[]> {
  throw new Error('benchmarkPartners is not built yet');
}
