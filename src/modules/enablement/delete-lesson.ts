import { and, eq, gt, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { courseLessons, courses } from './enablement.table.js';
import { loadLesson, toLessonView } from './lesson-view.js';
import { assertPublishable, lockCourse } from './load-course.js';

/** Removes a lesson (and learners' completions of it); the lessons after it move up one place. */
export async function deleteLesson(ctx: Ctx, courseId: string, lessonId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await lockCourse(tx, courseId);
    const before = await loadLesson(tx, courseId, lessonId);
    await tx.db.delete(courseLessons).where(eq(courseLessons.id, lessonId));
    await tx.db
      .update(courseLessons)
      .set({ position: sql`${courseLessons.position} - 1` })
      .where(and(eq(courseLessons.courseId, courseId), gt(courseLessons.position, before.position)));
    await tx.db.update(courses).set({ updatedAt: tx.clock.now() }).where(eq(courses.id, courseId));
    await assertPublishable(tx, courseId);
    await recordAudit(tx, {
      action: 'lesson.delete',
      entityType: 'lesson',
      entityId: lessonId,
      before: { courseId, ...toLessonView(before) },
    });
  });
}
