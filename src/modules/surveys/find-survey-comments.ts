import { and, eq, gte, lt, ne, type SQL } from 'drizzle-orm';
import { psatOf } from '../../analytics/satisfaction/satisfaction-math.js';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { users } from '../identity/identity.table.js';
import { partners } from '../partners/partners.table.js';
import { reportRange } from './report-range.js';
import type { SurveyComment } from './surveys.schemas.js';
import { surveyResponses, surveys } from './surveys.table.js';

export interface FindSurveyCommentsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  from?: string | undefined;
  to?: string | undefined;
  surveyId?: string | undefined;
  partnerId?: string | undefined;
  /** Only responses that wrote something (default). */
  withComment: boolean;
}

const iso = (value: unknown) => (value as Date).toISOString();

/** What partners wrote, newest first, with who, when and how they scored (vendor staff only). */
export async function findSurveyComments(
  ctx: Ctx,
  input: FindSurveyCommentsInput,
): Promise<Page<SurveyComment>> {
  const r = surveyResponses;
  const range = reportRange(ctx.clock.now(), input);
  const plan = keyset(
    input.sort,
    {
      submittedAt: { column: r.submittedAt, read: (row) => iso(row.submittedAt) },
      recommend: { column: r.recommend, read: (row) => row.recommend as number },
    },
    { column: r.id, read: (row) => row.responseId as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [
    plan.where,
    gte(r.submittedAt, range.start),
    lt(r.submittedAt, range.end),
  ];
  if (input.withComment) filters.push(ne(r.comment, ''));
  if (input.surveyId) filters.push(eq(r.surveyId, input.surveyId));
  if (input.partnerId) filters.push(eq(r.partnerId, input.partnerId));
  const rows = await ctx.db
    .select({
      responseId: r.id,
      surveyId: r.surveyId,
      surveyName: surveys.name,
      partnerId: r.partnerId,
      partnerName: partners.name,
      userName: users.name,
      submittedAt: r.submittedAt,
      ratings: r.ratings,
      recommend: r.recommend,
      comment: r.comment,
    })
    .from(r)
    .innerJoin(surveys, eq(surveys.id, r.surveyId))
    .innerJoin(partners, eq(partners.id, r.partnerId))
    .innerJoin(users, eq(users.id, r.userId))
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, (row) => {
    const ratings = row.ratings as Record<string, number>;
    return {
      ...row,
      ratings,
      psat: psatOf(Object.values(ratings)),
      submittedAt: row.submittedAt.toISOString(),
    };
  });
}
