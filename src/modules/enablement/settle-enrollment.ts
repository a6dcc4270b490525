import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import type { CertificateRow } from './certificate-view.js';
import type { CourseRow } from './course-view.js';
import { certificates, enrollments, quizAttempts } from './enablement.table.js';
import type { EnrollmentRow } from './progress.js';

/**
 * After a lesson is completed or an attempt is graded (the enrollment row locked by the caller):
 * - the enrollment completes once every lesson is done and the quiz, if any, has been passed;
 * - a course that certifies issues a certificate for the latest passing attempt that has none yet,
 *   once every lesson is done. A pass after an earlier certificate (before or after it expired) is a
 *   renewal: the new certificate names the one it renews.
 * Returns the certificate issued now, if any.
 */
export async function settleEnrollment(
  ctx: Ctx,
  enrollment: EnrollmentRow,
  course: CourseRow,
): Promise<CertificateRow | null> {
  const [state] = await queryRows<{ lessons: number; done: number; has_quiz: boolean }>(
    ctx.db,
    sql`SELECT
      (SELECT count(*)::int FROM course_lessons WHERE course_id = ${course.id}) AS lessons,
      (SELECT count(*)::int FROM lesson_completions lc JOIN course_lessons l ON l.id = lc.lesson_id
        WHERE lc.enrollment_id = ${enrollment.id}) AS done,
      EXISTS (SELECT 1 FROM course_quizzes WHERE course_id = ${course.id}) AS has_quiz`,
  );
  const [lastPass] = await ctx.db
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.enrollmentId, enrollment.id), eq(quizAttempts.passed, true)))
    .orderBy(desc(quizAttempts.number))
    .limit(1);
  const allLessons = Number(state!.done) >= Number(state!.lessons);
  const hasQuiz = Boolean(state!.has_quiz);
  const now = ctx.clock.now();

  if (enrollment.status !== 'completed' && allLessons && (!hasQuiz || lastPass)) {
    const [after] = await ctx.db
      .update(enrollments)
      .set({ status: 'completed', completedAt: now, updatedAt: now })
      .where(eq(enrollments.id, enrollment.id))
      .returning();
    await recordAudit(ctx, {
      action: 'enrollment.complete',
      entityType: 'enrollment',
      entityId: enrollment.id,
      partnerId: enrollment.partnerId,
      before: enrollment,
      after,
    });
    await publishEvent(ctx, {
      type: 'enablement.course_completed',
      entityType: 'enrollment',
      entityId: enrollment.id,
      partnerId: enrollment.partnerId,
      payload: {
        enrollmentId: enrollment.id,
        courseId: course.id,
        userId: enrollment.userId,
        partnerId: enrollment.partnerId,
        completedAt: now.toISOString(),
      },
    });
  }

  if (!course.certificationName || !course.certificationValidDays || !hasQuiz || !allLessons || !lastPass)
    return null;
  const [already] = await ctx.db
    .select({ id: certificates.id })
    .from(certificates)
    .where(eq(certificates.attemptId, lastPass.id))
    .limit(1);
  if (already) return null;
  const [previous] = await ctx.db
    .select({ id: certificates.id })
    .from(certificates)
    .where(and(eq(certificates.userId, enrollment.userId), eq(certificates.courseId, course.id)))
    .orderBy(desc(certificates.issuedAt), desc(certificates.id))
    .limit(1);
  const [issued] = await ctx.db
    .insert(certificates)
    .values({
      id: ctx.ids(),
      courseId: course.id,
      enrollmentId: enrollment.id,
      userId: enrollment.userId,
      partnerId: enrollment.partnerId,
      attemptId: lastPass.id,
      name: course.certificationName,
      issuedAt: now,
      expiresAt: addDays(now, course.certificationValidDays),
      previousCertificateId: previous?.id ?? null,
    })
    .returning();
  const certificate = issued!;
  await recordAudit(ctx, {
    action: previous ? 'certificate.renew' : 'certificate.issue',
    entityType: 'certificate',
    entityId: certificate.id,
    partnerId: certificate.partnerId,
    after: certificate,
  });
  await publishEvent(ctx, {
    type: 'enablement.certified',
    entityType: 'certificate',
    entityId: certificate.id,
    partnerId: certificate.partnerId,
    payload: {
      certificateId: certificate.id,
      courseId: course.id,
      userId: certificate.userId,
      partnerId: certificate.partnerId,
      name: certificate.name,
      issuedAt: certificate.issuedAt.toISOString(),
      expiresAt: certificate.expiresAt.toISOString(),
      renewal: previous !== undefined,
      previousCertificateId: certificate.previousCertificateId,
    },
  });
  return certificate;
}
