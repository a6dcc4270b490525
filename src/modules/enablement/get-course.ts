import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { toCourseView } from './course-view.js';
import type { CourseDetail } from './enablement.schemas.js';
import { enrollments, learningPathCourses, learningPaths } from './enablement.table.js';
import { learnerOf } from './learner.js';
import { findLessons, toLessonView } from './lesson-view.js';
import { loadVisibleCourse } from './load-course.js';
import { visiblePaths } from './path-view.js';
import { loadProgress } from './progress.js';
import { loadQuiz, toQuizView } from './quiz-view.js';

/**
 * A course with its lessons and quiz questions (never the answer key), the paths it is in, and for a
 * learner its own progress. A learner gets only a course available to it; others are not found.
 */
export async function getCourse(ctx: Ctx, id: string): Promise<CourseDetail> {
  const learner = await learnerOf(ctx);
  const course = await loadVisibleCourse(ctx, id, learner);
  const lessons = await findLessons(ctx, id);
  const quiz = await loadQuiz(ctx, id);
  const paths = await ctx.db
    .select({ id: learningPaths.id, name: learningPaths.name })
    .from(learningPathCourses)
    .innerJoin(learningPaths, eq(learningPaths.id, learningPathCourses.pathId))
    .where(and(eq(learningPathCourses.courseId, id), visiblePaths(learner)))
    .orderBy(asc(learningPaths.name), asc(learningPaths.id));
  let progress: CourseDetail['progress'] = null;
  if (learner) {
    const mine = await ctx.db
      .select()
      .from(enrollments)
      .where(and(eq(enrollments.courseId, id), eq(enrollments.userId, learner.userId)))
      .limit(1);
    progress = mine[0] ? ((await loadProgress(ctx, mine)).get(mine[0].id) ?? null) : null;
  }
  return {
    ...toCourseView(course),
    progress,
    lessons: lessons.map(toLessonView),
    quiz: quiz ? toQuizView(quiz) : null,
    paths,
  };
}
