import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder } from '../largest-remainder.js';

describe('largestRemainder', () => {
  it.each<[number, number[], number[]]>([
    [100, [1, 1, 1], [34, 33, 33]],
    [1000, [2, 1], [667, 333]],
    [1, [1, 1, 1], [1, 0, 0]],
    [0, [3, 1], [0, 0]],
    [10, [0, 0], [5, 5]],
    // 3.5, 1.75, 1.75: floors 3, 1, 1; the two units left go to the .75 remainders.
    [7, [0.5, 0.25, 0.25], [3, 2, 2]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [999, [1], [999]],
  ])('%d over %j → %j', (amount, weights, expected) => {
    expect(largestRemainder(amount, weights)).toEqual(expected);
  });

  it('always sums exactly, never goes negative, and stays within one unit of the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (amount, weights) => {
          const parts = largestRemainder(amount, weights);
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(amount);
          const total = weights.reduce((sum, w) => sum + w, 0);
          parts.forEach((part, k) => {
            expect(part).toBeGreaterThanOrEqual(0);
            const exact = total > 0 ? (amount * weights[k]!) / total : amount / weights.length;
            expect(Math.abs(part - exact)).toBeLessThan(1 + amount * 1e-12);
          });
        },
      ),
    );
  });
});
