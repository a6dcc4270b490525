import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import type { Lesson, LessonKind } from './enablement.schemas.js';
import { courseLessons } from './enablement.table.js';
import type { LessonInput } from './enablement-input.schemas.js';
import { sanitizeMarkdown } from './sanitize-markdown.js';

export type LessonRow = typeof courseLessons.$inferSelect;

export function toLessonView(row: LessonRow): Lesson {
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    kind: row.kind as LessonKind,
    body: row.body,
    url: row.url,
    fileName: row.fileName,
  };
}

/** The stored columns of a lesson: text bodies are sanitized here, on the way in. */
export function lessonContent(input: LessonInput) {
  return {
    title: input.title,
    kind: input.kind,
    body: input.kind === 'text' ? sanitizeMarkdown(input.body) : null,
    url: input.kind === 'text' ? null : input.url,
    fileName: input.kind === 'asset' ? input.fileName : null,
  };
}

export async function findLessons(ctx: Ctx, courseId: string): Promise<LessonRow[]> {
  return ctx.db
    .select()
    .from(courseLessons)
    .where(eq(courseLessons.courseId, courseId))
    .orderBy(asc(courseLessons.position), asc(courseLessons.id));
}

/** A lesson of the given course; a lesson of another course is as missing as no lesson. */
export async function loadLesson(ctx: Ctx, courseId: string, lessonId: string): Promise<LessonRow> {
  const [row] = await ctx.db
    .select()
    .from(courseLessons)
    .where(and(eq(courseLessons.id, lessonId), eq(courseLessons.courseId, courseId)))
    .limit(1);
  if (!row) throw notFound('Lesson');
  return row;
}
