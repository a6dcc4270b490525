import { describe, expect, it } from 'vitest';
import { toAnswers, unanswered } from '../quiz-answers';

const quiz = {
  questions: [
    { id: 'q1', prompt: 'One?', multiple: false, options: [{ id: 'o1', text: 'A' }] },
    { id: 'q2', prompt: 'Many?', multiple: true, options: [{ id: 'o2', text: 'B' }] },
    { id: 'q3', prompt: 'Other?', multiple: false, options: [{ id: 'o3', text: 'C' }] },
  ],
};

describe('quiz answers', () => {
  it('finds the questions without an answer, in order', () => {
    expect(unanswered(quiz, {})).toEqual(['q1', 'q2', 'q3']);
    expect(unanswered(quiz, { q2: ['o2'], q3: [] })).toEqual(['q1', 'q3']);
  });

  it('sends every question in the quiz order, with an empty choice for any left blank', () => {
    expect(toAnswers(quiz, { q3: ['o3'], q1: ['o1'] })).toEqual({
      answers: [
        { questionId: 'q1', optionIds: ['o1'] },
        { questionId: 'q2', optionIds: [] },
        { questionId: 'q3', optionIds: ['o3'] },
      ],
    });
  });
});
