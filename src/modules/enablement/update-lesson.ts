import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { Lesson } from './enablement.schemas.js';
import { courseLessons, courses } from './enablement.table.js';
import type { LessonInput } from './enablement-input.schemas.js';
import { lessonContent, loadLesson, toLessonView } from './lesson-view.js';
import { lockCourse } from './load-course.js';

/** Replaces a lesson's title and content (its kind may change); its place and completions stay. */
export async function updateLesson(
  ctx: Ctx,
  courseId: string,
  lessonId: string,
  input: LessonInput,
): Promise<Lesson> {
  return inTransaction(ctx, async (tx) => {
    await lockCourse(tx, courseId);
    const before = await loadLesson(tx, courseId, lessonId);
    const now = tx.clock.now();
    const [row] = await tx.db
      .update(courseLessons)
      .set({ ...lessonContent(input), updatedAt: now })
      .where(eq(courseLessons.id, lessonId))
      .returning();
    await tx.db.update(courses).set({ updatedAt: now }).where(eq(courses.id, courseId));
    const lesson = toLessonView(row!);
    await recordAudit(tx, {
      action: 'lesson.update',
      entityType: 'lesson',
      entityId: lessonId,
      before: { courseId, ...toLessonView(before) },
      after: { courseId, ...lesson },
    });
    return lesson;
  });
}
