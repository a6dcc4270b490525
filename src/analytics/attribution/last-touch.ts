import type { Journeys } from './journeys.js';

/** Last touch: the whole credit to a journey's last touch. Writes one share per touch. */
export function lastTouchShares(journeys: Journeys, shares: Float64Array): void {
  shares.fill(0);
  for (let i = 0; i < journeys.count; i += 1) {
    if (journeys.offsets[i + 1]! > journeys.offsets[i]!) shares[journeys.offsets[i + 1]! - 1] = 1;
  }
}
