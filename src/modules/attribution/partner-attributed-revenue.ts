import { DEFAULT_HALF_LIFE_DAYS, MODEL_NAMES, type ModelName } from '../../analytics/attribution/models.js';
import type { Ctx } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import { attributeDeals } from './attribute-deals.js';
import { attributionPeriod, checkHalfLife } from './attribution-period.js';
import { loadDealJourneys } from './load-deal-journeys.js';

/** The attribution models, by the names the API and CLI use: the kernels' own list. */
export const ATTRIBUTION_MODELS = MODEL_NAMES;
export type AttributionModel = ModelName;

export interface AttributedRevenueQuery {
  /** Deals closed won in [from, to) (ISO dates). */
  from: string;
  to: string;
  model: AttributionModel;
  /** time_decay only; default 7. */
  halfLifeDays?: number;
  /** Limit to one partner's credit (partner users are always limited to their own). */
  partnerId?: string;
}

export interface PartnerAttributedRevenue {
  partnerId: string;
  currency: string;
  /** This partner's credit from the model, in minor units (a deal's credits sum to its amount). */
  attributedMinor: number;
  /** Won deals the partner touched. */
  deals: number;
}

/**
 * Per-partner credit for partner-influenced revenue (PRODUCT.md): won deals in the period with at
 * least one partner touch, their amount split over the partners' touchpoints by the chosen model.
 * Lost deals with partner touches in the period are the Markov model's non-conversions. One entry per
 * partner and currency, largest credit first.
 */
export async function partnerAttributedRevenue(
  ctx: Ctx,
  query: AttributedRevenueQuery,
): Promise<PartnerAttributedRevenue[]> {
  const { start, end } = attributionPeriod(query.from, query.to);
  const halfLifeDays = checkHalfLife(query.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS);
  // Every model is computed over all partners' touches (Markov and Shapley need the whole program);
  // only the result is narrowed to the partner asked for.
  const data = await loadDealJourneys(ctx, start, end);
  const credits = attributeDeals(data, query.model, { halfLifeDays });
  const only = partnerScope(ctx.actor) ?? query.partnerId ?? null;
  return only === null ? credits : credits.filter((credit) => credit.partnerId === only);
}
