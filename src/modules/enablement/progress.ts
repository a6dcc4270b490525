import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { EnrollmentProgress, EnrollmentStatus } from './enablement.schemas.js';
import {
  courseLessons,
  courseQuizzes,
  type enrollments,
  lessonCompletions,
  quizAttempts,
} from './enablement.table.js';

export type EnrollmentRow = typeof enrollments.$inferSelect;

interface AttemptMark {
  number: number;
  passed: boolean;
}

/**
 * Attempts left until a pass: the limit counts the attempts since the latest pass (or since
 * enrolling), so a learner who passed may try again later, e.g. to renew a certificate.
 */
export function attemptsLeft(limit: number | null, attempts: AttemptMark[]): number | null {
  if (limit === null) return null;
  const lastPass = attempts.reduce((last, a) => (a.passed && a.number > last ? a.number : last), 0);
  const since = attempts.filter((a) => a.number > lastPass).length;
  return Math.max(0, limit - since);
}

/** Progress of each enrollment, in four set-based queries whatever the number of enrollments. */
export async function loadProgress(
  ctx: Ctx,
  rows: EnrollmentRow[],
): Promise<Map<string, EnrollmentProgress>> {
  const result = new Map<string, EnrollmentProgress>();
  if (!rows.length) return result;
  const courseIds = [...new Set(rows.map((r) => r.courseId))];
  const enrollmentIds = rows.map((r) => r.id);
  const lessonCounts = await ctx.db
    .select({ courseId: courseLessons.courseId, count: sql<number>`count(*)::int` })
    .from(courseLessons)
    .where(inArray(courseLessons.courseId, courseIds))
    .groupBy(courseLessons.courseId);
  const quizzes = await ctx.db
    .select({ courseId: courseQuizzes.courseId, attemptsLimit: courseQuizzes.attemptsLimit })
    .from(courseQuizzes)
    .where(inArray(courseQuizzes.courseId, courseIds));
  const completions = await ctx.db
    .select({ enrollmentId: lessonCompletions.enrollmentId, lessonId: lessonCompletions.lessonId })
    .from(lessonCompletions)
    .innerJoin(courseLessons, eq(courseLessons.id, lessonCompletions.lessonId))
    .where(inArray(lessonCompletions.enrollmentId, enrollmentIds))
    .orderBy(asc(courseLessons.position));
  const attempts = await ctx.db
    .select({
      enrollmentId: quizAttempts.enrollmentId,
      number: quizAttempts.number,
      passed: quizAttempts.passed,
    })
    .from(quizAttempts)
    .where(inArray(quizAttempts.enrollmentId, enrollmentIds));

  const lessonsOf = new Map(lessonCounts.map((l) => [l.courseId, Number(l.count)]));
  const quizOf = new Map(quizzes.map((q) => [q.courseId, q]));
  const doneOf = groupBy(completions, (c) => c.enrollmentId);
  const triesOf = groupBy(attempts, (a) => a.enrollmentId);
  for (const row of rows) {
    const done = (doneOf.get(row.id) ?? []).map((c) => c.lessonId);
    const tries = triesOf.get(row.id) ?? [];
    const quiz = quizOf.get(row.courseId);
    result.set(row.id, {
      enrollmentId: row.id,
      status: row.status as EnrollmentStatus,
      lessonsCompleted: done.length,
      lessonCount: lessonsOf.get(row.courseId) ?? 0,
      completedLessonIds: done,
      quizPassed: quiz ? tries.some((a) => a.passed) : null,
      attemptsUsed: tries.length,
      attemptsLeft: quiz ? attemptsLeft(quiz.attemptsLimit, tries) : null,
      enrolledAt: row.enrolledAt.toISOString(),
      completedAt: row.completedAt?.toISOString() ?? null,
    });
  }
  return result;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
