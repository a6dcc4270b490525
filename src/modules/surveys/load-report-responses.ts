import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { ResponseScores } from '../../analytics/satisfaction/satisfaction-math.js';
import type { Ctx } from '../../platform/context.js';
import { partners } from '../partners/partners.table.js';
import type { ReportRange } from './report-range.js';
import { surveyResponses, surveys } from './surveys.table.js';

export interface ReportResponse extends ResponseScores {
  partnerId: string;
  surveyId: string;
  surveyName: string;
  tier: string | null;
  regions: string[];
  type: string;
  month: string;
}

/** The responses submitted in the range, with what the reports group them by. */
export async function loadReportResponses(
  ctx: Ctx,
  range: ReportRange,
  filter: { surveyId?: string | undefined; partnerId?: string | undefined } = {},
): Promise<ReportResponse[]> {
  const r = surveyResponses;
  const conditions: (SQL | undefined)[] = [gte(r.submittedAt, range.start), lt(r.submittedAt, range.end)];
  if (filter.surveyId) conditions.push(eq(r.surveyId, filter.surveyId));
  if (filter.partnerId) conditions.push(eq(r.partnerId, filter.partnerId));
  const rows = await ctx.db
    .select({
      partnerId: r.partnerId,
      surveyId: r.surveyId,
      surveyName: surveys.name,
      ratings: r.ratings,
      recommend: r.recommend,
      submittedAt: r.submittedAt,
      tier: partners.tier,
      regions: partners.regions,
      type: partners.type,
    })
    .from(r)
    .innerJoin(partners, eq(partners.id, r.partnerId))
    .innerJoin(surveys, eq(surveys.id, r.surveyId))
    .where(and(...conditions));
  return rows.map((row) => ({
    partnerId: row.partnerId,
    surveyId: row.surveyId,
    surveyName: row.surveyName,
    ratings: Object.values(row.ratings as Record<string, number>),
    recommend: row.recommend,
    tier: row.tier,
    regions: row.regions,
    type: row.type,
    month: row.submittedAt.toISOString().slice(0, 7),
  }));
}
