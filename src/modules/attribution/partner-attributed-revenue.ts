import type { Ctx } from '../../platform/context.js';

/** The attribution models, by the names the API and CLI use. */
export const ATTRIBUTION_MODELS = [
  'first_touch',
  'last_touch',
  'linear',
  'time_decay',
  'position_based',
  'w_shaped',
  'markov',
  'shapley',
] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

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
 */
export async function partnerAttributedRevenue(
  _ctx: Ctx,
  _query: AttributedRevenueQuery,
): Promise<PartnerAttributedRevenue[]> {
  throw new Error('partnerAttributedRevenue is not built yet');
}
