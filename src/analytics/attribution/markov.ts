import type { Journeys } from './journeys.js';

export interface MarkovResult {
  /** Probability that a journey starting now ends in a conversion. */
  conversionProbability: number;
  /** Per channel: the share of conversions lost when the channel is removed (0 … 1). */
  removalEffects: Float64Array;
  /** Per channel: total conversions × removal effect / sum of removal effects. */
  conversions: Float64Array;
  /** Per channel: total value × removal effect / sum of removal effects. */
  values: Float64Array;
}

/**
 * First-order Markov removal effects, solved exactly. States: start, one per channel, and the
 * absorbing conversion and null states. Each journey adds its conversions plus non-conversions to
 * every transition it makes (start → first touch → … → last touch, repeated touches kept), then its
 * conversions to last → conversion and its non-conversions to last → null.
 *
 * With A = I − Q over the transient states and G = A⁻¹, the absorption probabilities are x = G·r
 * (r: one-step conversion probabilities). Removing channel c sends every transition into c to null;
 * a walk converts without ever meeting c, or meets c and converts from there, so
 * P(convert) − P(convert | c removed) = P(reach c from start) · x_c, where P(reach c) = G[s,c] / G[c,c].
 * One inversion therefore gives every removal effect exactly.
 */
export function markovRemovalEffects(journeys: Journeys): MarkovResult {
  const channelCount = journeys.channelCount;
  const size = channelCount + 1;
  const counts = countTransitions(journeys, size);
  const a = new Float64Array(size * size);
  const r = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    const row = i * size;
    let total = counts.toConversion[i]! + counts.toNull[i]!;
    for (let j = 0; j < size; j += 1) total += counts.transitions[row + j]!;
    for (let j = 0; j < size; j += 1) {
      // A state nothing leaves (seen only in empty-weight journeys) is treated as ending in null.
      a[row + j] = (i === j ? 1 : 0) - (total > 0 ? counts.transitions[row + j]! / total : 0);
    }
    r[i] = total > 0 ? counts.toConversion[i]! / total : 0;
  }
  const g = invert(a, size);
  const x = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    let sum = 0;
    for (let j = 0; j < size; j += 1) sum += g[i * size + j]! * r[j]!;
    x[i] = sum;
  }
  const conversionProbability = x[0]!;
  const removalEffects = new Float64Array(channelCount);
  let effectSum = 0;
  for (let c = 0; c < channelCount; c += 1) {
    const state = c + 1;
    const diagonal = g[state * size + state]!;
    const reach = diagonal > 0 ? g[state]! / diagonal : 0;
    const effect = conversionProbability > 0 ? Math.max(0, (reach * x[state]!) / conversionProbability) : 0;
    removalEffects[c] = effect;
    effectSum += effect;
  }
  const totalConversions = sum(journeys.conversions);
  const totalValue = sum(journeys.values);
  const conversions = new Float64Array(channelCount);
  const values = new Float64Array(channelCount);
  if (effectSum > 0) {
    for (let c = 0; c < channelCount; c += 1) {
      conversions[c] = (totalConversions * removalEffects[c]!) / effectSum;
      values[c] = (totalValue * removalEffects[c]!) / effectSum;
    }
  }
  return { conversionProbability, removalEffects, conversions, values };
}

interface TransitionCounts {
  transitions: Float64Array;
  toConversion: Float64Array;
  toNull: Float64Array;
}

function countTransitions(journeys: Journeys, size: number): TransitionCounts {
  const transitions = new Float64Array(size * size);
  const toConversion = new Float64Array(size);
  const toNull = new Float64Array(size);
  const { offsets, channels, conversions, nulls } = journeys;
  for (let i = 0; i < journeys.count; i += 1) {
    const weight = conversions[i]! + nulls[i]!;
    if (weight === 0) continue;
    let previous = 0;
    let row = 0;
    const end = offsets[i + 1]!;
    for (let t = offsets[i]!; t < end; t += 1) {
      const state = channels[t]! + 1;
      transitions[row + state] = transitions[row + state]! + weight;
      previous = state;
      row = state * size;
    }
    toConversion[previous] = toConversion[previous]! + conversions[i]!;
    toNull[previous] = toNull[previous]! + nulls[i]!;
  }
  return { transitions, toConversion, toNull };
}

/**
 * In-place Gauss–Jordan inversion of a dense row-major matrix, n³ multiply-adds. No pivoting is
 * needed here: A = I − Q with Q substochastic is a nonsingular M-matrix (every state can reach an
 * absorbing one), so every pivot stays positive and elimination is stable.
 */
export function invert(matrix: Float64Array, size: number): Float64Array {
  const a = Float64Array.from(matrix);
  for (let k = 0; k < size; k += 1) {
    const p = k * size;
    const pivot = a[p + k]!;
    if (!(pivot > 0)) throw new RangeError('the transition system is singular');
    const scale = 1 / pivot;
    a[p + k] = 1;
    for (let j = p; j < p + size; j += 1) a[j] = a[j]! * scale;
    for (let i = 0; i < size; i += 1) {
      if (i === k) continue;
      const r = i * size;
      const factor = a[r + k]!;
      if (factor === 0) continue;
      a[r + k] = 0;
      subtractScaledRow(a, r, p, factor, size);
    }
  }
  return a;
}

/** a[to .. to + size) −= factor × a[from .. from + size), four at a time (the solve's inner loop). */
function subtractScaledRow(a: Float64Array, to: number, from: number, factor: number, size: number): void {
  const end = to + size;
  let j = to;
  let k = from;
  for (; j + 3 < end; j += 4, k += 4) {
    a[j] = a[j]! - factor * a[k]!;
    a[j + 1] = a[j + 1]! - factor * a[k + 1]!;
    a[j + 2] = a[j + 2]! - factor * a[k + 2]!;
    a[j + 3] = a[j + 3]! - factor * a[k + 3]!;
  }
  for (; j < end; j += 1, k += 1) a[j] = a[j]! - factor * a[k]!;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let k = 0; k < values.length; k += 1) total += values[k]!;
  return total;
}
