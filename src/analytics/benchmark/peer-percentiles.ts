/**
 * Peer benchmarking: where a partner stands among partners of the same peer group (tier and region)
 * on each metric, and whether it under- or over-performs overall.
 *
 * Percentile = the share of the other peers with a value that this partner does better than, ties
 * counting half, in percent: 100 is best in the group, 0 worst, whichever way the metric points.
 * A metric gets no percentile when the partner has no value or no other peer has one.
 */

export interface BenchmarkMetricSpec {
  key: string;
  label: string;
  higherIsBetter: boolean;
}

export interface BenchmarkSubject {
  id: string;
  peerGroup: string;
  values: Record<string, number | null>;
}

export interface MetricStanding {
  metric: string;
  label: string;
  value: number | null;
  peerMedian: number | null;
  percentile: number | null;
  higherIsBetter: boolean;
}

export interface Standing {
  id: string;
  peers: number;
  metrics: MetricStanding[];
  flag: 'under' | 'over' | null;
  differences: string[];
}

export interface BenchmarkRules {
  /** Smallest peer group (the partner included) in which a flag means anything. */
  minPeers: number;
  /** Metrics with a percentile needed before a partner is flagged. */
  minMetrics: number;
  /** Mean percentile at or below which a partner is an under-performer; 100 − this for over. */
  flagBelow: number;
  /** For a partner without a flag, a metric this far from the middle (50) is named as a difference. */
  differenceFrom: number;
  maxDifferences: number;
}

export const DEFAULT_BENCHMARK_RULES: BenchmarkRules = {
  minPeers: 3,
  minMetrics: 3,
  flagBelow: 30,
  differenceFrom: 25,
  maxDifferences: 3,
};

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** This value's percentile among the peer values (its own value included once in peerValues). */
export function percentileAmong(
  value: number,
  peerValues: readonly number[],
  higherIsBetter: boolean,
): number | null {
  const others = peerValues.length - 1;
  if (others < 1) return null;
  let beaten = 0;
  let tied = -1; // the partner's own value
  for (const v of peerValues) {
    if (v === value) tied += 1;
    else if (higherIsBetter ? v < value : v > value) beaten += 1;
  }
  return Math.round(((beaten + tied / 2) / others) * 1000) / 10;
}

export type DescribeValue = (metric: string, value: number | null) => string;

function differenceSentence(m: MetricStanding, describe: DescribeValue): string {
  const standing = m.percentile! >= 50 ? 'ahead of' : 'behind';
  const share = m.percentile! >= 50 ? m.percentile! : 100 - m.percentile!;
  return `${m.label}: ${describe(m.metric, m.value)} against a peer median of ${describe(m.metric, m.peerMedian)}, ${standing} ${Math.round(share)}% of peers`;
}

/** Percentiles, flags and differences for every subject within its peer group. */
export function benchmarkPeers(
  subjects: readonly BenchmarkSubject[],
  metrics: readonly BenchmarkMetricSpec[],
  describe: DescribeValue,
  rules: BenchmarkRules = DEFAULT_BENCHMARK_RULES,
): Standing[] {
  const groups = new Map<string, BenchmarkSubject[]>();
  for (const s of subjects) groups.set(s.peerGroup, [...(groups.get(s.peerGroup) ?? []), s]);
  return subjects.map((subject) => {
    const peers = groups.get(subject.peerGroup)!;
    const standings = metrics.map((metric): MetricStanding => {
      const peerValues = peers.flatMap((p) => {
        const v = p.values[metric.key];
        return v === null || v === undefined ? [] : [v];
      });
      const value = subject.values[metric.key] ?? null;
      return {
        metric: metric.key,
        label: metric.label,
        value,
        peerMedian: median(peerValues),
        percentile: value === null ? null : percentileAmong(value, peerValues, metric.higherIsBetter),
        higherIsBetter: metric.higherIsBetter,
      };
    });
    const ranked = standings.filter((m) => m.percentile !== null);
    const mean = ranked.length ? ranked.reduce((sum, m) => sum + m.percentile!, 0) / ranked.length : null;
    let flag: Standing['flag'] = null;
    if (mean !== null && peers.length >= rules.minPeers && ranked.length >= rules.minMetrics) {
      if (mean <= rules.flagBelow) flag = 'under';
      else if (mean >= 100 - rules.flagBelow) flag = 'over';
    }
    // A flagged partner always gets its furthest metrics on the flag's side; others only clear outliers.
    const differences = ranked
      .filter((m) =>
        flag === 'under'
          ? m.percentile! < 50
          : flag === 'over'
            ? m.percentile! > 50
            : Math.abs(m.percentile! - 50) >= rules.differenceFrom,
      )
      .sort(
        (a, b) =>
          Math.abs(b.percentile! - 50) - Math.abs(a.percentile! - 50) || a.metric.localeCompare(b.metric),
      )
      .slice(0, rules.maxDifferences)
      .map((m) => differenceSentence(m, describe));
    return { id: subject.id, peers: peers.length, metrics: standings, flag, differences };
  });
}
