import { type AnyColumn, and, asc, desc, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { invalidField } from '../errors.js';
import { UUID_PATTERN } from '../ids.js';

/**
 * The list convention every endpoint follows:
 *   ?limit=50&cursor=…&sort=-createdAt  →  { items: [...], nextCursor: "…" | null }
 * Cursors are opaque (base64url of the last row's sort key and id) and stable under inserts.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

const emptyAsMissing = (value: unknown) => (value === '' ? undefined : value);

/** A whole-number query parameter; an empty value ("?minFit=") counts as not given, never as 0. */
export function zQueryInt<T extends z.ZodType>(schema: (n: z.ZodCoercedNumber) => T) {
  return z.preprocess(emptyAsMissing, schema(z.coerce.number().int()));
}

/** A true/false query parameter ("?matched=true"); absent or empty counts as not given. */
export function zQueryBoolean() {
  return z
    .preprocess(emptyAsMissing, z.enum(['true', 'false']).optional())
    .transform((value) => (value === undefined ? undefined : value === 'true'));
}

export const ZPageQuery = {
  limit: zQueryInt((n) => n.min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE)),
  cursor: z.string().max(500).optional(),
};

export function zSort<const K extends string>(keys: readonly [K, ...K[]], fallback: `${'' | '-'}${K}`) {
  const values = keys.flatMap((k) => [k, `-${k}`]) as [string, ...string[]];
  return z
    .enum(values)
    .default(fallback)
    .describe(`Sort key; prefix with - for descending. One of: ${keys.join(', ')}`);
}

export function zPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as ?cursor= to get the next page; null on the last page'),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === length &&
      parsed.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return parsed;
    }
  } catch {
    // fall through to the error below
  }
  throw invalidField('query.cursor', 'is not a cursor this list issued');
}

export interface SortColumn {
  column: AnyColumn | SQL;
  /** How to read the key back out of a result row for the next cursor. */
  read: (row: Record<string, unknown>) => CursorValue;
  /** For an SQL expression, whose type cannot be read off a column: which cursor values fit it. */
  fits?: (value: CursorValue) => boolean;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** A cursor is client input: each value must fit its column's type before it reaches SQL. */
function fitsColumn(column: AnyColumn | SQL, value: CursorValue): boolean {
  const type = 'columnType' in column ? column.columnType : null;
  switch (type) {
    case 'PgUUID':
      return typeof value === 'string' && UUID_PATTERN.test(value);
    case 'PgTimestamp':
      return typeof value === 'string' && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case 'PgInteger':
    case 'PgSerial':
    case 'PgBigInt53':
    case 'PgBigSerial53':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'PgDateString':
      return (
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
      );
    case 'PgText':
      return typeof value === 'string' && value.length <= 1000;
    default:
      return value !== null;
  }
}

export interface KeysetPlan {
  where: SQL | undefined;
  orderBy: SQL[];
  cursorFor: (row: Record<string, unknown>) => string;
}

/**
 * Keyset pagination on (sort key, id): the sort key must be non-null, and the id breaks ties,
 * so every page is an index range scan however deep the client pages.
 */
export function keyset(
  sort: string,
  columns: Record<string, SortColumn>,
  id: SortColumn,
  cursor: string | undefined,
): KeysetPlan {
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  const sortColumn = columns[key];
  if (!sortColumn) throw invalidField('query.sort', `cannot sort by ${key}`);
  const direction = descending ? desc : asc;
  const orderBy = [direction(sortColumn.column), direction(id.column)];
  let where: SQL | undefined;
  if (cursor) {
    const [value, lastId] = decodeCursor(cursor, 2) as [CursorValue, CursorValue];
    const fits = (column: SortColumn, v: CursorValue) =>
      column.fits ? column.fits(v) : fitsColumn(column.column, v);
    if (!fits(sortColumn, value) || !fits(id, lastId)) {
      throw invalidField('query.cursor', 'is not a cursor this list issued');
    }
    const comparison = descending ? sql`<` : sql`>`;
    where = and(sql`(${sortColumn.column}, ${id.column}) ${comparison} (${value}, ${lastId})`);
  }
  return {
    where,
    orderBy,
    cursorFor: (row) => encodeCursor([sortColumn.read(row), id.read(row)]),
  };
}

/** Fetch limit + 1 rows, then call this: it trims the extra row and makes the next cursor from the last kept. */
export function toPage<T extends Record<string, unknown>, R>(
  rows: T[],
  limit: number,
  plan: Pick<KeysetPlan, 'cursorFor'>,
  map: (row: T) => R,
): Page<R> {
  const hasMore = rows.length > limit;
  const kept = hasMore ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return { items: kept.map(map), nextCursor: hasMore && last ? plan.cursorFor(last) : null };
}
