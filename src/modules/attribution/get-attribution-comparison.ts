import { journeyMembers } from '../../analytics/attribution/credit-journeys.js';
import { MODEL_NAMES, type ModelName } from '../../analytics/attribution/models.js';
import type { Ctx } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import { attributeDeals } from './attribute-deals.js';
import type { AttributionComparison } from './attribution.schemas.js';
import { attributionPeriod, checkHalfLife, periodOrDefault } from './attribution-period.js';
import { loadDealJourneys } from './load-deal-journeys.js';
import { partnerNames } from './partner-names.js';

export interface AttributionComparisonInput {
  from?: string | undefined;
  to?: string | undefined;
  halfLifeDays: number;
}

type Credits = Record<ModelName, number>;

const noCredits = (): Credits => Object.fromEntries(MODEL_NAMES.map((model) => [model, 0])) as Credits;

/** Every model's credit per partner side by side, from one load of the period's deal journeys. */
export async function getAttributionComparison(
  ctx: Ctx,
  input: AttributionComparisonInput,
): Promise<AttributionComparison> {
  const { from, to } = periodOrDefault(ctx.clock.now(), input);
  const { start, end } = attributionPeriod(from, to);
  const halfLifeDays = checkHalfLife(input.halfLifeDays);
  const data = await loadDealJourneys(ctx, start, end);
  const rows = new Map<string, AttributionComparison['partners'][number]>();
  const reuse = {
    members: journeyMembers(data.journeys),
    shares: new Float64Array(data.journeys.channels.length),
  };
  for (const model of MODEL_NAMES) {
    for (const credit of attributeDeals(data, model, { halfLifeDays }, reuse)) {
      const key = `${credit.partnerId}|${credit.currency}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          partnerId: credit.partnerId,
          partnerName: '',
          currency: credit.currency,
          deals: credit.deals,
          credits: noCredits(),
        };
        rows.set(key, row);
      }
      row.credits[model] = credit.attributedMinor;
    }
  }
  const names = await partnerNames(
    ctx,
    [...rows.values()].map((row) => row.partnerId),
  );
  const scope = partnerScope(ctx.actor);
  const partners = [...rows.values()]
    .filter((row) => scope === null || row.partnerId === scope)
    .map((row) => ({ ...row, partnerName: names.get(row.partnerId) ?? row.partnerId }))
    .sort((a, b) => b.credits.linear - a.credits.linear || a.partnerName.localeCompare(b.partnerName));
  return { from, to, halfLifeDays, models: [...MODEL_NAMES], partners, totals: totalsOf(data, partners) };
}

function totalsOf(
  data: Awaited<ReturnType<typeof loadDealJourneys>>,
  partners: AttributionComparison['partners'],
): AttributionComparison['totals'] {
  return data.currencies
    .map((currency, group) => {
      let wonMinor = 0;
      let deals = 0;
      let lostDeals = 0;
      for (let i = 0; i < data.journeys.count; i += 1) {
        if (data.currencyOf[i] !== group) continue;
        if (data.journeys.conversions[i]! > 0) {
          deals += 1;
          wonMinor += data.journeys.values[i]!;
        } else lostDeals += 1;
      }
      const credits = noCredits();
      for (const row of partners) {
        if (row.currency !== currency) continue;
        for (const model of MODEL_NAMES) credits[model] += row.credits[model];
      }
      return { currency, wonMinor, deals, lostDeals, credits };
    })
    .sort((a, b) => a.currency.localeCompare(b.currency));
}
