import { describe, expect, it } from 'vitest';
import {
  courseStanding,
  durationText,
  pathProgress,
  percentText,
  progressLabel,
  progressPercent,
} from '../course-progress';

const progress = (over: Partial<Parameters<typeof courseStanding>[0] & object> = {}) => ({
  status: 'in_progress' as const,
  lessonsCompleted: 0,
  lessonCount: 3,
  quizPassed: false as boolean | null,
  ...over,
});

describe('course progress', () => {
  it('tells where the learner stands', () => {
    expect(courseStanding(null)).toBe('not_started');
    expect(courseStanding(progress({ lessonsCompleted: 1 }))).toBe('in_progress');
    expect(courseStanding(progress({ lessonsCompleted: 3 }))).toBe('quiz_due');
    expect(courseStanding(progress({ lessonsCompleted: 3, quizPassed: null }))).toBe('in_progress');
    expect(courseStanding(progress({ status: 'completed', lessonsCompleted: 3, quizPassed: true }))).toBe(
      'completed',
    );
  });

  it('counts the quiz as one more step', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent(progress({ lessonsCompleted: 3 }))).toBe(75);
    expect(progressPercent(progress({ lessonsCompleted: 1, quizPassed: null }))).toBe(33);
    expect(progressPercent(progress({ status: 'completed', lessonsCompleted: 3, quizPassed: true }))).toBe(
      100,
    );
    expect(progressPercent(progress({ lessonCount: 0, quizPassed: null }))).toBe(0);
  });

  it('labels the standing', () => {
    expect(progressLabel(null)).toBe('Not started');
    expect(progressLabel(progress({ lessonsCompleted: 1 }))).toBe('1 of 3 lessons');
    expect(progressLabel(progress({ lessonsCompleted: 0, lessonCount: 1 }))).toBe('0 of 1 lesson');
    expect(progressLabel(progress({ lessonsCompleted: 3 }))).toBe('Quiz to pass');
    expect(progressLabel(progress({ status: 'completed' }))).toBe('Completed');
  });

  it('sums a path by completed courses', () => {
    expect(pathProgress([])).toEqual({ completed: 0, total: 0, percent: 0 });
    expect(
      pathProgress([
        { progress: progress({ status: 'completed' }) },
        { progress: progress() },
        { progress: null },
      ]),
    ).toEqual({ completed: 1, total: 3, percent: 33 });
  });

  it('writes durations and shares for people', () => {
    expect(durationText(45)).toBe('45 min');
    expect(durationText(120)).toBe('2 h');
    expect(durationText(90)).toBe('1 h 30 min');
    expect(percentText(0.6667)).toBe('67%');
    expect(percentText(1)).toBe('100%');
  });
});
