import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { toCourseView } from './course-view.js';
import type { Course, CourseStatus } from './enablement.schemas.js';
import { courses } from './enablement.table.js';
import type { UpdateCourseInput } from './enablement-input.schemas.js';
import { assertPublishable, loadVisibleCourse, lockCourse } from './load-course.js';

/** Where a course may go from each status; a published course never goes back to draft. */
const NEXT_STATUSES: Record<CourseStatus, readonly CourseStatus[]> = {
  draft: ['published', 'archived'],
  published: ['archived'],
  archived: ['published'],
};

/** Edits a course, and publishes or archives it; a published course must stay publishable. */
export async function updateCourse(ctx: Ctx, id: string, input: UpdateCourseInput): Promise<Course> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockCourse(tx, id);
    const from = before.status as CourseStatus;
    if (input.status && input.status !== from && !NEXT_STATUSES[from].includes(input.status)) {
      throw new AppError('conflict', `A ${from} course cannot become ${input.status}`, {
        errors: [{ field: 'status', message: `may be ${NEXT_STATUSES[from].join(' or ')}` }],
      });
    }
    const changes: Partial<typeof courses.$inferInsert> = { updatedAt: tx.clock.now() };
    if (input.title !== undefined) changes.title = input.title;
    if (input.summary !== undefined) changes.summary = input.summary;
    if (input.estimatedMinutes !== undefined) changes.estimatedMinutes = input.estimatedMinutes;
    if (input.openToAll !== undefined) changes.openToAll = input.openToAll;
    if (input.status !== undefined) changes.status = input.status;
    if (input.certification !== undefined) {
      changes.certificationName = input.certification?.name ?? null;
      changes.certificationValidDays = input.certification?.validDays ?? null;
    }
    await tx.db.update(courses).set(changes).where(eq(courses.id, id));
    await assertPublishable(tx, id);
    const after = await loadVisibleCourse(tx, id, null);
    const course = toCourseView(after);
    await recordAudit(tx, {
      action: input.status && input.status !== from ? `course.${input.status}` : 'course.update',
      entityType: 'course',
      entityId: id,
      before: toCourseView({ ...after, row: before }),
      after: course,
    });
    return course;
  });
}
