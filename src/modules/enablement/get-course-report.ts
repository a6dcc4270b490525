import { type SQL, sql } from 'drizzle-orm';
import { PARTNER_ROLES } from '../../platform/actor.js';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { queryRows } from '../../platform/db/rows.js';
import { invalidField } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/http/pagination.js';
import { UUID_PATTERN } from '../../platform/ids.js';
import { PARTNER_TYPES, type PartnerType } from '../partners/partners.schemas.js';
import type { CourseStatus } from './enablement.schemas.js';
import type { CourseReportRow } from './enablement-report.schemas.js';

export const COURSE_REPORT_SORTS = ['title', 'updatedAt', 'enrolled', 'completed'] as const;

export interface CourseReportInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: CourseStatus | undefined;
  partnerType?: PartnerType | undefined;
  q?: string | undefined;
}

interface Row {
  id: string;
  title: string;
  summary: string | null;
  status: string;
  estimated_minutes: number;
  open_to_all: boolean;
  certification_name: string | null;
  certification_valid_days: number | null;
  created_at: Date | string;
  updated_at: Date | string;
  lesson_count: number;
  pass_mark: number | null;
  question_count: number;
  path_count: number;
  partner_types: string[] | null;
  roles: string[] | null;
  enrolled: number;
  completed: number;
  certified_people: number;
}

const SORT_KEYS: Record<
  string,
  { expr: SQL; kind: 'text' | 'time' | 'int'; read: (r: Row) => string | number }
> = {
  title: { expr: sql`c.title`, kind: 'text', read: (r) => r.title },
  updatedAt: { expr: sql`c.updated_at`, kind: 'time', read: (r) => iso(r.updated_at) },
  enrolled: { expr: sql`s.enrolled`, kind: 'int', read: (r) => Number(r.enrolled) },
  completed: { expr: sql`s.completed`, kind: 'int', read: (r) => Number(r.completed) },
};

const iso = (value: Date | string) => new Date(value).toISOString();
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const badCursor = () => invalidField('query.cursor', 'is not a cursor this list issued');

function cursorCondition(key: (typeof SORT_KEYS)[string], cursor: string, descending: boolean): SQL {
  const [value, id] = decodeCursor(cursor, 2);
  const fits =
    key.kind === 'int'
      ? typeof value === 'number' && Number.isSafeInteger(value)
      : key.kind === 'time'
        ? typeof value === 'string' && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))
        : typeof value === 'string' && value.length <= 1000;
  if (!fits || typeof id !== 'string' || !UUID_PATTERN.test(id)) throw badCursor();
  const typed =
    key.kind === 'int'
      ? sql`${value}::int`
      : key.kind === 'time'
        ? sql`${value}::timestamptz`
        : sql`${value}::text`;
  return sql`(${key.expr}, c.id) ${descending ? sql`<` : sql`>`} (${typed}, ${id}::uuid)`;
}

/** Keeps the program's own order of partner types and roles, whatever order SQL returned. */
const inOrder = <T extends string>(order: readonly T[], values: string[] | null): T[] =>
  order.filter((v) => (values ?? []).includes(v));

/**
 * The course catalogue as its authors read it: every course with its quiz's pass mark, the audience
 * its learning paths give it, and how many learners enrolled, completed and hold a valid certificate
 * now (disabled users not counted among the certified, as in tiering).
 */
export async function getCourseReport(ctx: Ctx, input: CourseReportInput): Promise<Page<CourseReportRow>> {
  const descending = input.sort.startsWith('-');
  const name = descending ? input.sort.slice(1) : input.sort;
  const key = SORT_KEYS[name];
  if (!key) throw invalidField('query.sort', `cannot sort by ${name}`);
  const now = sql`${ctx.clock.now().toISOString()}::timestamptz`;
  const filters: SQL[] = [];
  if (input.status) filters.push(sql`c.status = ${input.status}`);
  if (input.q) filters.push(sql`c.title ILIKE ${containsPattern(input.q)}`);
  if (input.partnerType) {
    filters.push(sql`(c.open_to_all OR EXISTS (
      SELECT 1 FROM learning_path_courses lpc JOIN learning_paths lp ON lp.id = lpc.path_id
      WHERE lpc.course_id = c.id AND ${input.partnerType} = ANY(lp.partner_types)))`);
  }
  if (input.cursor) filters.push(cursorCondition(key, input.cursor, descending));
  const where = filters.length ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``;
  const direction = sql.raw(descending ? 'DESC' : 'ASC');
  const rows = await queryRows<Row>(
    ctx.db,
    sql`SELECT c.id, c.title, c.summary, c.status, c.estimated_minutes, c.open_to_all,
        c.certification_name, c.certification_valid_days, c.created_at, c.updated_at,
        q.pass_mark, s.*, a.*,
        (SELECT count(*)::int FROM course_lessons cl WHERE cl.course_id = c.id) AS lesson_count,
        (SELECT count(*)::int FROM quiz_questions qq WHERE qq.course_id = c.id) AS question_count,
        (SELECT count(DISTINCT ce.user_id)::int FROM certificates ce JOIN users u ON u.id = ce.user_id
          WHERE ce.course_id = c.id AND ce.issued_at <= ${now} AND ce.expires_at > ${now}
            AND u.status <> 'disabled') AS certified_people
      FROM courses c
      LEFT JOIN course_quizzes q ON q.course_id = c.id
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS enrolled, count(*) FILTER (WHERE e.status = 'completed')::int AS completed
        FROM enrollments e WHERE e.course_id = c.id) s
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS path_count,
          ARRAY(SELECT DISTINCT t FROM learning_path_courses lpc JOIN learning_paths lp ON lp.id = lpc.path_id,
            unnest(lp.partner_types) t WHERE lpc.course_id = c.id) AS partner_types,
          ARRAY(SELECT DISTINCT r FROM learning_path_courses lpc JOIN learning_paths lp ON lp.id = lpc.path_id,
            unnest(lp.roles) r WHERE lpc.course_id = c.id) AS roles
        FROM learning_path_courses lpc WHERE lpc.course_id = c.id) a
      ${where}
      ORDER BY ${key.expr} ${direction}, c.id ${direction}
      LIMIT ${input.limit + 1}`,
  );
  const hasMore = rows.length > input.limit;
  const kept = hasMore ? rows.slice(0, input.limit) : rows;
  const last = kept.at(-1);
  return {
    items: kept.map(toRow),
    nextCursor: hasMore && last ? encodeCursor([key.read(last), last.id]) : null,
  };
}

function toRow(r: Row): CourseReportRow {
  const questionCount = Number(r.question_count);
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    status: r.status as CourseStatus,
    estimatedMinutes: Number(r.estimated_minutes),
    openToAll: r.open_to_all,
    certification:
      r.certification_name && r.certification_valid_days
        ? { name: r.certification_name, validDays: Number(r.certification_valid_days) }
        : null,
    lessonCount: Number(r.lesson_count),
    hasQuiz: r.pass_mark !== null,
    passMark: r.pass_mark === null ? null : Number(r.pass_mark),
    questionCount,
    audience: {
      openToAll: r.open_to_all,
      pathCount: Number(r.path_count),
      partnerTypes: inOrder(PARTNER_TYPES, r.partner_types),
      roles: inOrder(PARTNER_ROLES, r.roles),
    },
    enrolled: Number(r.enrolled),
    completed: Number(r.completed),
    certifiedPeople: Number(r.certified_people),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}
