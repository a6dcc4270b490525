import type { Journeys } from './journeys.js';

/**
 * Position-based (U-shaped) 40/20/40: 40% to the first touch, 40% to the last, 20% spread evenly over
 * the touches between. One touch takes everything; two touches split 50/50.
 */
export function positionBasedShares(journeys: Journeys, shares: Float64Array): void {
  const { offsets } = journeys;
  for (let i = 0; i < journeys.count; i += 1) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const length = end - start;
    if (length === 0) continue;
    if (length === 1) {
      shares[start] = 1;
      continue;
    }
    if (length === 2) {
      shares[start] = 0.5;
      shares[start + 1] = 0.5;
      continue;
    }
    const middle = 0.2 / (length - 2);
    for (let t = start + 1; t < end - 1; t += 1) shares[t] = middle;
    shares[start] = 0.4;
    shares[end - 1] = 0.4;
  }
}
