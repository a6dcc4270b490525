import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { toAttemptView } from './attempt-view.js';
import { loadCertificate } from './certificate-view.js';
import type { AttemptResult } from './enablement.schemas.js';
import { enrollments, quizAttempts } from './enablement.table.js';
import type { QuizAnswersInput } from './enablement-input.schemas.js';
import { gradeQuiz } from './grade-quiz.js';
import { requireLearner } from './learner.js';
import { loadVisibleCourse } from './load-course.js';
import { lockOwnEnrollment } from './load-enrollment.js';
import { attemptsLeft, loadProgress } from './progress.js';
import { loadQuiz } from './quiz-view.js';
import { refreshCertifiedCounts } from './refresh-certified-counts.js';
import { settleEnrollment } from './settle-enrollment.js';

/**
 * Grades an attempt at the course's quiz on the server. The answer says the score, whether it
 * passed and which questions were wrong, never which options are right. A pass may complete the
 * course and earn (or renew) its certificate.
 */
export async function submitQuizAttempt(
  ctx: Ctx,
  courseId: string,
  input: QuizAnswersInput,
): Promise<AttemptResult> {
  return inTransaction(ctx, async (tx) => {
    const learner = await requireLearner(tx);
    const course = await loadVisibleCourse(tx, courseId, learner);
    const quiz = await loadQuiz(tx, courseId);
    if (!quiz) throw notFound('Quiz');
    const enrollment = await lockOwnEnrollment(tx, learner, courseId);
    const grade = gradeQuiz(quiz.questions, input.answers, quiz.quiz.passMark);
    const earlier = await tx.db
      .select({ number: quizAttempts.number, passed: quizAttempts.passed })
      .from(quizAttempts)
      .where(eq(quizAttempts.enrollmentId, enrollment.id))
      .orderBy(asc(quizAttempts.number));
    if (attemptsLeft(quiz.quiz.attemptsLimit, earlier) === 0) {
      throw new AppError(
        'conflict',
        `No attempts left: the quiz allows ${quiz.quiz.attemptsLimit} until a pass`,
      );
    }
    const now = tx.clock.now();
    const answers = Object.fromEntries(input.answers.map((a) => [a.questionId, a.optionIds]));
    const [row] = await tx.db
      .insert(quizAttempts)
      .values({
        id: tx.ids(),
        enrollmentId: enrollment.id,
        number: (earlier.at(-1)?.number ?? 0) + 1,
        questionCount: grade.questionCount,
        rightCount: grade.rightCount,
        score: grade.score,
        passMark: quiz.quiz.passMark,
        passed: grade.passed,
        wrong: grade.wrong,
        answers,
        submittedAt: now,
      })
      .returning();
    await tx.db.update(enrollments).set({ updatedAt: now }).where(eq(enrollments.id, enrollment.id));
    const attempt = toAttemptView(row!);
    await recordAudit(tx, {
      action: 'quiz.attempt',
      entityType: 'enrollment',
      entityId: enrollment.id,
      partnerId: enrollment.partnerId,
      after: { courseId, ...attempt },
    });
    const issued = await settleEnrollment(tx, enrollment, course.row);
    if (issued) await refreshCertifiedCounts(tx, [enrollment.partnerId]);
    const [after] = await tx.db.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
    return {
      attempt,
      progress: (await loadProgress(tx, [after!])).get(after!.id)!,
      certificate: issued ? await loadCertificate(tx, issued.id) : null,
    };
  });
}
