import type { Journeys } from './journeys.js';

/**
 * Linear: every touch occurrence gets an equal share, so a channel touching twice gets twice the
 * credit of one touching once.
 */
export function linearShares(journeys: Journeys, shares: Float64Array): void {
  const { offsets } = journeys;
  for (let i = 0; i < journeys.count; i += 1) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const share = 1 / (end - start);
    for (let t = start; t < end; t += 1) shares[t] = share;
  }
}
