import type { CourseDetail } from './enablement-api';

export interface PublishCheck {
  label: string;
  state: 'done' | 'missing' | 'warning';
}

/** What publishing needs (the API refuses without it) and what would leave the course unseen. */
export function publishChecks(
  course: Pick<CourseDetail, 'lessons' | 'certification' | 'quiz' | 'openToAll' | 'paths'>,
): PublishCheck[] {
  const checks: PublishCheck[] = [
    {
      label: course.lessons.length
        ? `${course.lessons.length} ${course.lessons.length === 1 ? 'lesson' : 'lessons'}`
        : 'At least one lesson',
      state: course.lessons.length ? 'done' : 'missing',
    },
  ];
  if (course.certification) {
    checks.push({
      label: course.quiz ? 'A quiz, which certifying courses need' : 'A quiz: a certifying course needs one',
      state: course.quiz ? 'done' : 'missing',
    });
  }
  const reached = course.openToAll || course.paths.length > 0;
  checks.push({
    label: course.openToAll
      ? 'Open to every partner'
      : reached
        ? `In ${course.paths.length} learning ${course.paths.length === 1 ? 'path' : 'paths'}`
        : 'Not open to all and in no learning path: no partner will see it',
    state: reached ? 'done' : 'warning',
  });
  return checks;
}
