import { firstTouchShares } from './first-touch.js';
import type { Journeys } from './journeys.js';
import { lastTouchShares } from './last-touch.js';
import { linearShares } from './linear.js';
import { markovRemovalEffects } from './markov.js';
import { positionBasedShares } from './position-based.js';
import { shapleyValues } from './shapley.js';
import { timeDecayShares } from './time-decay.js';
import { wShapedShares } from './w-shaped.js';

export const MODEL_NAMES = [
  'first_touch',
  'last_touch',
  'linear',
  'time_decay',
  'position_based',
  'w_shaped',
  'markov',
  'shapley',
] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export interface ModelOptions {
  /** time_decay: days for a touch's weight to halve. */
  halfLifeDays: number;
}

export const DEFAULT_HALF_LIFE_DAYS = 7;

/**
 * Each touch's share of its journey's credit (shares of a journey sum to 1). The aggregate models
 * (Markov, Shapley) give every distinct channel of a journey its model weight divided by the sum of
 * the weights of the journey's channels, placed on the channel's first touch; when all those weights
 * are zero the channels share equally. `shares` may be a buffer reused from another model.
 */
export function touchShares(
  journeys: Journeys,
  model: ModelName,
  options: ModelOptions,
  shares: Float64Array = new Float64Array(journeys.channels.length),
): Float64Array {
  switch (model) {
    case 'first_touch':
      firstTouchShares(journeys, shares);
      break;
    case 'last_touch':
      lastTouchShares(journeys, shares);
      break;
    case 'linear':
      linearShares(journeys, shares);
      break;
    case 'time_decay':
      timeDecayShares(journeys, options.halfLifeDays, shares);
      break;
    case 'position_based':
      positionBasedShares(journeys, shares);
      break;
    case 'w_shaped':
      wShapedShares(journeys, shares);
      break;
    case 'markov':
      sharesFromChannelWeights(journeys, markovRemovalEffects(journeys).removalEffects, shares);
      break;
    case 'shapley':
      sharesFromChannelWeights(journeys, shapleyValues(journeys, 'conversions'), shares);
      break;
  }
  return shares;
}

function sharesFromChannelWeights(journeys: Journeys, weights: Float64Array, shares: Float64Array): void {
  const { offsets, channels } = journeys;
  const seenIn = new Int32Array(journeys.channelCount).fill(-1);
  const firstTouches = new Int32Array(journeys.channelCount);
  shares.fill(0);
  for (let i = 0; i < journeys.count; i += 1) {
    let total = 0;
    let distinct = 0;
    const end = offsets[i + 1]!;
    for (let t = offsets[i]!; t < end; t += 1) {
      const channel = channels[t]!;
      if (seenIn[channel] === i) continue;
      seenIn[channel] = i;
      firstTouches[distinct] = t;
      total += weights[channel]!;
      distinct += 1;
    }
    for (let k = 0; k < distinct; k += 1) {
      const t = firstTouches[k]!;
      shares[t] = total > 0 ? weights[channels[t]!]! / total : 1 / distinct;
    }
  }
}

export interface ChannelTotals {
  conversions: Float64Array;
  values: Float64Array;
}

/**
 * Credit per channel over all journeys, unrounded: what the CLI reports and other attribution tools
 * print. Markov uses the global formula (total × removal effect / sum of removal effects), Shapley
 * the game's values; the per-touch models sum each journey's conversions and value by share.
 */
export function channelTotals(journeys: Journeys, model: ModelName, options: ModelOptions): ChannelTotals {
  if (model === 'markov') {
    const { conversions, values } = markovRemovalEffects(journeys);
    return { conversions, values };
  }
  if (model === 'shapley') {
    return { conversions: shapleyValues(journeys, 'conversions'), values: shapleyValues(journeys, 'values') };
  }
  const shares = touchShares(journeys, model, options);
  const conversions = new Float64Array(journeys.channelCount);
  const values = new Float64Array(journeys.channelCount);
  const { offsets, channels } = journeys;
  for (let i = 0; i < journeys.count; i += 1) {
    const converted = journeys.conversions[i]!;
    const value = journeys.values[i]!;
    for (let t = offsets[i]!; t < offsets[i + 1]!; t += 1) {
      conversions[channels[t]!] = conversions[channels[t]!]! + converted * shares[t]!;
      values[channels[t]!] = values[channels[t]!]! + value * shares[t]!;
    }
  }
  return { conversions, values };
}
