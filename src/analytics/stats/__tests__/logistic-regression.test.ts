import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributions, fitLogistic, predictProbability, sigmoid } from '../logistic-regression.js';
import { solveSymmetric } from '../solve-symmetric.js';

describe('fitLogistic', () => {
  it('recovers the group rates of a binary feature when barely regularized', () => {
    // x = 0: one win in four (1/4); x = 1: three in four (3/4). The maximum-likelihood fit reproduces
    // both rates: on the standardized feature (±1) the intercept is 0 and the weight is ln 3.
    const rows = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const labels = [0, 0, 0, 1, 0, 1, 1, 1];
    const model = fitLogistic(['x'], rows, labels, { l2: 1e-9 });
    expect(model.converged).toBe(true);
    expect(model.intercept).toBeCloseTo(0, 6);
    expect(model.weights[0]).toBeCloseTo(Math.log(3), 6);
    expect(predictProbability(model, [0])).toBeCloseTo(0.25, 6);
    expect(predictProbability(model, [1])).toBeCloseTo(0.75, 6);
    expect(model.means).toEqual([0.5]);
    expect(model.scales).toEqual([0.5]);
  });

  it('stays finite on separable data thanks to the penalty', () => {
    const model = fitLogistic(['x'], [[0], [1], [2], [3]], [0, 0, 1, 1], { l2: 1 });
    expect(model.converged).toBe(true);
    expect(Number.isFinite(model.weights[0])).toBe(true);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(predictProbability(model, [0])).toBeLessThan(0.5);
    expect(predictProbability(model, [3])).toBeGreaterThan(0.5);
    // Symmetric data: the average row sits exactly at one half.
    expect(predictProbability(model, [1.5])).toBeCloseTo(0.5, 9);
  });

  it('gives a constant feature no weight', () => {
    const model = fitLogistic(['c'], [[2], [2], [2]], [1, 0, 1], { l2: 0.1 });
    expect(model.weights[0]).toBeCloseTo(0, 9);
    expect(predictProbability(model, [2])).toBeCloseTo(2 / 3, 6);
  });

  it('matches the base rate on average (the intercept is not penalized)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.integer({ min: 0, max: 1 })), {
          minLength: 4,
          maxLength: 40,
        }),
        (pairs) => {
          const labels = pairs.map(([, y]) => y);
          const positives = labels.reduce((s, y) => s + y, 0);
          fc.pre(positives > 0 && positives < labels.length);
          const rows = pairs.map(([x]) => [x]);
          const model = fitLogistic(['x'], rows, labels, { l2: 1 });
          const mean = rows.reduce((s, row) => s + predictProbability(model, row), 0) / rows.length;
          expect(mean).toBeCloseTo(positives / labels.length, 6);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('explains a score by contributions that sum to its log-odds', () => {
    const rows = [
      [1, 10],
      [2, 30],
      [3, 20],
      [4, 50],
      [5, 40],
    ];
    const model = fitLogistic(['a', 'b'], rows, [0, 0, 1, 1, 1], { l2: 0.5 });
    const parts = contributions(model, [4, 50]);
    const logOdds = model.intercept + parts[0]! + parts[1]!;
    expect(sigmoid(logOdds)).toBeCloseTo(predictProbability(model, [4, 50]), 12);
    expect(contributions(model, model.means)).toEqual([0, 0]);
  });

  it('is deterministic', () => {
    const rows = [[1], [2], [3], [4]];
    expect(fitLogistic(['x'], rows, [0, 1, 0, 1])).toEqual(fitLogistic(['x'], rows, [0, 1, 0, 1]));
  });

  it('refuses rows that do not fit the features', () => {
    expect(() => fitLogistic(['x'], [[1, 2]], [1])).toThrow('one value per feature');
    expect(() => fitLogistic(['x'], [], [])).toThrow('no rows');
  });
});

describe('solveSymmetric', () => {
  it('solves a 2 × 2 system worked by hand', () => {
    // 4x + 2y = 10, 2x + 3y = 9  →  x = 1.5, y = 2
    const [x, y] = solveSymmetric(
      [
        [4, 2],
        [2, 3],
      ],
      [10, 9],
    );
    expect(x).toBeCloseTo(1.5, 12);
    expect(y).toBeCloseTo(2, 12);
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(() =>
      solveSymmetric(
        [
          [1, 2],
          [2, 1],
        ],
        [1, 1],
      ),
    ).toThrow('positive definite');
  });
});
