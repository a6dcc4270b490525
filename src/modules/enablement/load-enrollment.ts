import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { enrollments } from './enablement.table.js';
import type { Learner } from './learner.js';
import type { EnrollmentRow } from './progress.js';

/** The learner's own enrollment in a course, locked: its lesson and quiz writes take turns. */
export async function lockOwnEnrollment(
  ctx: Ctx,
  learner: Learner,
  courseId: string,
): Promise<EnrollmentRow> {
  const [row] = await ctx.db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.courseId, courseId), eq(enrollments.userId, learner.userId)))
    .limit(1)
    .for('update');
  if (!row) throw new AppError('conflict', 'Enroll in the course first');
  return row;
}
