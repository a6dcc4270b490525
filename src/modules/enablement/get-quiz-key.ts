import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import type { QuizKey } from './enablement.schemas.js';
import { loadVisibleCourse } from './load-course.js';
import { loadQuiz, toQuizKeyView } from './quiz-view.js';

/** A course's quiz with its answer key, for the course's authors (never for learners: see POLICY). */
export async function getQuizKey(ctx: Ctx, courseId: string): Promise<QuizKey> {
  await loadVisibleCourse(ctx, courseId, null);
  const quiz = await loadQuiz(ctx, courseId);
  if (!quiz) throw notFound('Quiz');
  return toQuizKeyView(quiz);
}
