import { describe, expect, it } from 'vitest';
import { type GradableQuestion, gradeQuiz } from '../grade-quiz.js';
import { attemptsLeft } from '../progress.js';

function question(
  id: string,
  right: string[],
  wrong: string[],
  multiple = right.length > 1,
): GradableQuestion {
  return {
    id,
    prompt: `Question ${id}`,
    multiple,
    options: [
      ...right.map((o) => ({ id: o, text: o, correct: true })),
      ...wrong.map((o) => ({ id: o, text: o, correct: false })),
    ],
  };
}

/** n single-answer questions q1..qn, each with right option r<i> and wrong option w<i>. */
function singles(n: number): GradableQuestion[] {
  return Array.from({ length: n }, (_, i) => question(`q${i + 1}`, [`r${i + 1}`], [`w${i + 1}`]));
}

function answering(questions: GradableQuestion[], right: number) {
  return questions.map((q, i) => ({
    questionId: q.id,
    optionIds: [q.options.find((o) => o.correct === i < right)!.id],
  }));
}

describe('gradeQuiz', () => {
  it('needs exactly the right options of a multi-answer question: a subset or a superset is wrong', () => {
    const q = [question('m', ['a', 'b'], ['c', 'd'])];
    const grade = (optionIds: string[]) => gradeQuiz(q, [{ questionId: 'm', optionIds }], 1).passed;
    expect(grade(['a', 'b'])).toBe(true);
    expect(grade(['b', 'a'])).toBe(true);
    expect(grade(['a'])).toBe(false);
    expect(grade(['a', 'b', 'c'])).toBe(false);
    expect(grade(['c', 'd'])).toBe(false);
    expect(grade([])).toBe(false);
  });

  it('accepts one right option of a "select all" question that has only one', () => {
    const q = [question('m', ['a'], ['b', 'c'], true)];
    expect(gradeQuiz(q, [{ questionId: 'm', optionIds: ['a'] }], 1).passed).toBe(true);
    expect(gradeQuiz(q, [{ questionId: 'm', optionIds: ['a', 'b'] }], 1).passed).toBe(false);
  });

  it.each([
    [0.6, 5, 3, true],
    [0.6, 5, 2, false],
    [0.7, 10, 7, true],
    [0.7, 10, 6, false],
    [0.3, 10, 3, true],
    [0.3333, 3, 1, true],
    [0.3334, 3, 1, false],
    [1, 4, 4, true],
    [1, 4, 3, false],
    [0, 4, 0, true],
    [0.5, 2, 1, true],
  ])(
    'pass mark %d with %d questions: %d right passes = %s (a score equal to the mark passes)',
    (mark, n, right, passes) => {
      const questions = singles(n);
      const grade = gradeQuiz(questions, answering(questions, right), mark);
      expect(grade.passed).toBe(passes);
      expect(grade.rightCount).toBe(right);
      expect(grade.score).toBeCloseTo(right / n, 10);
    },
  );

  it('counts a question left out as wrong and names the wrong questions only', () => {
    const questions = singles(3);
    const grade = gradeQuiz(questions, [{ questionId: 'q2', optionIds: ['r2'] }], 0.5);
    expect(grade).toMatchObject({ questionCount: 3, rightCount: 1, passed: false });
    expect(grade.wrong).toEqual([
      { questionId: 'q1', prompt: 'Question q1' },
      { questionId: 'q3', prompt: 'Question q3' },
    ]);
    expect(JSON.stringify(grade)).not.toMatch(/r1|r3/);
  });

  it('refuses answers that name something outside the quiz, with the field path', () => {
    const questions = singles(2);
    const error = (answers: Array<{ questionId: string; optionIds: string[] }>) => {
      try {
        gradeQuiz(questions, answers, 0.5);
      } catch (e) {
        return (e as { details: { errors: Array<{ field: string }> } }).details.errors[0]!.field;
      }
      return null;
    };
    expect(error([{ questionId: 'nope', optionIds: [] }])).toBe('answers.0.questionId');
    expect(
      error([
        { questionId: 'q1', optionIds: ['r1'] },
        { questionId: 'q1', optionIds: ['w1'] },
      ]),
    ).toBe('answers.1.questionId');
    expect(error([{ questionId: 'q2', optionIds: ['r2', 'r1'] }])).toBe('answers.0.optionIds.1');
    expect(error([{ questionId: 'q2', optionIds: ['r2', 'w2'] }])).toBe('answers.0.optionIds');
  });
});

describe('attemptsLeft', () => {
  it('counts attempts since the latest pass against the limit', () => {
    expect(attemptsLeft(null, [{ number: 1, passed: false }])).toBeNull();
    expect(attemptsLeft(3, [])).toBe(3);
    expect(
      attemptsLeft(3, [
        { number: 1, passed: false },
        { number: 2, passed: false },
      ]),
    ).toBe(1);
    expect(
      attemptsLeft(2, [
        { number: 1, passed: false },
        { number: 2, passed: false },
      ]),
    ).toBe(0);
    expect(
      attemptsLeft(2, [
        { number: 1, passed: false },
        { number: 2, passed: true },
      ]),
    ).toBe(2);
    expect(
      attemptsLeft(2, [
        { number: 1, passed: true },
        { number: 2, passed: false },
      ]),
    ).toBe(1);
  });
});
