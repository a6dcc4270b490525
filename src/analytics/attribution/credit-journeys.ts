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
}

export function journeyMembers(journeys: Journeys): JourneyMembers {
  const { offsets, channels: touches } = journeys;
  const starts = new Int32Array(journeys.count + 1);
  const channels = new Int32Array(touches.length);
  const ofTouch = new Int32Array(touches.length);
  const slotOf = new Int32Array(journeys.channelCount);
  const seenIn = new Int32Array(journeys.channelCount).fill(-1);
  let next = 0;
  for (let i = 0; i < journeys.count; i += 1) {
    starts[i] = next;
    for (let t = offsets[i]!; t < offsets[i + 1]!; t += 1) {
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
  return { starts, channels: channels.subarray(0, next), ofTouch };
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
  const { channelCount } = journeys;
  const { starts, channels, ofTouch } = members;
  const credited = new Float64Array(groupCount * channelCount);
  const touched = new Float64Array(groupCount * channelCount);
  const perMember = new Float64Array(channels.length);
  for (let t = 0; t < ofTouch.length; t += 1) perMember[ofTouch[t]!] = perMember[ofTouch[t]!]! + shares[t]!;
  let parts = new Float64Array(16);
  let remainders = new Float64Array(16);
  for (let i = 0; i < journeys.count; i += 1) {
    if (!(journeys.conversions[i]! > 0)) continue;
    const start = starts[i]!;
    const count = starts[i + 1]! - start;
    if (count === 0) continue;
    if (count > parts.length) {
      parts = new Float64Array(count);
      remainders = new Float64Array(count);
    }
    if (count === 1) parts[0] = journeys.values[i]!;
    else splitLargestRemainder(journeys.values[i]!, perMember, start, count, parts, remainders);
    const base = (groupOf ? groupOf[i]! : 0) * channelCount;
    for (let k = 0; k < count; k += 1) {
      const at = base + channels[start + k]!;
      credited[at] = credited[at]! + parts[k]!;
      touched[at] = touched[at]! + 1;
    }
  }
  return { groupCount, channelCount, credited, journeys: touched };
}
