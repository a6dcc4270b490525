import type { Quiz, QuizAnswers } from './learning-api';

/** The options chosen per question id. */
export type AnswerSheet = Record<string, string[]>;

/** The questions left without an answer, in the quiz's order. */
export function unanswered(quiz: Pick<Quiz, 'questions'>, sheet: AnswerSheet): string[] {
  return quiz.questions.filter((q) => !(sheet[q.id]?.length ?? 0)).map((q) => q.id);
}

/** The request body: every question, in order, with the options chosen for it. */
export function toAnswers(quiz: Pick<Quiz, 'questions'>, sheet: AnswerSheet): QuizAnswers {
  return { answers: quiz.questions.map((q) => ({ questionId: q.id, optionIds: sheet[q.id] ?? [] })) };
}
