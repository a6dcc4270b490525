import { and, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import type { CoInnovationProject, PROJECT_STATUSES } from './program.schemas.js';
import { coInnovationPartners, coInnovationProjects } from './program.table.js';
import { type ProjectRow, toProjectViews } from './project-view.js';

export interface FindProjectsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: (typeof PROJECT_STATUSES)[number][] | undefined;
  partnerId?: string | undefined;
  q?: string | undefined;
}

/** Projects with their metrics, paged; filter by status, a partner in the project, or name. */
export async function findCoInnovationProjects(
  ctx: Ctx,
  input: FindProjectsInput,
): Promise<Page<CoInnovationProject>> {
  const page = keyset(
    input.sort,
    {
      name: {
        column: sql`lower(${coInnovationProjects.name})`,
        read: (row) => String(row.name).toLowerCase(),
        fits: (v) => typeof v === 'string' && v.length <= 1000,
      },
      createdAt: {
        column: coInnovationProjects.createdAt,
        read: (row) => (row.createdAt as Date).toISOString(),
      },
    },
    { column: coInnovationProjects.id, read: (row) => row.id as string },
    input.cursor,
  );
  const rows = await ctx.db
    .select()
    .from(coInnovationProjects)
    .where(
      and(
        page.where,
        input.status ? inArray(coInnovationProjects.status, input.status) : undefined,
        input.q ? ilike(coInnovationProjects.name, containsPattern(input.q)) : undefined,
        input.partnerId
          ? inArray(
              coInnovationProjects.id,
              ctx.db
                .select({ id: coInnovationPartners.projectId })
                .from(coInnovationPartners)
                .where(eq(coInnovationPartners.partnerId, input.partnerId)),
            )
          : undefined,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(input.limit + 1);
  const kept = rows.slice(0, input.limit);
  const views = new Map((await toProjectViews(ctx, kept)).map((view) => [view.id, view]));
  return toPage(
    rows as (ProjectRow & Record<string, unknown>)[],
    input.limit,
    page,
    (row) => views.get(row.id)!,
  );
}
