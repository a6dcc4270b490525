/**
 * Journeys in columnar form: journey i's touches are `channels[offsets[i] .. offsets[i + 1])`, oldest
 * first. Channels are small integer ids (partners, marketing channels …) so the kernels run over
 * typed arrays without hashing.
 */
export interface Journeys {
  count: number;
  channelCount: number;
  offsets: Int32Array;
  channels: Int32Array;
  /** Per touch: days from the touch to the journey's end (close). Without it each step counts a day. */
  ageDays?: Float64Array;
  /** Per journey: position of the lead-creation touch inside the journey, or -1 when unknown. */
  leadTouch?: Int32Array;
  /** Per journey: conversions (a won deal is 1) and non-conversions (a lost deal is 1). */
  conversions: Float64Array;
  nulls: Float64Array;
  /** Per journey: what is credited, e.g. a deal's amount in minor units or a path's conversion value. */
  values: Float64Array;
}

export interface JourneyInput {
  channels: number[];
  ageDays?: number[];
  leadTouch?: number;
  conversions?: number;
  nulls?: number;
  value?: number;
}

/** Packs plain journeys (tests, small inputs) into the columnar form. */
export function packJourneys(channelCount: number, input: readonly JourneyInput[]): Journeys {
  const count = input.length;
  const offsets = new Int32Array(count + 1);
  for (let i = 0; i < count; i += 1) offsets[i + 1] = offsets[i]! + input[i]!.channels.length;
  const touches = offsets[count]!;
  const channels = new Int32Array(touches);
  const hasAges = input.some((j) => j.ageDays !== undefined);
  const ageDays = hasAges ? new Float64Array(touches) : undefined;
  const leadTouch = new Int32Array(count).fill(-1);
  const conversions = new Float64Array(count);
  const nulls = new Float64Array(count);
  const values = new Float64Array(count);
  input.forEach((journey, i) => {
    const start = offsets[i]!;
    journey.channels.forEach((channel, k) => {
      if (!Number.isInteger(channel) || channel < 0 || channel >= channelCount) {
        throw new RangeError(`journey ${i}: channel ${channel} is outside 0..${channelCount - 1}`);
      }
      channels[start + k] = channel;
      if (ageDays) ageDays[start + k] = journey.ageDays?.[k] ?? journey.channels.length - 1 - k;
    });
    leadTouch[i] = journey.leadTouch ?? -1;
    conversions[i] = journey.conversions ?? 1;
    nulls[i] = journey.nulls ?? 0;
    values[i] = journey.value ?? conversions[i]!;
  });
  return {
    count,
    channelCount,
    offsets,
    channels,
    ...(ageDays ? { ageDays } : {}),
    leadTouch,
    conversions,
    nulls,
    values,
  };
}

/** Length of the longest journey: the size of per-journey scratch buffers. */
export function longestJourney(journeys: Journeys): number {
  let longest = 0;
  for (let i = 0; i < journeys.count; i += 1) {
    const length = journeys.offsets[i + 1]! - journeys.offsets[i]!;
    if (length > longest) longest = length;
  }
  return longest;
}
