import { numberOrNull } from '../../shared/form/values';
import type { QuizKey, ReplaceQuiz } from './enablement-api';
import { moveItem } from './move-item';

type NumberField = number | string;

export interface OptionDraft {
  key: string;
  text: string;
  correct: boolean;
}

export interface QuestionDraft {
  key: string;
  prompt: string;
  /** Select all that apply; otherwise exactly one option is right. */
  multiple: boolean;
  options: OptionDraft[];
}

/** The quiz as the editor holds it: the pass mark in percent and numbers as typed. */
export interface QuizDraft {
  passMarkPercent: NumberField;
  attemptsLimit: NumberField;
  questions: QuestionDraft[];
}

export const DEFAULT_PASS_MARK_PERCENT = 70;
export const MAX_OPTIONS = 10;
export const MIN_OPTIONS = 2;

let counter = 0;
/** A key for React lists; drafts are never sent with it. */
const nextKey = () => `draft-${++counter}`;

export const newOption = (text = '', correct = false): OptionDraft => ({ key: nextKey(), text, correct });

export const newQuestion = (): QuestionDraft => ({
  key: nextKey(),
  prompt: '',
  multiple: false,
  options: [newOption(), newOption()],
});

export const emptyQuizDraft = (): QuizDraft => ({
  passMarkPercent: DEFAULT_PASS_MARK_PERCENT,
  attemptsLimit: '',
  questions: [newQuestion()],
});

/** The editor's state from the saved quiz, or a first question to fill in when there is none. */
export function quizDraftFrom(key: QuizKey | null): QuizDraft {
  if (!key) return emptyQuizDraft();
  return {
    passMarkPercent: Math.round(key.passMark * 10_000) / 100,
    attemptsLimit: key.attemptsLimit ?? '',
    questions: key.questions.map((q) => ({
      key: nextKey(),
      prompt: q.prompt,
      multiple: q.multiple,
      options: q.options.map((o) => newOption(o.text, o.correct)),
    })),
  };
}

/** The request body; an empty pass mark goes as null so the API names the field that needs it. */
export function quizBody(draft: QuizDraft): ReplaceQuiz {
  const percent = numberOrNull(draft.passMarkPercent);
  return {
    // Percent with two decimals is a share with four, as the API keeps it.
    passMark: (percent === null ? null : Math.round(percent * 100) / 10_000) as number,
    attemptsLimit: numberOrNull(draft.attemptsLimit),
    questions: draft.questions.map((q) => ({
      prompt: q.prompt.trim(),
      multiple: q.multiple,
      options: q.options.map((o) => ({ text: o.text.trim(), correct: o.correct })),
    })),
  };
}

/** How many right answers pass: a score equal to the pass mark passes. */
export function questionsToPass(passMarkPercent: NumberField, questionCount: number): number | null {
  const percent = numberOrNull(passMarkPercent);
  if (percent === null || percent < 0 || percent > 100 || questionCount === 0) return null;
  return Math.max(0, Math.ceil((percent / 100) * questionCount - 1e-9));
}

function withQuestion(draft: QuizDraft, index: number, change: (q: QuestionDraft) => QuestionDraft) {
  return { ...draft, questions: draft.questions.map((q, i) => (i === index ? change(q) : q)) };
}

export const addQuestion = (draft: QuizDraft): QuizDraft => ({
  ...draft,
  questions: [...draft.questions, newQuestion()],
});

export const removeQuestion = (draft: QuizDraft, index: number): QuizDraft => ({
  ...draft,
  questions: draft.questions.filter((_, i) => i !== index),
});

export const moveQuestion = (draft: QuizDraft, index: number, delta: number): QuizDraft => ({
  ...draft,
  questions: moveItem(draft.questions, index, delta),
});

export const setPrompt = (draft: QuizDraft, index: number, prompt: string) =>
  withQuestion(draft, index, (q) => ({ ...q, prompt }));

/** Switching to one right answer keeps only the first option marked right. */
export const setMultiple = (draft: QuizDraft, index: number, multiple: boolean) =>
  withQuestion(draft, index, (q) => {
    if (multiple) return { ...q, multiple };
    const first = q.options.findIndex((o) => o.correct);
    return { ...q, multiple, options: q.options.map((o, i) => ({ ...o, correct: i === first })) };
  });

export const addOption = (draft: QuizDraft, index: number) =>
  withQuestion(draft, index, (q) =>
    q.options.length >= MAX_OPTIONS ? q : { ...q, options: [...q.options, newOption()] },
  );

export const removeOption = (draft: QuizDraft, index: number, option: number) =>
  withQuestion(draft, index, (q) =>
    q.options.length <= MIN_OPTIONS ? q : { ...q, options: q.options.filter((_, i) => i !== option) },
  );

export const setOptionText = (draft: QuizDraft, index: number, option: number, text: string) =>
  withQuestion(draft, index, (q) => ({
    ...q,
    options: q.options.map((o, i) => (i === option ? { ...o, text } : o)),
  }));

/** Marks an option right or wrong; with one right answer, marking one unmarks the others. */
export const setCorrect = (draft: QuizDraft, index: number, option: number, correct: boolean) =>
  withQuestion(draft, index, (q) => ({
    ...q,
    options: q.options.map((o, i) =>
      i === option ? { ...o, correct } : q.multiple || !correct ? o : { ...o, correct: false },
    ),
  }));
