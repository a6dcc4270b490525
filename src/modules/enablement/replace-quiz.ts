import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { QuizKey } from './enablement.schemas.js';
import { courseQuizzes, courses, quizQuestions } from './enablement.table.js';
import type { ReplaceQuizInput } from './enablement-input.schemas.js';
import { lockCourse } from './load-course.js';
import { loadQuiz, toQuizKeyView } from './quiz-view.js';

/**
 * Sets the course's quiz, replacing any earlier one as a whole (questions get new ids). Attempts made
 * on the earlier quiz keep their scores and the prompts they got wrong.
 */
export async function replaceQuiz(ctx: Ctx, courseId: string, input: ReplaceQuizInput): Promise<QuizKey> {
  return inTransaction(ctx, async (tx) => {
    await lockCourse(tx, courseId);
    const previous = await loadQuiz(tx, courseId);
    const now = tx.clock.now();
    await tx.db.delete(quizQuestions).where(eq(quizQuestions.courseId, courseId));
    await tx.db
      .insert(courseQuizzes)
      .values({ courseId, passMark: input.passMark, attemptsLimit: input.attemptsLimit, updatedAt: now })
      .onConflictDoUpdate({
        target: courseQuizzes.courseId,
        set: { passMark: input.passMark, attemptsLimit: input.attemptsLimit, updatedAt: now },
      });
    await tx.db.insert(quizQuestions).values(
      input.questions.map((question, position) => ({
        id: tx.ids(),
        courseId,
        position,
        prompt: question.prompt,
        multiple: question.multiple,
        options: question.options.map((o) => ({ id: tx.ids(), text: o.text, correct: o.correct })),
      })),
    );
    await tx.db.update(courses).set({ updatedAt: now }).where(eq(courses.id, courseId));
    const key = toQuizKeyView((await loadQuiz(tx, courseId))!);
    await recordAudit(tx, {
      action: 'quiz.replace',
      entityType: 'course',
      entityId: courseId,
      before: previous ? toQuizKeyView(previous) : null,
      after: key,
    });
    return key;
  });
}
