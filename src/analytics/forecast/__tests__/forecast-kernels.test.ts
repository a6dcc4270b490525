import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../platform/ids.js';
import { runBacktest, summarizeBacktest } from '../backtest.js';
import { fitLinearTrend, trendAt } from '../linear-trend.js';
import { FALLBACK_SIGMA, fitIntervalModel, predictionInterval, Z_80 } from '../prediction-interval.js';
import { quarterIndexOf, quarterLabel, quarterStart } from '../quarters.js';
import { estimateStageProbabilities } from '../stage-probabilities.js';

describe('quarters', () => {
  it.each([
    ['2027-02-15T10:00:00Z', '2027-Q1', '2027-01-01T00:00:00.000Z'],
    ['2026-12-31T23:59:59Z', '2026-Q4', '2026-10-01T00:00:00.000Z'],
    ['2026-07-01T00:00:00Z', '2026-Q3', '2026-07-01T00:00:00.000Z'],
  ])('%s lies in %s, which starts %s', (at, label, start) => {
    const q = quarterIndexOf(new Date(at));
    expect(quarterLabel(q)).toBe(label);
    expect(quarterStart(q).toISOString()).toBe(start);
  });

  it('counts quarters like integers across a year end', () => {
    expect(quarterLabel(quarterIndexOf(new Date('2026-11-01')) + 1)).toBe('2027-Q1');
  });
});

describe('estimateStageProbabilities', () => {
  it('shares won per quarter after the snapshot, shrunk toward all stages, worked by hand', () => {
    const observations = [
      { stage: 'proposal', wonOffset: 0, observedThrough: 1 },
      { stage: 'proposal', wonOffset: 1, observedThrough: 1 },
      { stage: 'proposal', wonOffset: null, observedThrough: 1 },
      // Only its first quarter had ended: it counts for offset 0 only.
      { stage: 'proposal', wonOffset: null, observedThrough: 0 },
      { stage: 'qualification', wonOffset: null, observedThrough: 1 },
    ];
    // All stages: offset 0 → 1 of 5 = 0.2; offset 1 → 1 of 4 = 0.25 (one pseudo-observation each).
    // Proposal: (1 + 0.2) / (4 + 1) = 0.24 and (1 + 0.25) / (3 + 1) = 0.3125.
    // Qualification: 0.2 / 2 = 0.1 and 0.25 / 2 = 0.125. Negotiation, never seen: the pooled rates.
    const [proposal, qualification, negotiation] = estimateStageProbabilities(
      observations,
      ['proposal', 'qualification', 'negotiation'],
      2,
      1,
    );
    expect(proposal!.observations).toBe(4);
    expect(proposal!.byQuarter[0]).toBeCloseTo(0.24, 12);
    expect(proposal!.byQuarter[1]).toBeCloseTo(0.3125, 12);
    expect(proposal!.probability).toBeCloseTo(0.5525, 12);
    expect(qualification!.byQuarter).toEqual([0.1, 0.125]);
    expect(negotiation).toEqual({
      stage: 'negotiation',
      observations: 0,
      byQuarter: [0.2, 0.25],
      probability: 0.45,
    });
  });
});

describe('fitLinearTrend', () => {
  it('fits a line through exact points and extrapolates it', () => {
    const trend = fitLinearTrend([1, 2, 3], [2, 4, 6]);
    expect(trend.slope).toBeCloseTo(2, 12);
    expect(trend.intercept).toBeCloseTo(0, 12);
    expect(trendAt(trend, 5)).toBeCloseTo(10, 12);
  });

  it('is flat at the mean with one distinct x', () => {
    expect(fitLinearTrend([4, 4], [1, 3])).toEqual({ intercept: 2, slope: 0 });
    expect(fitLinearTrend([], [])).toEqual({ intercept: 0, slope: 0 });
  });
});

