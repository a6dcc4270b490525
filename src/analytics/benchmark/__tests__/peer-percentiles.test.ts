import { describe, expect, it } from 'vitest';
import { benchmarkPeers, median, percentileAmong } from '../peer-percentiles.js';

describe('percentileAmong', () => {
  it.each([
    // value, peer values (own included), higher is better, expected
    [30, [10, 20, 30, 40, 50], true, 50], // beats 2 of 4 others
    [50, [10, 20, 30, 40, 50], true, 100],
    [10, [10, 20, 30, 40, 50], true, 0],
    [10, [10, 20, 30, 40, 50], false, 100], // lower is better: the smallest is best
    [20, [20, 20, 40], true, 25], // one tie (half) of two others
    [5, [5, 5], true, 50],
    [5, [5], true, null], // nobody to compare with
    [7, [1, 7, 9, 12], true, 33.3],
  ] as const)('%d among %j (higher better %s) → %s', (value, peers, higher, expected) => {
    expect(percentileAmong(value, peers, higher)).toBe(expected);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ] as const)('%j → %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('benchmarkPeers', () => {
  const metrics = [
    { key: 'revenue', label: 'Revenue', higherIsBetter: true },
    { key: 'winRate', label: 'Win rate', higherIsBetter: true },
    { key: 'cycle', label: 'Cycle', higherIsBetter: false },
  ];
  const describeValue = (_m: string, v: number | null) => (v === null ? 'none' : String(v));
  const subject = (
    id: string,
    peerGroup: string,
    revenue: number | null,
    winRate: number | null,
    cycle: number | null,
  ) => ({
    id,
    peerGroup,
    values: { revenue, winRate, cycle },
  });

  it('flags the partner worst on every metric as under and the best as over, within its own peer group', () => {
    const standings = benchmarkPeers(
      [
        subject('low', 'gold|EMEA', 100, 0.1, 90),
        subject('mid', 'gold|EMEA', 200, 0.3, 60),
        subject('high', 'gold|EMEA', 300, 0.5, 30),
        // Another group: even worse figures do not change the gold/EMEA standings.
        subject('other', 'silver|NA', 1, 0.01, 400),
      ],
      metrics,
      describeValue,
    );
    const [low, mid, high, other] = standings;
    // low beats nobody on any metric: 0 each, mean 0 → under.
    expect(low!.metrics.map((m) => m.percentile)).toEqual([0, 0, 0]);
    expect(low!.flag).toBe('under');
    expect(low!.peers).toBe(3);
    expect(low!.metrics[0]!.peerMedian).toBe(200);
    // mid beats one of two: 50 each → no flag, and nothing 25 points off the middle to name.
    expect(mid!.metrics.map((m) => m.percentile)).toEqual([50, 50, 50]);
    expect(mid!.flag).toBeNull();
    expect(mid!.differences).toEqual([]);
    expect(high!.flag).toBe('over');
    expect(high!.differences[0]).toBe('Cycle: 30 against a peer median of 60, ahead of 100% of peers');
    expect(high!.differences).toHaveLength(3);
    // Alone in its group: no percentile, no flag.
    expect(other!.peers).toBe(1);
    expect(other!.metrics.every((m) => m.percentile === null)).toBe(true);
    expect(other!.flag).toBeNull();
  });

  it('leaves metrics without a value out of the percentile and the flag', () => {
    const standings = benchmarkPeers(
      [
        subject('a', 'g', 100, null, null),
        subject('b', 'g', 200, 0.2, null),
        subject('c', 'g', 300, 0.4, null),
      ],
      metrics,
      describeValue,
    );
    const a = standings[0]!;
    expect(a.metrics.map((m) => m.percentile)).toEqual([0, null, null]);
    // Only one ranked metric: fewer than the three a flag needs.
    expect(a.flag).toBeNull();
    expect(a.differences).toEqual(['Revenue: 100 against a peer median of 200, behind 100% of peers']);
    expect(standings[1]!.metrics[1]!.peerMedian).toBeCloseTo(0.3, 10);
  });

  it('needs three peers before flagging', () => {
    const standings = benchmarkPeers(
      [subject('a', 'g', 1, 0.1, 90), subject('b', 'g', 2, 0.2, 80)],
      metrics,
      describeValue,
    );
    expect(standings[0]!.metrics.map((m) => m.percentile)).toEqual([0, 0, 0]);
    expect(standings.map((s) => s.flag)).toEqual([null, null]);
  });
});

describe('differences of a flagged partner', () => {
  it('names its weakest metrics even when none is far from the middle', () => {
    const metrics = ['m1', 'm2', 'm3'].map((key) => ({ key, label: key, higherIsBetter: true }));
    // Peers 0–9 with the same value on each metric; partner p sits at rank 3 of 10 on all three:
    // beats 3 of 9 → 33.3 each. A looser flag threshold (35) flags it; 33.3 is within 25 of 50.
    const subjects = Array.from({ length: 10 }, (_, i) => ({
      id: i === 3 ? 'p' : `peer${i}`,
      peerGroup: 'g',
      values: { m1: i, m2: i, m3: i },
    }));
    const rules = { minPeers: 3, minMetrics: 3, flagBelow: 35, differenceFrom: 25, maxDifferences: 2 };
    const p = benchmarkPeers(subjects, metrics, (_m, v) => String(v), rules).find((s) => s.id === 'p')!;
    expect(p.metrics.map((m) => m.percentile)).toEqual([33.3, 33.3, 33.3]);
    expect(p.flag).toBe('under');
    expect(p.differences).toEqual([
      'm1: 3 against a peer median of 4.5, behind 67% of peers',
      'm2: 3 against a peer median of 4.5, behind 67% of peers',
    ]);
  });
});
