import type { Journeys } from './journeys.js';

/** First touch: the whole credit to a journey's first touch. Writes one share per touch. */
export function firstTouchShares(journeys: Journeys, shares: Float64Array): void {
  shares.fill(0);
  for (let i = 0; i < journeys.count; i += 1) {
    if (journeys.offsets[i + 1]! > journeys.offsets[i]!) shares[journeys.offsets[i]!] = 1;
  }
}
