import { addLesson } from '../modules/enablement/add-lesson.js';
import { createCourse } from '../modules/enablement/create-course.js';
import { createLearningPath } from '../modules/enablement/create-learning-path.js';
import { getLearningPath } from '../modules/enablement/get-learning-path.js';
import { replaceQuiz } from '../modules/enablement/replace-quiz.js';
import { updateCourse } from '../modules/enablement/update-course.js';
import { updateLearningPath } from '../modules/enablement/update-learning-path.js';
import { ACADEMY_COURSES, ACADEMY_PATHS } from './academy-catalog.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';

/** Who builds the academy: the program owner. */
const AUTHOR = 'admin';

export const courseIdKey = (courseKey: string) => `course:${courseKey}`;
export const lessonIdsKey = (courseKey: string) => `lessons:${courseKey}`;
export const quizKeyKey = (courseKey: string) => `quiz:${courseKey}`;
const pathIdKey = (pathKey: string) => `path:${pathKey}`;

/**
 * The program owner builds each course as a draft (lessons, then the quiz), publishes it a few days
 * later, and sets up the learning paths once their courses exist, adding courses to them as they come.
 */
export function academyEvents(): DemoEvent[] {
  const courses = ACADEMY_COURSES.flatMap(({ spec, draftDay, publishDay }, i): DemoEvent[] => [
    {
      day: draftDay,
      minute: 60 + i * 20,
      async run(world) {
        const ctx = world.as(AUTHOR);
        const course = await createCourse(ctx, {
          title: spec.title,
          summary: spec.summary,
          estimatedMinutes: spec.estimatedMinutes,
          openToAll: spec.openToAll,
          certification: spec.certification,
        });
        const lessons: string[] = [];
        for (const lesson of spec.lessons) lessons.push((await addLesson(ctx, course.id, lesson)).id);
        world.keep(courseIdKey(spec.key), course.id);
        world.keep(lessonIdsKey(spec.key), lessons);
        if (!spec.quiz) return;
        const key = await replaceQuiz(ctx, course.id, {
          ...spec.quiz,
          questions: spec.quiz.questions.map((q) => ({ ...q, multiple: q.multiple ?? false })),
        });
        world.keep(quizKeyKey(spec.key), key);
      },
    },
    {
      day: publishDay,
      minute: 90 + i * 5,
      run: (world) =>
        updateCourse(world.as(AUTHOR), world.recall(courseIdKey(spec.key)), { status: 'published' }),
    },
  ]);
  const courseIds = (world: DemoWorld, keys: readonly string[]) =>
    keys.map((key) => world.recall<string>(courseIdKey(key)));
  const paths = ACADEMY_PATHS.flatMap((path): DemoEvent[] => [
    {
      day: path.day,
      minute: 200,
      async run(world) {
        const created = await createLearningPath(world.as(AUTHOR), {
          name: path.name,
          description: path.description,
          partnerTypes: path.partnerTypes,
          roles: path.roles,
          courseIds: courseIds(world, path.courseKeys),
        });
        world.keep(pathIdKey(path.key), created.id);
      },
    },
    ...path.additions.map(
      (addition): DemoEvent => ({
        day: addition.day,
        minute: 210,
        async run(world) {
          const ctx = world.as(AUTHOR);
          const id = world.recall<string>(pathIdKey(path.key));
          const current = await getLearningPath(ctx, id);
          return updateLearningPath(ctx, id, {
            courseIds: [
              ...current.courses.map((c) => c.id),
              world.recall<string>(courseIdKey(addition.courseKey)),
            ],
          });
        },
      }),
    ),
  ]);
  return [...courses, ...paths];
}
