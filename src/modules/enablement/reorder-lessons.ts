import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import type { Lesson } from './enablement.schemas.js';
import { courseLessons, courses } from './enablement.table.js';
import { findLessons, toLessonView } from './lesson-view.js';
import { lockCourse } from './load-course.js';

/** Puts the course's lessons in the given order; the list must name each of them exactly once. */
export async function reorderLessons(ctx: Ctx, courseId: string, lessonIds: string[]): Promise<Lesson[]> {
  return inTransaction(ctx, async (tx) => {
    await lockCourse(tx, courseId);
    const current = await findLessons(tx, courseId);
    const known = new Set(current.map((l) => l.id));
    const stranger = lessonIds.findIndex((id) => !known.has(id));
    if (stranger >= 0) throw invalidField(`lessonIds.${stranger}`, 'is not a lesson of this course');
    if (lessonIds.length !== current.length)
      throw invalidField('lessonIds', `must name all ${current.length} lessons of the course`);
    const order = JSON.stringify(lessonIds.map((id, position) => ({ id, position })));
    await tx.db.execute(sql`
      UPDATE ${courseLessons} AS l SET position = o.position
      FROM jsonb_to_recordset(${order}::jsonb) AS o(id uuid, position int)
      WHERE l.id = o.id`);
    await tx.db.update(courses).set({ updatedAt: tx.clock.now() }).where(eq(courses.id, courseId));
    const after = (await findLessons(tx, courseId)).map(toLessonView);
    await recordAudit(tx, {
      action: 'lesson.reorder',
      entityType: 'course',
      entityId: courseId,
      before: { lessonIds: current.map((l) => l.id) },
      after: { lessonIds },
    });
    return after;
  });
}
