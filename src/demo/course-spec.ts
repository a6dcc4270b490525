import type { LessonInput } from '../modules/enablement/enablement-input.schemas.js';

export interface QuestionSpec {
  prompt: string;
  multiple?: boolean;
  options: { text: string; correct: boolean }[];
}

/** A course of the demo's partner academy, as its author builds it. */
export interface CourseSpec {
  key: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  openToAll: boolean;
  certification: { name: string; validDays: number } | null;
  lessons: LessonInput[];
  /** Null for a course completed by reading every lesson. */
  quiz: { passMark: number; attemptsLimit: number | null; questions: QuestionSpec[] } | null;
}

export const VIDEO_HOST = 'https://academy.example.com/larkspur';
export const ASSET_HOST = 'https://assets.example.com/larkspur';

export const video = (title: string, slug: string): LessonInput => ({
  kind: 'video',
  title,
  url: `${VIDEO_HOST}/videos/${slug}`,
});

export const asset = (title: string, fileName: string): LessonInput => ({
  kind: 'asset',
  title,
  url: `${ASSET_HOST}/downloads/${fileName}`,
  fileName,
});

export const text = (title: string, body: string): LessonInput => ({ kind: 'text', title, body });

/** A question with one right option, placed among the wrong ones at a spot that varies by question. */
export function single(prompt: string, right: string, ...wrong: string[]): QuestionSpec {
  const options = wrong.map((w) => ({ text: w, correct: false }));
  options.splice(prompt.length % (wrong.length + 1), 0, { text: right, correct: true });
  return { prompt, options };
}
