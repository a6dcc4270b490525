import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { type CountedCourse, type CourseRow, courseCounts } from './course-view.js';
import { courses } from './enablement.table.js';
import { courseAvailableTo, type Learner } from './learner.js';

/**
 * One course the caller may see: any course for the vendor; for a learner only a published course
 * open to it or in one of its learning paths. Not available and not existing are the same 404.
 */
export async function loadVisibleCourse(
  ctx: Ctx,
  id: string,
  learner: Learner | null,
): Promise<CountedCourse> {
  const [found] = await ctx.db
    .select({ row: courses, ...courseCounts })
    .from(courses)
    .where(and(eq(courses.id, id), learner ? courseAvailableTo(learner) : undefined))
    .limit(1);
  if (!found) throw notFound('Course');
  return found;
}

/** A course for its authors to change, locked so concurrent edits of its lessons take turns. */
export async function lockCourse(ctx: Ctx, id: string): Promise<CourseRow> {
  const [row] = await ctx.db.select().from(courses).where(eq(courses.id, id)).limit(1).for('update');
  if (!row) throw notFound('Course');
  return row;
}

/**
 * What a published course must have, checked after every change to one: a lesson to take, and a quiz
 * when it certifies (a certification is earned by passing it).
 */
export async function assertPublishable(ctx: Ctx, id: string): Promise<void> {
  const [found] = await ctx.db
    .select({ row: courses, ...courseCounts })
    .from(courses)
    .where(eq(courses.id, id))
    .limit(1);
  if (found?.row.status !== 'published') return;
  if (Number(found.lessonCount) === 0)
    throw new AppError('conflict', 'A published course needs at least one lesson');
  if (found.row.certificationName && !found.hasQuiz)
    throw new AppError(
      'conflict',
      'A course that certifies needs a quiz: a certification is earned by passing it',
    );
}
