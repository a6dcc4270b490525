import type { QuizAttempt } from './enablement.schemas.js';
import type { quizAttempts } from './enablement.table.js';

export type AttemptRow = typeof quizAttempts.$inferSelect;

/** What a learner may know of an attempt: its score and which questions were wrong, never the key. */
export function toAttemptView(row: AttemptRow): QuizAttempt {
  return {
    id: row.id,
    number: row.number,
    score: row.score,
    passMark: row.passMark,
    passed: row.passed,
    questionCount: row.questionCount,
    rightCount: row.rightCount,
    wrongQuestions: row.wrong.map((w) => ({ questionId: w.questionId, prompt: w.prompt })),
    submittedAt: row.submittedAt.toISOString(),
  };
}
