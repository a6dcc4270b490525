import { and, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { toSurveyViews } from './survey-view.js';
import type { Survey } from './surveys.schemas.js';
import { surveys } from './surveys.table.js';

export const SURVEY_SORTS = ['createdAt', 'name', 'updatedAt'] as const;

export interface FindSurveysInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: string[] | undefined;
  trigger?: string[] | undefined;
  q?: string | undefined;
}

const iso = (value: unknown) => (value as Date).toISOString();

export async function findSurveys(ctx: Ctx, input: FindSurveysInput): Promise<Page<Survey>> {
  const t = surveys;
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: t.createdAt, read: (r) => iso(r.createdAt) },
      updatedAt: { column: t.updatedAt, read: (r) => iso(r.updatedAt) },
      name: { column: t.name, read: (r) => r.name as string },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where];
  if (input.status?.length) filters.push(inArray(t.status, input.status));
  if (input.trigger?.length) filters.push(inArray(t.trigger, input.trigger));
  if (input.q) filters.push(ilike(t.name, `%${input.q.replace(/[%_\\]/g, '\\$&')}%`));
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit, plan, (row) => row);
  return { items: await toSurveyViews(ctx, page.items), nextCursor: page.nextCursor };
}
