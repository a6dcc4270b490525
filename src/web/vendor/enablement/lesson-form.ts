import type { Lesson, LessonContent } from './enablement-api';

export type LessonKind = Lesson['kind'];

/** A lesson as the editor holds it: every kind's fields, so switching kind keeps what was typed. */
export interface LessonFormState {
  kind: LessonKind;
  title: string;
  body: string;
  url: string;
  fileName: string;
}

export const LESSON_KIND_LABELS: Record<LessonKind, string> = {
  text: 'Text',
  video: 'Video',
  asset: 'Download',
};

export const emptyLessonForm = (kind: LessonKind = 'text'): LessonFormState => ({
  kind,
  title: '',
  body: '',
  url: '',
  fileName: '',
});

export function lessonFormFrom(lesson: Lesson): LessonFormState {
  return {
    kind: lesson.kind,
    title: lesson.title,
    body: lesson.body ?? '',
    url: lesson.url ?? '',
    fileName: lesson.fileName ?? '',
  };
}

/** The request body for the lesson's kind; the other kinds' fields are left out. */
export function lessonBody(form: LessonFormState): LessonContent {
  const title = form.title.trim();
  if (form.kind === 'text') return { kind: 'text', title, body: form.body };
  if (form.kind === 'video') return { kind: 'video', title, url: form.url.trim() };
  return { kind: 'asset', title, url: form.url.trim(), fileName: form.fileName.trim() };
}

/** The last part of a download address, as a file name to start from. */
export function fileNameFromUrl(url: string): string {
  try {
    const last = new URL(url.trim()).pathname.split('/').filter(Boolean).at(-1) ?? '';
    return decodeURIComponent(last);
  } catch {
    return '';
  }
}

/** One line about a lesson's content for the lesson list. */
export function lessonSummary(lesson: Lesson): string {
  if (lesson.kind === 'text') {
    const firstLine = (lesson.body ?? '')
      .split('\n')
      .map((l) => l.replace(/^[#>\-*+\s]+/, '').trim())
      .find(Boolean);
    return firstLine ?? '';
  }
  if (lesson.kind === 'asset') return lesson.fileName ?? lesson.url ?? '';
  return lesson.url ?? '';
}
