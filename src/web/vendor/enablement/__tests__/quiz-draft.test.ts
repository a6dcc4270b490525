import { describe, expect, it } from 'vitest';
import { ZReplaceQuiz } from '../../../../modules/enablement/enablement-input.schemas';
import {
  addOption,
  addQuestion,
  emptyQuizDraft,
  MAX_OPTIONS,
  moveQuestion,
  type QuizDraft,
  questionsToPass,
  quizBody,
  quizDraftFrom,
  removeOption,
  removeQuestion,
  setCorrect,
  setMultiple,
  setOptionText,
  setPrompt,
} from '../quiz-draft';

const KEY = {
  courseId: '019bc0e2-0000-7000-8000-000000000001',
  passMark: 0.6667,
  attemptsLimit: 3,
  updatedAt: '2026-01-15T09:00:00.000Z',
  questions: [
    {
      id: '019bc0e2-0000-7000-8000-000000000002',
      prompt: 'Where does it run?',
      multiple: false,
      options: [
        { id: '019bc0e2-0000-7000-8000-000000000003', text: 'Cloud', correct: true },
        { id: '019bc0e2-0000-7000-8000-000000000004', text: 'Mainframe', correct: false },
      ],
    },
    {
      id: '019bc0e2-0000-7000-8000-000000000005',
      prompt: 'Which are partner types?',
      multiple: true,
      options: [
        { id: '019bc0e2-0000-7000-8000-000000000006', text: 'Reseller', correct: true },
        { id: '019bc0e2-0000-7000-8000-000000000007', text: 'SI', correct: true },
        { id: '019bc0e2-0000-7000-8000-000000000008', text: 'Competitor', correct: false },
      ],
    },
  ],
};

/** A filled-in draft: one single-choice question with its first option right. */
function filled(): QuizDraft {
  let draft = emptyQuizDraft();
  draft = setPrompt(draft, 0, '  What is a PRM?  ');
  draft = setOptionText(draft, 0, 0, 'Partner relationship management');
  draft = setOptionText(draft, 0, 1, 'Public relations');
  return setCorrect(draft, 0, 0, true);
}

describe('the quiz editor draft', () => {
  it('round-trips the saved quiz: pass mark in percent, the answer key kept', () => {
    const draft = quizDraftFrom(KEY);
    expect(draft.passMarkPercent).toBe(66.67);
    expect(draft.attemptsLimit).toBe(3);
    expect(quizBody(draft)).toEqual({
      passMark: 0.6667,
      attemptsLimit: 3,
      questions: KEY.questions.map((q) => ({
        prompt: q.prompt,
        multiple: q.multiple,
        options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
      })),
    });
  });

  it('starts a new quiz with one question of two options and a 70% pass mark', () => {
    const draft = quizDraftFrom(null);
    expect(draft.passMarkPercent).toBe(70);
    expect(draft.questions).toHaveLength(1);
    expect(draft.questions[0]!.options).toHaveLength(2);
  });

  it('makes a body the API accepts, trimmed, with an empty attempts limit as no limit', () => {
    const body = quizBody(filled());
    expect(body).toMatchObject({ passMark: 0.7, attemptsLimit: null });
    expect(body.questions[0]!.prompt).toBe('What is a PRM?');
    expect(ZReplaceQuiz.safeParse(body).success).toBe(true);
  });

  it('sends an empty pass mark as null so the API names the field', () => {
    const body = quizBody({ ...filled(), passMarkPercent: '' });
    expect(body.passMark).toBeNull();
    const parsed = ZReplaceQuiz.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['passMark']);
  });

  it('keeps one right option for a single-choice question', () => {
    let draft = filled();
    draft = setCorrect(draft, 0, 1, true);
    expect(draft.questions[0]!.options.map((o) => o.correct)).toEqual([false, true]);
  });

  it('allows several right options once the question is multiple choice, and back to one', () => {
    let draft = setMultiple(filled(), 0, true);
    draft = addOption(draft, 0);
    draft = setCorrect(draft, 0, 2, true);
    expect(draft.questions[0]!.options.map((o) => o.correct)).toEqual([true, false, true]);
    draft = setMultiple(draft, 0, false);
    expect(draft.questions[0]!.options.map((o) => o.correct)).toEqual([true, false, false]);
  });

  it('unticks an option without touching the others', () => {
    const draft = setCorrect(setMultiple(quizDraftFrom(KEY), 1, true), 1, 0, false);
    expect(draft.questions[1]!.options.map((o) => o.correct)).toEqual([false, true, false]);
  });

  it('keeps between 2 and 10 options', () => {
    let draft = filled();
    expect(removeOption(draft, 0, 0).questions[0]!.options).toHaveLength(2);
    for (let i = 0; i < 20; i++) draft = addOption(draft, 0);
    expect(draft.questions[0]!.options).toHaveLength(MAX_OPTIONS);
    draft = removeOption(draft, 0, 0);
    expect(draft.questions[0]!.options).toHaveLength(MAX_OPTIONS - 1);
    expect(draft.questions[0]!.options[0]!.text).toBe('Public relations');
  });

  it('adds, moves and removes questions, each keeping its own key', () => {
    let draft = addQuestion(filled());
    draft = setPrompt(draft, 1, 'Second');
    const keys = draft.questions.map((q) => q.key);
    expect(new Set(keys).size).toBe(2);
    draft = moveQuestion(draft, 1, -1);
    expect(draft.questions.map((q) => q.prompt)).toEqual(['Second', '  What is a PRM?  ']);
    expect(draft.questions.map((q) => q.key)).toEqual([...keys].reverse());
    expect(moveQuestion(draft, 0, -1).questions.map((q) => q.key)).toEqual(draft.questions.map((q) => q.key));
    draft = removeQuestion(draft, 0);
    expect(draft.questions.map((q) => q.key)).toEqual([keys[0]]);
  });

  it('says how many right answers pass, a score equal to the mark passing', () => {
    expect(questionsToPass(70, 10)).toBe(7);
    expect(questionsToPass(66.67, 3)).toBe(3);
    expect(questionsToPass(66.66, 3)).toBe(2);
    expect(questionsToPass(50, 3)).toBe(2);
    expect(questionsToPass(0, 4)).toBe(0);
    expect(questionsToPass(100, 4)).toBe(4);
    expect(questionsToPass('', 4)).toBeNull();
    expect(questionsToPass(120, 4)).toBeNull();
    expect(questionsToPass(50, 0)).toBeNull();
  });
});
