import { sql } from 'drizzle-orm';
import type { Course } from './enablement.schemas.js';
import type { courses } from './enablement.table.js';

export type CourseRow = typeof courses.$inferSelect;

/**
 * Lesson count and quiz presence, as columns next to a course row. Written with explicit names: in a
 * single-table select the query builder leaves columns unqualified, which would bind them to the
 * subquery's own table.
 */
export const courseCounts = {
  lessonCount: sql<number>`(SELECT count(*)::int FROM course_lessons cl WHERE cl.course_id = courses.id)`,
  hasQuiz: sql<boolean>`EXISTS (SELECT 1 FROM course_quizzes cq WHERE cq.course_id = courses.id)`,
};

export interface CountedCourse {
  row: CourseRow;
  lessonCount: number;
  hasQuiz: boolean;
}

export function toCourseView({ row, lessonCount, hasQuiz }: CountedCourse): Course {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    status: row.status as Course['status'],
    estimatedMinutes: row.estimatedMinutes,
    openToAll: row.openToAll,
    certification:
      row.certificationName && row.certificationValidDays
        ? { name: row.certificationName, validDays: row.certificationValidDays }
        : null,
    lessonCount: Number(lessonCount),
    hasQuiz: Boolean(hasQuiz),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
