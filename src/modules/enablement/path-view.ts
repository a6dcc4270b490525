import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { invalidField, notFound } from '../../platform/errors.js';
import type { PartnerType } from '../partners/partners.schemas.js';
import type { CourseStatus, LearningPath } from './enablement.schemas.js';
import { courses, learningPathCourses, learningPaths } from './enablement.table.js';
import type { Learner } from './learner.js';
import { pathReaches } from './learner.js';

export type PathRow = typeof learningPaths.$inferSelect;

/** The paths with their courses in order; a learner sees only the published courses of a path. */
export async function toPathViews(
  ctx: Ctx,
  rows: PathRow[],
  learner: Learner | null,
): Promise<LearningPath[]> {
  if (!rows.length) return [];
  const members = await ctx.db
    .select({
      pathId: learningPathCourses.pathId,
      position: learningPathCourses.position,
      id: courses.id,
      title: courses.title,
      status: courses.status,
      estimatedMinutes: courses.estimatedMinutes,
    })
    .from(learningPathCourses)
    .innerJoin(courses, eq(courses.id, learningPathCourses.courseId))
    .where(
      and(
        inArray(
          learningPathCourses.pathId,
          rows.map((r) => r.id),
        ),
        learner ? eq(courses.status, 'published') : undefined,
      ),
    )
    .orderBy(asc(learningPathCourses.position));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    partnerTypes: row.partnerTypes as PartnerType[],
    roles: row.roles as LearningPath['roles'],
    courses: members
      .filter((m) => m.pathId === row.id)
      .map((m) => ({
        id: m.id,
        title: m.title,
        status: m.status as CourseStatus,
        estimatedMinutes: m.estimatedMinutes,
        position: m.position,
      })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** The condition on learning_paths for what the caller may see: a learner only the paths reaching it. */
export function visiblePaths(learner: Learner | null): SQL | undefined {
  return learner ? pathReaches(learner) : undefined;
}

export async function loadPath(
  ctx: Ctx,
  id: string,
  learner: Learner | null,
  forUpdate = false,
): Promise<PathRow> {
  const query = ctx.db
    .select()
    .from(learningPaths)
    .where(and(eq(learningPaths.id, id), visiblePaths(learner)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Learning path');
  return row;
}

/** Replaces a path's course list; every id must name an existing course. */
export async function setPathCourses(ctx: Ctx, pathId: string, courseIds: string[]): Promise<void> {
  if (courseIds.length) {
    const found = await ctx.db.select({ id: courses.id }).from(courses).where(inArray(courses.id, courseIds));
    const known = new Set(found.map((c) => c.id));
    const missing = courseIds.findIndex((id) => !known.has(id));
    if (missing >= 0) throw invalidField(`courseIds.${missing}`, 'is not a course');
  }
  await ctx.db.delete(learningPathCourses).where(eq(learningPathCourses.pathId, pathId));
  if (courseIds.length) {
    await ctx.db
      .insert(learningPathCourses)
      .values(courseIds.map((courseId, position) => ({ pathId, courseId, position })));
  }
}
