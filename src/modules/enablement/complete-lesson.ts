import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { EnrollmentProgress } from './enablement.schemas.js';
import { enrollments, lessonCompletions } from './enablement.table.js';
import { requireLearner } from './learner.js';
import { loadLesson } from './lesson-view.js';
import { loadVisibleCourse } from './load-course.js';
import { lockOwnEnrollment } from './load-enrollment.js';
import { loadProgress } from './progress.js';
import { settleEnrollment } from './settle-enrollment.js';

/** Marks a lesson done for the learner (again: no change); the last one may complete the course. */
export async function completeLesson(
  ctx: Ctx,
  courseId: string,
  lessonId: string,
): Promise<EnrollmentProgress> {
  return inTransaction(ctx, async (tx) => {
    const learner = await requireLearner(tx);
    const course = await loadVisibleCourse(tx, courseId, learner);
    await loadLesson(tx, courseId, lessonId);
    const enrollment = await lockOwnEnrollment(tx, learner, courseId);
    const now = tx.clock.now();
    const [done] = await tx.db
      .insert(lessonCompletions)
      .values({ enrollmentId: enrollment.id, lessonId, completedAt: now })
      .onConflictDoNothing()
      .returning();
    if (done) {
      await tx.db.update(enrollments).set({ updatedAt: now }).where(eq(enrollments.id, enrollment.id));
      await recordAudit(tx, {
        action: 'lesson.complete',
        entityType: 'enrollment',
        entityId: enrollment.id,
        partnerId: enrollment.partnerId,
        after: { courseId, lessonId, completedAt: now.toISOString() },
      });
    }
    await settleEnrollment(tx, enrollment, course.row);
    const [row] = await tx.db.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
    return (await loadProgress(tx, [row!])).get(row!.id)!;
  });
}
