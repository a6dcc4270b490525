import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { courseQuizzes, courses } from './enablement.table.js';
import { assertPublishable, lockCourse } from './load-course.js';
import { loadQuiz, toQuizKeyView } from './quiz-view.js';

/** Removes the course's quiz; a published course that certifies keeps it (see assertPublishable). */
export async function deleteQuiz(ctx: Ctx, courseId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await lockCourse(tx, courseId);
    const before = await loadQuiz(tx, courseId);
    if (!before) throw notFound('Quiz');
    await tx.db.delete(courseQuizzes).where(eq(courseQuizzes.courseId, courseId));
    await tx.db.update(courses).set({ updatedAt: tx.clock.now() }).where(eq(courses.id, courseId));
    await assertPublishable(tx, courseId);
    await recordAudit(tx, {
      action: 'quiz.delete',
      entityType: 'course',
      entityId: courseId,
      before: toQuizKeyView(before),
    });
  });
}
