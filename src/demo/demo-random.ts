import { seededRandom } from '../platform/ids.js';

export interface DemoRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** An integer in [min, max] spread evenly on a log scale, so small companies are as common as large ones. */
  logInt(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T;
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createDemoRandom(seed: number): DemoRandom {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    next,
    int,
    logInt: (min, max) => Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min)))),
    chance: (probability) => next() < probability,
    pick: (items) => items[int(0, items.length - 1)]!,
    pickWeighted(items, weight) {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let roll = next() * total;
      for (const item of items) {
        roll -= weight(item);
        if (roll < 0) return item;
      }
      return items[items.length - 1]!;
    },
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, count),
  };
}

/** Expands { a: 2, b: 1 } into [a, a, b] in random order: exact counts, random placement. */
export function shuffledQuota<K extends string>(random: DemoRandom, quota: Record<K, number>): K[] {
  const keys = Object.keys(quota) as K[];
  return random.shuffle(keys.flatMap((key) => Array.from({ length: quota[key] }, () => key)));
}

/** Shares `count` over the keys in proportion to their weights (largest remainder), at least one each when it fits. */
export function spreadQuota<K extends string>(weights: Record<K, number>, count: number): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const total = keys.reduce((sum, key) => sum + weights[key], 0);
  const exact = keys.map((key) => (count * weights[key]) / total);
  const quota = Object.fromEntries(keys.map((key, i) => [key, Math.floor(exact[i]!)])) as Record<K, number>;
  let left = count - keys.reduce((sum, key) => sum + quota[key], 0);
  const byRemainder = keys
    .map((key, i) => ({ key, remainder: exact[i]! - Math.floor(exact[i]!) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { key } of byRemainder) {
    if (left-- <= 0) break;
    quota[key] += 1;
  }
  if (count >= keys.length) {
    for (const key of keys) {
      if (quota[key] > 0) continue;
      const largest = keys.reduce((a, b) => (quota[b] > quota[a] ? b : a));
      quota[largest] -= 1;
      quota[key] = 1;
    }
  }
  return quota;
}
