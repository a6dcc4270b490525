/** Where a learner is in a course: its lessons in order, then the quiz when the course has one. */

export const QUIZ_STEP = 'quiz';

/** A lesson's id, or QUIZ_STEP. */
export type StepKey = string;

export interface CourseOutline {
  lessonIds: readonly string[];
  hasQuiz: boolean;
}

export interface CourseState {
  completedLessonIds: readonly string[];
  /** null when the course has no quiz. */
  quizPassed: boolean | null;
}

export function courseSteps(outline: CourseOutline): StepKey[] {
  return outline.hasQuiz ? [...outline.lessonIds, QUIZ_STEP] : [...outline.lessonIds];
}

export interface StepPosition {
  /** 1-based place of the step, 0 when it is not part of the course. */
  number: number;
  total: number;
  previous: StepKey | null;
  next: StepKey | null;
}

export function stepPosition(outline: CourseOutline, step: StepKey): StepPosition {
  const steps = courseSteps(outline);
  const index = steps.indexOf(step);
  if (index < 0) return { number: 0, total: steps.length, previous: null, next: null };
  return {
    number: index + 1,
    total: steps.length,
    previous: steps[index - 1] ?? null,
    next: steps[index + 1] ?? null,
  };
}

export function allLessonsDone(outline: CourseOutline, state: CourseState): boolean {
  const done = new Set(state.completedLessonIds);
  return outline.lessonIds.every((id) => done.has(id));
}

/**
 * The step to open when the learner comes back: the first lesson not done yet, else the quiz if it is
 * still to pass, else the first step (a finished course opens at its start for review).
 */
export function resumeStep(outline: CourseOutline, state: CourseState | null): StepKey | null {
  const steps = courseSteps(outline);
  if (!state) return steps[0] ?? null;
  const done = new Set(state.completedLessonIds);
  const open = outline.lessonIds.find((id) => !done.has(id));
  if (open) return open;
  if (outline.hasQuiz && !state.quizPassed) return QUIZ_STEP;
  return steps[0] ?? null;
}

/** The step to show: the one asked for when it belongs to the course, else where to resume. */
export function currentStep(
  outline: CourseOutline,
  state: CourseState | null,
  requested: StepKey | null,
): StepKey | null {
  if (requested && courseSteps(outline).includes(requested)) return requested;
  return resumeStep(outline, state);
}

/** After marking a lesson done: the next step, or null when it was the last. */
export function stepAfter(outline: CourseOutline, step: StepKey): StepKey | null {
  return stepPosition(outline, step).next;
}
