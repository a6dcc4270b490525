import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auc, brierScore, calibrationBins, expectedCalibrationError } from '../classification-metrics.js';

describe('auc', () => {
  it.each([
    // Positive 0.35 beats 0.1 and loses to 0.4; positive 0.8 beats both: 3 of 4 pairs.
    { scores: [0.1, 0.4, 0.35, 0.8], labels: [0, 0, 1, 1], expected: 0.75 },
    // The tie between 0.5 and 0.5 counts one half: (0.5 + 1 + 2) / 4.
    { scores: [0.5, 0.5, 0.2, 0.9], labels: [1, 0, 0, 1], expected: 0.875 },
    { scores: [0.3, 0.3, 0.3, 0.3], labels: [1, 0, 1, 0], expected: 0.5 },
    { scores: [0.9, 0.8, 0.2, 0.1], labels: [0, 0, 1, 1], expected: 0 },
    { scores: [1, 2, 3], labels: [1, 1, 1], expected: null },
  ])('scores $scores with labels $labels give $expected', ({ scores, labels, expected }) => {
    expect(auc(scores, labels)).toBe(expected);
  });

  it('equals the share of positive-negative pairs ordered correctly, ties one half', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1 })), {
          minLength: 2,
          maxLength: 30,
        }),
        (pairs) => {
          const scores = pairs.map(([s]) => s);
          const labels = pairs.map(([, y]) => y);
          let wins = 0;
          let count = 0;
          for (let i = 0; i < pairs.length; i++)
            for (let j = 0; j < pairs.length; j++)
              if (labels[i] === 1 && labels[j] === 0) {
                count++;
                wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
              }
          const value = auc(scores, labels);
          if (count === 0) expect(value).toBeNull();
          else expect(value).toBeCloseTo(wins / count, 12);
        },
      ),
    );
  });
});

describe('brierScore', () => {
  it('is the mean squared error of the probabilities', () => {
    // (0.1² + 0.2² + 0.6²) / 3 = (0.01 + 0.04 + 0.36) / 3
    expect(brierScore([0.9, 0.2, 0.6], [1, 0, 0])).toBeCloseTo(0.41 / 3, 12);
    expect(brierScore([1, 0], [1, 0])).toBe(0);
    expect(brierScore([], [])).toBeNull();
  });
});

describe('calibration', () => {
  it('bins predictions and weighs the gaps by count', () => {
    const bins = calibrationBins([0.05, 0.15, 0.12, 0.95], [0, 1, 0, 1]);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toMatchObject({ count: 1, meanPredicted: 0.05, observedRate: 0 });
    expect(bins[1]!.count).toBe(2);
    expect(bins[1]!.meanPredicted).toBeCloseTo(0.135, 12);
    expect(bins[1]!.observedRate).toBe(0.5);
    expect(bins[9]).toMatchObject({ count: 1, meanPredicted: 0.95, observedRate: 1 });
    expect(bins[5]).toMatchObject({ count: 0, meanPredicted: null, observedRate: null });
    // 1/4 · 0.05 + 2/4 · 0.365 + 1/4 · 0.05
    expect(expectedCalibrationError(bins)).toBeCloseTo(0.2075, 12);
  });

  it('puts a probability of exactly 1 in the last bin', () => {
    expect(calibrationBins([1], [1], 4)[3]!.count).toBe(1);
  });

  it('has no error when there is nothing to calibrate', () => {
    expect(expectedCalibrationError(calibrationBins([], []))).toBeNull();
  });
});
