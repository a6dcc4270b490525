import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JourneyInput, packJourneys } from '../journeys.js';
import { shapleyValues } from '../shapley.js';
import {
  hoeffdingHalfWidth,
  sampleShapleyValues,
  samplesForHalfWidth,
  seededRandom,
} from '../shapley-sampling.js';

const A = 0;
const B = 1;
const C = 2;

/** v(S) = conversions of the journeys whose touch set is a subset of S. */
function coalitionValue(input: JourneyInput[]) {
  return (members: Uint8Array) =>
    input.reduce(
      (sum, j) => (j.channels.every((c) => members[c] === 1) ? sum + (j.conversions ?? 1) : sum),
      0,
    );
}

/** Shapley values by the definition: every subset, weighted |S|!(n−|S|−1)!/n!. */
function shapleyByDefinition(players: number, value: (members: Uint8Array) => number): number[] {
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  const phi = new Array<number>(players).fill(0);
  const members = new Uint8Array(players);
  for (let mask = 0; mask < 1 << players; mask += 1) {
    let size = 0;
    for (let p = 0; p < players; p += 1) {
      members[p] = (mask >> p) & 1;
      size += members[p]!;
    }
    const without = value(members);
    for (let p = 0; p < players; p += 1) {
      if (members[p]) continue;
      members[p] = 1;
      const weight = (factorial(size) * factorial(players - size - 1)) / factorial(players);
      phi[p]! += weight * (value(members) - without);
      members[p] = 0;
    }
  }
  return phi;
}

describe('shapleyValues', () => {
  it('credits each distinct touch set equally among its members', () => {
    // {A,B}: 2, {A}: 1, {B,C}: 3, A>A>B is {A,B}: 1 → φ_A = 1 + 1 + 0.5, φ_B = 1 + 1.5 + 0.5, φ_C = 1.5.
    const input: JourneyInput[] = [
      { channels: [A, B], conversions: 2 },
      { channels: [A], conversions: 1 },
      { channels: [B, C], conversions: 3 },
      { channels: [A, A, B], conversions: 1 },
      { channels: [C, B], conversions: 0, nulls: 5 },
    ];
    expect([...shapleyValues(packJourneys(3, input), 'conversions')]).toEqual([2.5, 3, 1.5]);
  });

  it('agrees with the definition over every coalition', () => {
    const journey = fc.record({
      channels: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 5 }),
      conversions: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(journey, { minLength: 1, maxLength: 10 }), (input) => {
        const exact = shapleyValues(packJourneys(6, input), 'conversions');
        for (const [p, phi] of shapleyByDefinition(6, coalitionValue(input)).entries()) {
          expect(exact[p]).toBeCloseTo(phi, 9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is exact for many players at once (efficiency over 40 channels)', () => {
    const input: JourneyInput[] = Array.from({ length: 200 }, (_, i) => ({
      channels: [i % 40, (i * 7) % 40, (i * 13) % 40],
      conversions: (i % 3) + 1,
    }));
    const phi = shapleyValues(packJourneys(40, input), 'conversions');
    const total = input.reduce((s, j) => s + (j.conversions ?? 0), 0);
    expect(phi.reduce((s, v) => s + v, 0)).toBeCloseTo(total, 9);
  });

  it('the sampling fallback stays within its Hoeffding bound of the exact values', () => {
    const input: JourneyInput[] = [
      { channels: [0, 1], conversions: 4 },
      { channels: [1, 2, 3], conversions: 3 },
      { channels: [4], conversions: 2 },
      { channels: [5, 6, 7, 0], conversions: 5 },
      { channels: [2, 7], conversions: 1 },
    ];
    const players = 8;
    const total = 15;
    const exact = shapleyValues(packJourneys(players, input), 'conversions');
    const delta = 1e-6;
    // This game is monotone, so every marginal contribution lies in [0, total].
    const samples = samplesForHalfWidth(total, 0.75, delta, players);
    const sampled = sampleShapleyValues(players, coalitionValue(input), samples, seededRandom(20_180_801));
    const bound = hoeffdingHalfWidth(total, samples, delta / players);
    expect(bound).toBeLessThanOrEqual(0.75);
    for (let p = 0; p < players; p += 1) {
      expect(Math.abs(sampled.estimates[p]! - exact[p]!)).toBeLessThanOrEqual(bound);
    }
    // And the estimate is not trivially exact: sampling noise is visible on some player.
    expect(sampled.estimates.some((v, p) => v !== exact[p])).toBe(true);
  });
});
