import {
  creditJourneys,
  type JourneyMembers,
  journeyMembers,
} from '../../analytics/attribution/credit-journeys.js';
import { type ModelName, type ModelOptions, touchShares } from '../../analytics/attribution/models.js';
import type { DealJourneys } from './load-deal-journeys.js';

export interface PartnerCredit {
  partnerId: string;
  currency: string;
  attributedMinor: number;
  deals: number;
}

/**
 * One model's credit per partner and currency over loaded deal journeys; each deal sums exactly.
 * Running several models, pass the same `reuse` (journey members and a shares buffer) to each.
 */
export function attributeDeals(
  data: DealJourneys,
  model: ModelName,
  options: ModelOptions,
  reuse: { members: JourneyMembers; shares: Float64Array } = {
    members: journeyMembers(data.journeys),
    shares: new Float64Array(data.journeys.channels.length),
  },
): PartnerCredit[] {
  const shares = touchShares(data.journeys, model, options, reuse.shares);
  const credits = creditJourneys(
    data.journeys,
    shares,
    data.currencyOf,
    data.currencies.length,
    reuse.members,
  );
  const result: PartnerCredit[] = [];
  for (let group = 0; group < credits.groupCount; group += 1) {
    for (let channel = 0; channel < credits.channelCount; channel += 1) {
      const at = group * credits.channelCount + channel;
      if (credits.journeys[at] === 0) continue;
      result.push({
        partnerId: data.partnerIds[channel]!,
        currency: data.currencies[group]!,
        attributedMinor: credits.credited[at]!,
        deals: credits.journeys[at]!,
      });
    }
  }
  return result.sort(
    (a, b) =>
      b.attributedMinor - a.attributedMinor ||
      a.currency.localeCompare(b.currency) ||
      a.partnerId.localeCompare(b.partnerId),
  );
}
