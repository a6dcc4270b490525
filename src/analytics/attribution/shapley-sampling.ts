/**
 * Monte-Carlo Shapley values by permutation sampling, for value functions without the unanimity
 * structure that `shapleyValues` relies on. Each sample draws a random order of the players and
 * credits each player with its marginal contribution when it joins; the mean over samples is an
 * unbiased estimate of φ_j.
 *
 * Error bound (Hoeffding): when every marginal contribution lies in an interval of width `range`,
 * after m samples P(|φ̂_j − φ_j| ≥ ε) ≤ 2·exp(−2mε² / range²); with a union bound over n players,
 * all estimates are within `hoeffdingHalfWidth(range, m, δ / n)` of the truth with probability ≥ 1 − δ.
 */
export interface ShapleySample {
  estimates: Float64Array;
  samples: number;
}

/** `value(members)` is the worth of the coalition whose members are flagged 1. */
export type CoalitionValue = (members: Uint8Array) => number;

export function sampleShapleyValues(
  players: number,
  value: CoalitionValue,
  samples: number,
  random: () => number,
): ShapleySample {
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError('samples must be a positive integer');
  const estimates = new Float64Array(players);
  const order = new Int32Array(players);
  const members = new Uint8Array(players);
  const empty = value(members);
  for (let s = 0; s < samples; s += 1) {
    for (let k = 0; k < players; k += 1) order[k] = k;
    for (let k = players - 1; k > 0; k -= 1) {
      const pick = Math.floor(random() * (k + 1));
      const held = order[k]!;
      order[k] = order[pick]!;
      order[pick] = held;
    }
    members.fill(0);
    let before = empty;
    for (let k = 0; k < players; k += 1) {
      const player = order[k]!;
      members[player] = 1;
      const after = value(members);
      estimates[player] = estimates[player]! + (after - before);
      before = after;
    }
  }
  for (let k = 0; k < players; k += 1) estimates[k] = estimates[k]! / samples;
  return { estimates, samples };
}

/** ε such that one estimate from `samples` permutations is within ε with probability ≥ 1 − δ. */
export function hoeffdingHalfWidth(range: number, samples: number, delta: number): number {
  return range * Math.sqrt(Math.log(2 / delta) / (2 * samples));
}

/** Samples needed so that all n estimates are within ε with probability ≥ 1 − δ. */
export function samplesForHalfWidth(range: number, epsilon: number, delta: number, players: number): number {
  return Math.ceil((range * range * Math.log((2 * players) / delta)) / (2 * epsilon * epsilon));
}

/** A small seeded generator (mulberry32), so sampled results are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
