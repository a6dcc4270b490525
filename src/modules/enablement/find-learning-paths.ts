import { and, ilike, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import type { PartnerType } from '../partners/partners.schemas.js';
import type { LearningPath } from './enablement.schemas.js';
import { learningPaths } from './enablement.table.js';
import { learnerOf } from './learner.js';
import { toPathViews, visiblePaths } from './path-view.js';

export const PATH_SORTS = ['name', 'createdAt'] as const;

export interface FindLearningPathsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  partnerType?: PartnerType | undefined;
  role?: string | undefined;
  q?: string | undefined;
}

/** The vendor sees every path (filtered by audience if asked); a learner the paths that reach it. */
export async function findLearningPaths(
  ctx: Ctx,
  input: FindLearningPathsInput,
): Promise<Page<LearningPath>> {
  const learner = await learnerOf(ctx);
  const plan = keyset(
    input.sort,
    {
      name: { column: learningPaths.name, read: (r) => r.name as string },
      createdAt: { column: learningPaths.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
    },
    { column: learningPaths.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, visiblePaths(learner)];
  if (input.partnerType) filters.push(sql`${input.partnerType} = ANY(${learningPaths.partnerTypes})`);
  if (input.role) filters.push(sql`${input.role} = ANY(${learningPaths.roles})`);
  if (input.q) filters.push(ilike(learningPaths.name, containsPattern(input.q)));
  const rows = await ctx.db
    .select()
    .from(learningPaths)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit, plan, (row) => row);
  return { items: await toPathViews(ctx, page.items, learner), nextCursor: page.nextCursor };
}
