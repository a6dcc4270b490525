import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Quiz, QuizKey } from './enablement.schemas.js';
import { courseQuizzes, quizQuestions } from './enablement.table.js';

export type QuizRow = typeof courseQuizzes.$inferSelect;
export type QuestionRow = typeof quizQuestions.$inferSelect;

export interface LoadedQuiz {
  quiz: QuizRow;
  questions: QuestionRow[];
}

export async function loadQuiz(ctx: Ctx, courseId: string): Promise<LoadedQuiz | null> {
  const [quiz] = await ctx.db
    .select()
    .from(courseQuizzes)
    .where(eq(courseQuizzes.courseId, courseId))
    .limit(1);
  if (!quiz) return null;
  const questions = await ctx.db
    .select()
    .from(quizQuestions)
    .where(eq(quizQuestions.courseId, courseId))
    .orderBy(asc(quizQuestions.position));
  return { quiz, questions };
}

/**
 * The quiz as anyone taking it sees it. Options are rebuilt from id and text only, so the answer key
 * cannot reach a learner even if the view were extended carelessly.
 */
export function toQuizView({ quiz, questions }: LoadedQuiz): Quiz {
  return {
    passMark: quiz.passMark,
    attemptsLimit: quiz.attemptsLimit,
    questions: questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      multiple: q.multiple,
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
    })),
  };
}

/** The author's view, answer key included. */
export function toQuizKeyView({ quiz, questions }: LoadedQuiz): QuizKey {
  return {
    courseId: quiz.courseId,
    passMark: quiz.passMark,
    attemptsLimit: quiz.attemptsLimit,
    updatedAt: quiz.updatedAt.toISOString(),
    questions: questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      multiple: q.multiple,
      options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
    })),
  };
}
