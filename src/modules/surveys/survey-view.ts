import { inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Survey, SurveyInput } from './surveys.schemas.js';
import { surveyInvitations, type surveys } from './surveys.table.js';

type SurveyRow = typeof surveys.$inferSelect;
type Counts = Survey['counts'];

const NO_COUNTS: Counts = { invited: 0, pending: 0, answered: 0, expired: 0, responseRate: null };

/** Invitation counts per survey, in one grouped query. */
async function countsOf(ctx: Ctx, surveyIds: string[]): Promise<Map<string, Counts>> {
  if (!surveyIds.length) return new Map();
  const t = surveyInvitations;
  const rows = await ctx.db
    .select({
      surveyId: t.surveyId,
      invited: sql<number>`count(*)::int`,
      pending: sql<number>`count(*) filter (where ${t.status} = 'pending')::int`,
      answered: sql<number>`count(*) filter (where ${t.status} = 'answered')::int`,
      expired: sql<number>`count(*) filter (where ${t.status} = 'expired')::int`,
    })
    .from(t)
    .where(inArray(t.surveyId, surveyIds))
    .groupBy(t.surveyId);
  return new Map(
    rows.map((r) => {
      const closed = r.answered + r.expired;
      const responseRate = closed ? Math.round((r.answered / closed) * 1000) / 10 : null;
      return [r.surveyId, { ...r, responseRate }];
    }),
  );
}

export async function toSurveyViews(ctx: Ctx, rows: SurveyRow[]): Promise<Survey[]> {
  const counts = await countsOf(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    questions: row.questions as SurveyInput['questions'],
    recommendQuestion: row.recommendQuestion,
    commentQuestion: row.commentQuestion,
    trigger: row.trigger as SurveyInput['trigger'],
    intervalDays: row.intervalDays,
    roles: row.roles as SurveyInput['roles'],
    responseDays: row.responseDays,
    status: row.status as Survey['status'],
    counts: counts.get(row.id) ?? NO_COUNTS,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function toSurveyView(ctx: Ctx, row: SurveyRow): Promise<Survey> {
  const [view] = await toSurveyViews(ctx, [row]);
  return view!;
}
