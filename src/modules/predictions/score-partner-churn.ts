import { predictProbability } from '../../analytics/stats/logistic-regression.js';
import type { Ctx } from '../../platform/context.js';
import { churnRow, inChurnPopulation } from './churn-features.js';
import { currentChurnModel } from './current-models.js';
import { describeChurnFeature, topFactors } from './explain-score.js';
import { readPartnerTimelines } from './read-partner-timelines.js';

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
  ctx: Ctx,
  query: { asOf?: string; partnerId?: string },
): Promise<PartnerChurnScore[]> {
  return (await scorePartnerChurnWithModel(ctx, query)).items;
}

export interface ChurnScores {
  /** Null when no model was saved and one was fitted for the request. */
  trainedAt: string | null;
  trainedThrough: string;
  items: PartnerChurnScore[];
}

/** The scores with the model they came from; riskiest first. Empty when no model can be fitted yet. */
export async function scorePartnerChurnWithModel(
  ctx: Ctx,
  query: { asOf?: string; partnerId?: string },
): Promise<ChurnScores> {
  const asOf = query.asOf ? new Date(query.asOf) : ctx.clock.now();
  const current = await currentChurnModel(ctx.db, asOf);
  if (!current) return { trainedAt: null, trainedThrough: asOf.toISOString(), items: [] };
  const at = asOf.getTime();
  const items = (await readPartnerTimelines(ctx.db))
    .filter((t) => (!query.partnerId || t.partnerId === query.partnerId) && inChurnPopulation(t, at))
    .map((timeline) => {
      const row = churnRow(timeline, at, at);
      return {
        partnerId: timeline.partnerId,
        partnerName: timeline.partnerName,
        probability: predictProbability(current.model, row.values),
        factors: topFactors(current.model, row.values, (feature, i) =>
          describeChurnFeature(feature, row.values[i]!),
        ),
      };
    })
    .sort((a, b) => b.probability - a.probability || a.partnerName.localeCompare(b.partnerName));
  return {
    trainedAt: current.trainedAt?.toISOString() ?? null,
    trainedThrough: current.trainedThrough.toISOString(),
    items,
  };
}
