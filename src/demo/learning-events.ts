import { completeLesson } from '../modules/enablement/complete-lesson.js';
import type { QuizKey } from '../modules/enablement/enablement.schemas.js';
import { certificatesExpiringJob } from '../modules/enablement/enablement-jobs.js';
import { enroll } from '../modules/enablement/enroll.js';
import { submitQuizAttempt } from '../modules/enablement/submit-quiz-attempt.js';
import { courseIdKey, lessonIdsKey, quizKeyKey } from './academy-events.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';
import type { AttemptPlan, EnrollmentPlan } from './plan-learning.js';

/** The answers of an attempt: right options, except a wrong one for each question planned wrong. */
function answersOf(key: QuizKey, attempt: AttemptPlan) {
  return key.questions.map((question, position) => {
    const wrong = attempt.wrong.includes(position);
    const options = question.options.filter((option) => option.correct !== wrong);
    return { questionId: question.id, optionIds: (wrong ? options.slice(0, 1) : options).map((o) => o.id) };
  });
}

/** Learners enroll, complete lessons one by one and take the quiz, as planned. */
export function learningEvents(enrollments: readonly EnrollmentPlan[]): DemoEvent[] {
  return enrollments.flatMap((plan): DemoEvent[] => {
    const learner = (world: DemoWorld) => world.asPerson(plan.personKey);
    const course = (world: DemoWorld) => world.recall<string>(courseIdKey(plan.courseKey));
    return [
      { day: plan.day, minute: plan.minute, run: (world) => enroll(learner(world), course(world)) },
      ...plan.lessons.map(
        (lesson, i): DemoEvent => ({
          day: lesson.day,
          minute: lesson.minute,
          run: (world) =>
            completeLesson(
              learner(world),
              course(world),
              world.recall<string[]>(lessonIdsKey(plan.courseKey))[i]!,
            ),
        }),
      ),
      ...plan.attempts.map(
        (attempt): DemoEvent => ({
          day: attempt.day,
          minute: attempt.minute,
          async run(world) {
            const key = world.recall<QuizKey>(quizKeyKey(plan.courseKey));
            const result = await submitQuizAttempt(learner(world), course(world), {
              answers: answersOf(key, attempt),
            });
            if (result.attempt.passed !== attempt.pass)
              throw new Error(
                `Demo quiz attempt on ${plan.courseKey} by ${plan.personKey} was graded ${result.attempt.passed ? 'a pass' : 'a fail'}; the story planned the opposite`,
              );
          },
        }),
      ),
    ];
  });
}

/** The scheduled sweep announcing certificates that expire within 30 days, run weekly in the story. */
export function certificateSweepEvents(firstDay: number): DemoEvent[] {
  const events: DemoEvent[] = [];
  for (let day = firstDay; day <= DEMO_LAST_DAY; day += 7)
    events.push({ day, minute: 620, run: (world) => certificatesExpiringJob.run(world.as(null)) });
  return events;
}
