import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { actorUserId } from '../../platform/policy.js';
import { toCourseView } from './course-view.js';
import type { Course } from './enablement.schemas.js';
import { courses } from './enablement.table.js';
import type { CreateCourseInput } from './enablement-input.schemas.js';

/** A new course starts as a draft: lessons and a quiz are added before it is published. */
export async function createCourse(ctx: Ctx, input: CreateCourseInput): Promise<Course> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(courses)
      .values({
        id: tx.ids(),
        title: input.title,
        summary: input.summary ?? null,
        status: 'draft',
        estimatedMinutes: input.estimatedMinutes,
        openToAll: input.openToAll,
        certificationName: input.certification?.name ?? null,
        certificationValidDays: input.certification?.validDays ?? null,
        createdBy: actorUserId(tx.actor),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const course = toCourseView({ row: row!, lessonCount: 0, hasQuiz: false });
    await recordAudit(tx, {
      action: 'course.create',
      entityType: 'course',
      entityId: row!.id,
      after: course,
    });
    return course;
  });
}
