import type { Journeys } from './journeys.js';
import { splitLargestRemainder } from './largest-remainder.js';

/**
 * The distinct channels of each journey, in order of first touch: journey i's are
 * `channels[starts[i] .. starts[i + 1])`, and `ofTouch[t]` is the position there of touch t's channel.
 * Computed once, it serves every model's crediting.
 */
export interface JourneyMembers {
  starts: Int32Array;
  channels: Int32Array;
  ofTouch: Int32Array;
  /** The journeys with conversions and at least one channel, in order: the only ones credited. */
  converted: Int32Array;
}

export function journeyMembers(journeys: Journeys): JourneyMembers {
  const { offsets, channels: touches } = journeys;
  const starts = new Int32Array(journeys.count + 1);
  const channels = new Int32Array(touches.length);
  const ofTouch = new Int32Array(touches.length);
  const slotOf = new Int32Array(journeys.channelCount);
  const seenIn = new Int32Array(journeys.channelCount).fill(-1);
  const converted = new Int32Array(journeys.count);
  let convertedCount = 0;
  let next = 0;
  for (let i = 0; i < journeys.count; i += 1) {
    starts[i] = next;
    if (journeys.conversions[i]! > 0 && offsets[i + 1]! > offsets[i]!) {
      converted[convertedCount] = i;
      convertedCount += 1;
    }
    const end = offsets[i + 1]!;
    for (let t = offsets[i]!; t < end; t += 1) {
      const channel = touches[t]!;
      if (seenIn[channel] !== i) {
        seenIn[channel] = i;
        slotOf[channel] = next;
        channels[next] = channel;
        next += 1;
      }
      ofTouch[t] = slotOf[channel]!;
    }
  }
  starts[journeys.count] = next;
  return {
    starts,
    channels: channels.subarray(0, next),
    ofTouch,
    converted: converted.subarray(0, convertedCount),
  };
}

export interface JourneyCredits {
  groupCount: number;
  channelCount: number;
  /** [group × channelCount + channel]: whole units credited (e.g. minor units of one currency). */
  credited: Float64Array;
  /** [group × channelCount + channel]: converted journeys the channel touched. */
  journeys: Float64Array;
}

/**
 * Splits each converted journey's value (an integer amount) over its distinct channels by their
 * summed touch shares, with largest-remainder rounding so a journey's credits sum exactly to its
 * value, and adds the parts up per group (e.g. currency) and channel. Journeys without conversions
 * are not credited.
 */
export function creditJourneys(
  journeys: Journeys,
  shares: Float64Array,
  groupOf: Int32Array | null = null,
  groupCount = 1,
  members: JourneyMembers = journeyMembers(journeys),
): JourneyCredits {
  const { channelCount, offsets, values } = journeys;
  const { starts, channels, ofTouch, converted } = members;
  const credited = new Float64Array(groupCount * channelCount);
  const touched = new Float64Array(groupCount * channelCount);
  let weights = new Float64Array(16);
  let parts = new Float64Array(16);
  let remainders = new Float64Array(16);
  for (let n = 0; n < converted.length; n += 1) {
    const i = converted[n]!;
    const start = starts[i]!;
    const count = starts[i + 1]! - start;
    const base = (groupOf ? groupOf[i]! : 0) * channelCount;
    if (count === 1) {
      // One channel takes the whole value whatever the shares.
      const at = base + channels[start]!;
      credited[at] = credited[at]! + values[i]!;
      touched[at] = touched[at]! + 1;
      continue;
    }
    if (count > parts.length) {
      weights = new Float64Array(count);
      parts = new Float64Array(count);
      remainders = new Float64Array(count);
    }
    for (let k = 0; k < count; k += 1) weights[k] = 0;
    const end = offsets[i + 1]!;
    for (let t = offsets[i]!; t < end; t += 1) {
      const k = ofTouch[t]! - start;
      weights[k] = weights[k]! + shares[t]!;
    }
    splitLargestRemainder(values[i]!, weights, 0, count, parts, remainders);
    for (let k = 0; k < count; k += 1) {
      const at = base + channels[start + k]!;
      credited[at] = credited[at]! + parts[k]!;
      touched[at] = touched[at]! + 1;
    }
  }
  return { groupCount, channelCount, credited, journeys: touched };
}
