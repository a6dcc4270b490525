import type { Journeys } from './journeys.js';

/**
 * Exact Shapley values for the simplified game of Zhao et al. (2018): a coalition S is worth the
 * conversions (or value) of the journeys whose set of touched channels is a subset of S. That game is
 * a sum of unanimity games, one per distinct touch set T weighted by what its journeys brought, and a
 * unanimity game pays each of its |T| members equally, so φ_j = Σ_{T ∋ j} value(T) / |T| — exact for
 * any number of channels in one pass over the journeys.
 */
export function shapleyValues(journeys: Journeys, worth: 'conversions' | 'values'): Float64Array {
  const { offsets, channels, channelCount } = journeys;
  const weights = worth === 'conversions' ? journeys.conversions : journeys.values;
  const result = new Float64Array(channelCount);
  const seenIn = new Int32Array(channelCount).fill(-1);
  const distinct = new Int32Array(channelCount);
  for (let i = 0; i < journeys.count; i += 1) {
    const weight = weights[i]!;
    if (weight === 0) continue;
    let count = 0;
    const end = offsets[i + 1]!;
    for (let t = offsets[i]!; t < end; t += 1) {
      const channel = channels[t]!;
      if (seenIn[channel] !== i) {
        seenIn[channel] = i;
        distinct[count] = channel;
        count += 1;
      }
    }
    for (let k = 0; k < count; k += 1) result[distinct[k]!] = result[distinct[k]!]! + weight / count;
  }
  return result;
}
