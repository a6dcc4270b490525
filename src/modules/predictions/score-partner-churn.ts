import type { Ctx } from '../../platform/context.js';

export interface ScoreFactor {
  feature: string;
  /** Signed contribution to the score (log-odds); positive raises the probability. */
  contribution: number;
  description: string;
}

export interface PartnerChurnScore {
  partnerId: string;
  partnerName: string;
  /** Probability the partner goes inactive in the next 180 days. */
  probability: number;
  factors: ScoreFactor[];
}

/** Churn risk for every active or at-risk partner, from the latest trained churn model. */
export async function scorePartnerChurn(
  _ctx: Ctx,
  _query: { asOf?: string; partnerId?: string },
): Promise<PartnerChurnScore[]> {
  throw new Error('scorePartnerChurn is not built yet');
}
