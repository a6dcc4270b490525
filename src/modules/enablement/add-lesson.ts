import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Lesson } from './enablement.schemas.js';
import { courseLessons, courses } from './enablement.table.js';
import type { LessonInput } from './enablement-input.schemas.js';
import { lessonContent, toLessonView } from './lesson-view.js';
import { lockCourse } from './load-course.js';

const MAX_LESSONS = 500;

/** Adds a lesson at the end of the course. */
export async function addLesson(ctx: Ctx, courseId: string, input: LessonInput): Promise<Lesson> {
  return inTransaction(ctx, async (tx) => {
    await lockCourse(tx, courseId);
    const [count] = await tx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(courseLessons)
      .where(eq(courseLessons.courseId, courseId));
    const position = Number(count?.n ?? 0);
    if (position >= MAX_LESSONS)
      throw new AppError('conflict', `A course holds at most ${MAX_LESSONS} lessons`);
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(courseLessons)
      .values({ id: tx.ids(), courseId, position, ...lessonContent(input), createdAt: now, updatedAt: now })
      .returning();
    await tx.db.update(courses).set({ updatedAt: now }).where(eq(courses.id, courseId));
    const lesson = toLessonView(row!);
    await recordAudit(tx, {
      action: 'lesson.create',
      entityType: 'lesson',
      entityId: row!.id,
      after: { courseId, ...lesson },
    });
    return lesson;
  });
}
