import { and, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { courseCounts, toCourseView } from './course-view.js';
import type { CatalogCourse, CourseStatus } from './enablement.schemas.js';
import { courses, enrollments, learningPathCourses, learningPaths } from './enablement.table.js';
import { courseAvailableTo, learnerOf } from './learner.js';
import { visiblePaths } from './path-view.js';
import { loadProgress } from './progress.js';

export const COURSE_SORTS = ['title', 'createdAt', 'updatedAt'] as const;

export interface FindCoursesInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: CourseStatus | undefined;
  pathId?: string | undefined;
  q?: string | undefined;
}

/**
 * The vendor's course list (every status), or a learner's catalogue: the courses available to it,
 * each with the learner's own progress.
 */
export async function findCourses(ctx: Ctx, input: FindCoursesInput): Promise<Page<CatalogCourse>> {
  const learner = await learnerOf(ctx);
  const plan = keyset(
    input.sort,
    {
      title: { column: courses.title, read: (r) => r.title as string },
      createdAt: { column: courses.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      updatedAt: { column: courses.updatedAt, read: (r) => (r.updatedAt as Date).toISOString() },
    },
    { column: courses.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, learner ? courseAvailableTo(learner) : undefined];
  if (input.status) filters.push(eq(courses.status, input.status));
  if (input.q) filters.push(ilike(courses.title, containsPattern(input.q)));
  if (input.pathId) {
    // A learner may narrow by its own paths only; another audience's path lists nothing.
    const inPath = ctx.db
      .select({ id: learningPathCourses.courseId })
      .from(learningPathCourses)
      .innerJoin(learningPaths, eq(learningPaths.id, learningPathCourses.pathId))
      .where(and(eq(learningPathCourses.pathId, input.pathId), visiblePaths(learner)));
    filters.push(inArray(courses.id, inPath));
  }
  const rows = await ctx.db
    .select({ row: courses, ...courseCounts })
    .from(courses)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(
    rows.map((r) => ({ ...r.row, counted: r })),
    input.limit,
    plan,
    (r) => r.counted,
  );
  const progress = new Map<string, CatalogCourse['progress']>();
  if (learner && page.items.length) {
    const mine = await ctx.db
      .select()
      .from(enrollments)
      .where(
        and(
          eq(enrollments.userId, learner.userId),
          inArray(
            enrollments.courseId,
            page.items.map((c) => c.row.id),
          ),
        ),
      );
    const loaded = await loadProgress(ctx, mine);
    for (const e of mine) progress.set(e.courseId, loaded.get(e.id) ?? null);
  }
  return {
    items: page.items.map((c) => ({ ...toCourseView(c), progress: progress.get(c.row.id) ?? null })),
    nextCursor: page.nextCursor,
  };
}
