import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import type { EnrollmentProgress } from './enablement.schemas.js';
import { enrollments } from './enablement.table.js';
import { requireLearner } from './learner.js';
import { loadVisibleCourse } from './load-course.js';
import { loadProgress } from './progress.js';

/** A partner user enrolls in a course available to it; enrolling again changes nothing. */
export async function enroll(
  ctx: Ctx,
  courseId: string,
): Promise<{ created: boolean; progress: EnrollmentProgress }> {
  return inTransaction(ctx, async (tx) => {
    const learner = await requireLearner(tx);
    await loadVisibleCourse(tx, courseId, learner);
    const now = tx.clock.now();
    const [created] = await tx.db
      .insert(enrollments)
      .values({
        id: tx.ids(),
        courseId,
        userId: learner.userId,
        partnerId: learner.partnerId,
        status: 'in_progress',
        enrolledAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await recordAudit(tx, {
        action: 'enrollment.create',
        entityType: 'enrollment',
        entityId: created.id,
        partnerId: created.partnerId,
        after: created,
      });
      await publishEvent(tx, {
        type: 'enablement.enrolled',
        entityType: 'enrollment',
        entityId: created.id,
        partnerId: created.partnerId,
        payload: { enrollmentId: created.id, courseId, userId: created.userId, partnerId: created.partnerId },
      });
    }
    const [row] = await tx.db
      .select()
      .from(enrollments)
      .where(and(eq(enrollments.courseId, courseId), eq(enrollments.userId, learner.userId)))
      .limit(1);
    const progress = (await loadProgress(tx, [row!])).get(row!.id)!;
    return { created: created !== undefined, progress };
  });
}
