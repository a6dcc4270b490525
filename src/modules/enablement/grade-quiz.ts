import { invalidField } from '../../platform/errors.js';
import type { StoredOption, WrongQuestion } from './enablement.table.js';

export interface GradableQuestion {
  id: string;
  prompt: string;
  multiple: boolean;
  options: StoredOption[];
}

export interface Answer {
  questionId: string;
  optionIds: string[];
}

export interface Grade {
  questionCount: number;
  rightCount: number;
  /** rightCount / questionCount, 0..1. */
  score: number;
  passed: boolean;
  wrong: WrongQuestion[];
}

const BASIS = 10_000;

/**
 * Grades answers against the key. A question is right when the chosen options are exactly its right
 * options (all of them, nothing else); a question left out is wrong. The pass mark is compared in
 * whole basis points, so a score equal to the pass mark passes without floating-point doubt.
 * Answers naming something that is not in the quiz are refused, field by field.
 */
export function gradeQuiz(questions: GradableQuestion[], answers: Answer[], passMark: number): Grade {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const chosen = new Map<string, Set<string>>();
  answers.forEach((answer, index) => {
    const question = byId.get(answer.questionId);
    if (!question) throw invalidField(`answers.${index}.questionId`, 'is not a question of this quiz');
    if (chosen.has(answer.questionId))
      throw invalidField(`answers.${index}.questionId`, 'answers the same question twice');
    const optionIds = new Set(question.options.map((o) => o.id));
    answer.optionIds.forEach((optionId, j) => {
      if (!optionIds.has(optionId))
        throw invalidField(`answers.${index}.optionIds.${j}`, 'is not an option of this question');
    });
    if (!question.multiple && answer.optionIds.length > 1)
      throw invalidField(`answers.${index}.optionIds`, 'takes one option');
    chosen.set(answer.questionId, new Set(answer.optionIds));
  });
  const wrong: WrongQuestion[] = [];
  for (const question of questions) {
    const picked = chosen.get(question.id) ?? new Set<string>();
    const right = question.options.filter((o) => o.correct).map((o) => o.id);
    const exact = picked.size === right.length && right.every((id) => picked.has(id));
    if (!exact) wrong.push({ questionId: question.id, prompt: question.prompt });
  }
  const questionCount = questions.length;
  const rightCount = questionCount - wrong.length;
  const mark = Math.round(passMark * BASIS);
  return {
    questionCount,
    rightCount,
    score: questionCount ? rightCount / questionCount : 0,
    passed: rightCount * BASIS >= mark * questionCount,
    wrong,
  };
}
