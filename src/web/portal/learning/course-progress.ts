/** How far a learner is through a course, from the progress the API reports. */

export interface ProgressLike {
  status: 'in_progress' | 'completed';
  lessonsCompleted: number;
  lessonCount: number;
  /** null when the course has no quiz. */
  quizPassed: boolean | null;
}

export type CourseStanding = 'not_started' | 'in_progress' | 'quiz_due' | 'completed';

export function courseStanding(progress: ProgressLike | null): CourseStanding {
  if (!progress) return 'not_started';
  if (progress.status === 'completed') return 'completed';
  if (progress.lessonsCompleted >= progress.lessonCount && progress.quizPassed === false) return 'quiz_due';
  return 'in_progress';
}

/** Lessons done plus the quiz passed, out of lessons plus the quiz, as a whole percentage. */
export function progressPercent(progress: ProgressLike | null): number {
  if (!progress) return 0;
  if (progress.status === 'completed') return 100;
  const steps = progress.lessonCount + (progress.quizPassed === null ? 0 : 1);
  const done = Math.min(progress.lessonsCompleted, progress.lessonCount) + (progress.quizPassed ? 1 : 0);
  return steps === 0 ? 0 : Math.floor((done / steps) * 100);
}

export function progressLabel(progress: ProgressLike | null): string {
  const standing = courseStanding(progress);
  if (standing === 'not_started') return 'Not started';
  if (standing === 'completed') return 'Completed';
  if (standing === 'quiz_due') return 'Quiz to pass';
  const { lessonsCompleted, lessonCount } = progress!;
  return `${lessonsCompleted} of ${lessonCount} ${lessonCount === 1 ? 'lesson' : 'lessons'}`;
}

export const STANDING_COLORS: Record<CourseStanding, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  quiz_due: 'yellow',
  completed: 'teal',
};

/** Courses completed out of a path's courses. */
export function pathProgress(courses: readonly { progress: ProgressLike | null }[]): {
  completed: number;
  total: number;
  percent: number;
} {
  const completed = courses.filter((c) => courseStanding(c.progress) === 'completed').length;
  const total = courses.length;
  return { completed, total, percent: total ? Math.floor((completed / total) * 100) : 0 };
}

/** "45 min", "2 h", "1 h 30 min". */
export function durationText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** A share (0..1) as a whole percentage: 0.666… → "67%". */
export const percentText = (share: number) => `${Math.round(share * 100)}%`;
