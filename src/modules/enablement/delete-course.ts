import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { toCourseView } from './course-view.js';
import { courses } from './enablement.table.js';
import { loadVisibleCourse, lockCourse } from './load-course.js';

/** Deletes a draft; a course that was ever published keeps its learners' records and is archived instead. */
export async function deleteCourse(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await lockCourse(tx, id);
    const before = await loadVisibleCourse(tx, id, null);
    if (before.row.status !== 'draft')
      throw new AppError('conflict', 'Only a draft course can be deleted; archive this one instead');
    await tx.db.delete(courses).where(eq(courses.id, id));
    await recordAudit(tx, {
      action: 'course.delete',
      entityType: 'course',
      entityId: id,
      before: toCourseView(before),
    });
  });
}
