import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { users } from '../identity/identity.table.js';
import { partners } from '../partners/partners.table.js';
import type { Enrollment, EnrollmentProgress } from './enablement.schemas.js';
import { courses, enrollments } from './enablement.table.js';
import { recordScope } from './learner.js';
import type { EnrollmentRow } from './progress.js';

/** Enrollments with the names a view shows, limited to whose records the caller may see. */
export function selectEnrollments(ctx: Ctx, where: SQL | undefined) {
  return ctx.db
    .select({
      row: enrollments,
      courseTitle: courses.title,
      userName: users.name,
      partnerName: partners.name,
    })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .innerJoin(users, eq(users.id, enrollments.userId))
    .innerJoin(partners, eq(partners.id, enrollments.partnerId))
    .where(and(where, recordScope(ctx, enrollments)));
}

export interface JoinedEnrollment {
  row: EnrollmentRow;
  courseTitle: string;
  userName: string;
  partnerName: string;
}

export function toEnrollmentView(found: JoinedEnrollment, progress: EnrollmentProgress): Enrollment {
  const { row } = found;
  return {
    id: row.id,
    courseId: row.courseId,
    courseTitle: found.courseTitle,
    userId: row.userId,
    userName: found.userName,
    partnerId: row.partnerId,
    partnerName: found.partnerName,
    status: progress.status,
    lessonsCompleted: progress.lessonsCompleted,
    lessonCount: progress.lessonCount,
    attemptsUsed: progress.attemptsUsed,
    quizPassed: progress.quizPassed,
    enrolledAt: row.enrolledAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
