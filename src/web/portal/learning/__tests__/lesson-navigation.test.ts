import { describe, expect, it } from 'vitest';
import {
  allLessonsDone,
  courseSteps,
  currentStep,
  QUIZ_STEP,
  resumeStep,
  stepAfter,
  stepPosition,
} from '../lesson-navigation';

const withQuiz = { lessonIds: ['a', 'b', 'c'], hasQuiz: true };
const withoutQuiz = { lessonIds: ['a', 'b'], hasQuiz: false };

describe('lesson navigation', () => {
  it('lists the lessons in order, then the quiz when there is one', () => {
    expect(courseSteps(withQuiz)).toEqual(['a', 'b', 'c', QUIZ_STEP]);
    expect(courseSteps(withoutQuiz)).toEqual(['a', 'b']);
  });

  it('gives each step its place and neighbours', () => {
    expect(stepPosition(withQuiz, 'a')).toEqual({ number: 1, total: 4, previous: null, next: 'b' });
    expect(stepPosition(withQuiz, 'c')).toEqual({ number: 3, total: 4, previous: 'b', next: QUIZ_STEP });
    expect(stepPosition(withQuiz, QUIZ_STEP)).toEqual({ number: 4, total: 4, previous: 'c', next: null });
    expect(stepPosition(withoutQuiz, 'b').next).toBeNull();
    expect(stepPosition(withQuiz, 'gone')).toEqual({ number: 0, total: 4, previous: null, next: null });
  });

  it('moves on to the next step after a lesson, and stops after the last', () => {
    expect(stepAfter(withQuiz, 'b')).toBe('c');
    expect(stepAfter(withQuiz, 'c')).toBe(QUIZ_STEP);
    expect(stepAfter(withoutQuiz, 'b')).toBeNull();
  });

  it('resumes at the first lesson not done, whatever order they were done in', () => {
    expect(resumeStep(withQuiz, null)).toBe('a');
    expect(resumeStep(withQuiz, { completedLessonIds: [], quizPassed: false })).toBe('a');
    expect(resumeStep(withQuiz, { completedLessonIds: ['a', 'c'], quizPassed: false })).toBe('b');
  });

  it('resumes at the quiz once the lessons are done and it is still to pass', () => {
    expect(resumeStep(withQuiz, { completedLessonIds: ['c', 'b', 'a'], quizPassed: false })).toBe(QUIZ_STEP);
  });

  it('opens a finished course at its start', () => {
    expect(resumeStep(withQuiz, { completedLessonIds: ['a', 'b', 'c'], quizPassed: true })).toBe('a');
    expect(resumeStep(withoutQuiz, { completedLessonIds: ['a', 'b'], quizPassed: null })).toBe('a');
  });

  it('has no step to open in a course without lessons or quiz', () => {
    expect(resumeStep({ lessonIds: [], hasQuiz: false }, null)).toBeNull();
  });

  it('shows the step asked for when it is part of the course, else where to resume', () => {
    const state = { completedLessonIds: ['a'], quizPassed: false };
    expect(currentStep(withQuiz, state, 'c')).toBe('c');
    expect(currentStep(withQuiz, state, QUIZ_STEP)).toBe(QUIZ_STEP);
    expect(currentStep(withQuiz, state, 'removed-lesson')).toBe('b');
    expect(currentStep(withoutQuiz, state, QUIZ_STEP)).toBe('b');
    expect(currentStep(withQuiz, state, null)).toBe('b');
  });

  it('tells whether every lesson is done', () => {
    expect(allLessonsDone(withQuiz, { completedLessonIds: ['a', 'b'], quizPassed: false })).toBe(false);
    expect(allLessonsDone(withQuiz, { completedLessonIds: ['a', 'b', 'c'], quizPassed: false })).toBe(true);
    expect(
      allLessonsDone({ lessonIds: [], hasQuiz: true }, { completedLessonIds: [], quizPassed: null }),
    ).toBe(true);
  });
});
