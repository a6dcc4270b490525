import type { Journeys } from './journeys.js';

/**
 * Where the lead was created when the journey does not say: the middle touch (the earlier of the two
 * middles for an even count).
 */
export function defaultLeadTouch(length: number): number {
  return Math.floor((length - 1) / 2);
}

/**
 * W-shaped: 30% each to the first touch, the lead-creation touch and the last touch, 10% spread evenly
 * over the others. The lead-creation touch is `journeys.leadTouch` when known (for partner deals, the
 * last touch at or before the registration's approval), else the middle touch. Collapsing:
 * one touch takes everything, two split 50/50; when the known lead touch is the first or the last,
 * that touch takes both milestones' 30%; when no touch is left for the 10%, the milestone shares are
 * scaled up to sum to 1 (three touches: a third each).
 */
export function wShapedShares(journeys: Journeys, shares: Float64Array): void {
  const { offsets, leadTouch } = journeys;
  for (let i = 0; i < journeys.count; i += 1) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const length = end - start;
    if (length === 0) continue;
    if (length <= 2) {
      for (let t = start; t < end; t += 1) shares[t] = 1 / length;
      continue;
    }
    const known = leadTouch ? leadTouch[i]! : -1;
    const lead = known >= 0 && known < length ? known : defaultLeadTouch(length);
    const milestones = 1 + (lead === 0 || lead === length - 1 ? 0 : 1) + 1;
    const others = length - milestones;
    const otherShare = others > 0 ? 0.1 / others : 0;
    for (let t = start; t < end; t += 1) shares[t] = otherShare;
    shares[start] = 0.3;
    shares[end - 1] = 0.3;
    shares[start + lead] =
      shares[start + lead]! + (lead === 0 || lead === length - 1 ? 0.3 : 0.3 - otherShare);
    if (others === 0) {
      let total = 0;
      for (let t = start; t < end; t += 1) total += shares[t]!;
      for (let t = start; t < end; t += 1) shares[t] = shares[t]! / total;
    }
  }
}
