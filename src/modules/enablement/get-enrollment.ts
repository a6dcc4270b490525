import { asc, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { toAttemptView } from './attempt-view.js';
import { selectCertificates, toCertificateView } from './certificate-view.js';
import type { EnrollmentDetail } from './enablement.schemas.js';
import { certificates, enrollments, quizAttempts } from './enablement.table.js';
import { selectEnrollments, toEnrollmentView } from './enrollment-view.js';
import { loadProgress } from './progress.js';

/** One enrollment with its progress, attempts and certificates, if the caller may see whose it is. */
export async function getEnrollment(ctx: Ctx, id: string): Promise<EnrollmentDetail> {
  const [found] = await selectEnrollments(ctx, eq(enrollments.id, id)).limit(1);
  if (!found) throw notFound('Enrollment');
  const progress = (await loadProgress(ctx, [found.row])).get(id)!;
  const attempts = await ctx.db
    .select()
    .from(quizAttempts)
    .where(eq(quizAttempts.enrollmentId, id))
    .orderBy(asc(quizAttempts.number));
  const earned = await selectCertificates(ctx, eq(certificates.enrollmentId, id)).orderBy(
    desc(certificates.issuedAt),
    desc(certificates.id),
  );
  const now = ctx.clock.now();
  return {
    ...toEnrollmentView(found, progress),
    progress,
    attempts: attempts.map(toAttemptView),
    certificates: earned.map((c) => toCertificateView(c, now)),
  };
}
