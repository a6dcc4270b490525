import type { Journeys } from './journeys.js';

/**
 * Time decay: a touch `age` days before the close weighs 2^(−age / halfLife), normalized per journey.
 * Without ages, touch k of n is n − 1 − k days old (one step a day, the last touch at the close).
 */
export function timeDecayShares(journeys: Journeys, halfLifeDays: number, shares: Float64Array): void {
  if (!(halfLifeDays > 0)) throw new RangeError('the half-life must be a positive number of days');
  const { offsets, ageDays } = journeys;
  const rate = -Math.LN2 / halfLifeDays;
  // Ages are mostly whole days, so one exp per distinct day difference serves every journey.
  const byDays = new Float64Array(4096).fill(Number.NaN);
  for (let i = 0; i < journeys.count; i += 1) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (end === start) continue;
    // Ages are measured from the youngest touch so that old journeys do not underflow to zero weights.
    let youngest = Number.POSITIVE_INFINITY;
    for (let t = start; t < end; t += 1) {
      const age = ageDays ? ageDays[t]! : end - 1 - t;
      if (age < youngest) youngest = age;
    }
    let total = 0;
    for (let t = start; t < end; t += 1) {
      const age = ageDays ? ageDays[t]! : end - 1 - t;
      const days = age - youngest;
      let weight: number;
      if (days === (days | 0) && days < byDays.length) {
        weight = byDays[days]!;
        if (Number.isNaN(weight)) {
          weight = Math.exp(rate * days);
          byDays[days] = weight;
        }
      } else weight = Math.exp(rate * days);
      shares[t] = weight;
      total += weight;
    }
    for (let t = start; t < end; t += 1) shares[t] = shares[t]! / total;
  }
}