describe('prediction intervals', () => {
  it('falls back to a wide spread with too few residuals', () => {
    expect(fitIntervalModel([{ horizon: 1, forecast: 10, actual: 12 }])).toEqual({
      sigma: FALLBACK_SIGMA,
      residuals: 0,
    });
  });

  it('collapses onto the forecast when the backtest was exact', () => {
    const exact = [1, 2, 3].map((horizon) => ({ horizon, forecast: 5000, actual: 5000 }));
    const model = fitIntervalModel(exact);
    expect(model).toEqual({ sigma: 0, residuals: 3 });
    expect(predictionInterval(model, 5000, 2)).toEqual({ low: 5000, high: 5000 });
  });

  it('widens with the horizon and always holds the forecast', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (forecast, sigma) => {
          const model = { sigma, residuals: 5 };
          const one = predictionInterval(model, forecast, 1);
          const four = predictionInterval(model, forecast, 4);
          expect(one.low).toBeLessThanOrEqual(forecast);
          expect(one.high).toBeGreaterThanOrEqual(forecast);
          expect(four.low).toBeLessThanOrEqual(one.low);
          expect(four.high).toBeGreaterThanOrEqual(one.high);
        },
      ),
    );
  });

  it('covers about 80% of outcomes drawn from the error model it assumes', () => {
    const next = seededRandom(7);
    const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    const draw = (horizon: number) => {
      const forecast = 1_000_000;
      return { horizon, forecast, actual: forecast * Math.exp(0.3 * Math.sqrt(horizon) * normal()) };
    };
    const history = Array.from({ length: 2000 }, (_, i) => draw((i % 4) + 1));
    const model = fitIntervalModel(history);
    expect(model.sigma).toBeGreaterThan(0.28);
    expect(model.sigma).toBeLessThan(0.32);
    const fresh = Array.from({ length: 4000 }, (_, i) => draw((i % 4) + 1));
    const inside = fresh.filter((r) => {
      const { low, high } = predictionInterval(model, r.forecast, r.horizon);
      return r.actual >= low && r.actual <= high;
    }).length;
    expect(inside / fresh.length).toBeGreaterThan(0.77);
    expect(inside / fresh.length).toBeLessThan(0.83);
    expect(Z_80).toBeCloseTo(1.2816, 4);
  });
});

describe('runBacktest', () => {
  const actuals = new Map([
    [10, 100],
    [11, 200],
    [12, 300],
  ]);
  const points = runBacktest({
    originQuarters: [12, 11],
    horizons: 2,
    lastCompleteQuarter: 12,
    firstDataQuarter: 10,
    forecast: () => [150, 150],
    actual: (q) => actuals.get(q) ?? 0,
  });

  it('scores only quarters that have closed, against the last quarter repeated', () => {
    expect(points.map((p) => [p.originQuarter, p.horizon, p.targetQuarter, p.actual, p.naiveLast])).toEqual([
      [11, 1, 11, 200, 100],
      [11, 2, 12, 300, 100],
      [12, 1, 12, 300, 200],
    ]);
    expect(points.every((p) => p.naiveSeasonal === null && p.low === null)).toBe(true);
  });

  it('summarizes error worked by hand', () => {
    const summary = summarizeBacktest(points);
    // Model: |150−200|, |150−300|, |150−300| → 350 / 3; naive: 100, 200, 100 → 400 / 3.
    expect(summary.model.mae).toBeCloseTo(350 / 3, 9);
    expect(summary.naiveLast.mae).toBeCloseTo(400 / 3, 9);
    expect(summary.model.mape).toBeCloseTo((0.25 + 0.5 + 0.5) / 3, 9);
    expect(summary.coverage).toBeNull();
    expect(summary.seasonal.model.points).toBe(0);
  });

  it('builds each interval from residuals that had closed by its origin only', () => {
    const steady = runBacktest({
      originQuarters: [1, 2, 3, 4, 5],
      horizons: 1,
      lastCompleteQuarter: 5,
      firstDataQuarter: 0,
      forecast: () => [100],
      actual: (q) => (q === 5 ? 1000 : 100),
    });
    // Origins 1–3 have fewer than three earlier residuals; 4 has three exact ones, so a zero-width
    // interval; 5 has the same and misses the jump to 1000.
    expect(steady.map((p) => p.low)).toEqual([null, null, null, 100, 100]);
    expect(summarizeBacktest(steady)).toMatchObject({ coverage: 0.5, coveragePoints: 2 });
  });
});
