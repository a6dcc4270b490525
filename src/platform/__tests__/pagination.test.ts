import type { SQL } from 'drizzle-orm';
import { integer, PgDialect, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { decodeCursor, encodeCursor, keyset, toPage, ZPageQuery, zPage, zSort } from '../http/pagination.js';

const things = pgTable('things', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  rank: integer('rank').notNull(),
});
const columns = {
  name: { column: things.name, read: (r: Record<string, unknown>) => r.name as string },
  rank: { column: things.rank, read: (r: Record<string, unknown>) => r.rank as number },
};
const id = { column: things.id, read: (r: Record<string, unknown>) => r.id as string };
const dialect = new PgDialect();
const render = (fragment: SQL) => dialect.sqlToQuery(fragment);

// The field may be named with its location ("query.cursor"); the last part is what matters here.
const CURSOR_ERROR = { code: 'validation_failed', field: expect.stringMatching(/(^|\.)cursor$/) };
const SORT_ERROR = { code: 'validation_failed', field: expect.stringMatching(/(^|\.)sort$/) };

function fieldError(fn: () => unknown): { code: string; field: string | undefined } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.details?.errors?.[0]?.field };
    throw error;
  }
  throw new Error('expected an error');
}

describe('cursor encoding', () => {
  it('round-trips strings, numbers and null', () => {
    const values = ['Zürich & Co', 42, null, '', -1.5];
    const cursor = encodeCursor(values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 5)).toEqual(values);
  });

  it('refuses a cursor of the wrong length', () => {
    expect(fieldError(() => decodeCursor(encodeCursor(['a', 'b', 'c']), 2))).toEqual(CURSOR_ERROR);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor!'],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
    ['nested values', Buffer.from('[[1],"x"]').toString('base64url')],
    ['booleans', Buffer.from('[true,"x"]').toString('base64url')],
    ['empty', ''],
  ])('refuses %s', (_label, cursor) => {
    expect(fieldError(() => decodeCursor(cursor, 2))).toEqual(CURSOR_ERROR);
  });
});

describe('keyset', () => {
  it('orders by the key then the id, ascending', () => {
    const plan = keyset('name', columns, id, undefined);
    expect(plan.where).toBeUndefined();
    expect(plan.orderBy.map((o) => render(o).sql)).toEqual(['"things"."name" asc', '"things"."id" asc']);
  });

  it('orders descending with a "-" prefix', () => {
    const plan = keyset('-rank', columns, id, undefined);
    expect(plan.orderBy.map((o) => render(o).sql)).toEqual(['"things"."rank" desc', '"things"."id" desc']);
  });

  it('continues after the cursor row: > ascending, < descending', () => {
    const cursor = encodeCursor([7, '0190a000-0000-7000-8000-000000000001']);
    const asc = render(keyset('rank', columns, id, cursor).where!);
    expect(asc.sql).toBe('("things"."rank", "things"."id") > ($1, $2)');
    expect(asc.params).toEqual([7, '0190a000-0000-7000-8000-000000000001']);
    const desc = render(keyset('-rank', columns, id, cursor).where!);
    expect(desc.sql).toBe('("things"."rank", "things"."id") < ($1, $2)');
  });

  it('makes the next cursor from the sort key and id of a row', () => {
    const plan = keyset('-name', columns, id, undefined);
    const cursor = plan.cursorFor({ id: 'row-id', name: 'beta', rank: 3 });
    expect(decodeCursor(cursor, 2)).toEqual(['beta', 'row-id']);
  });

  it('refuses an unknown sort key', () => {
    expect(fieldError(() => keyset('colour', columns, id, undefined))).toEqual(SORT_ERROR);
    expect(fieldError(() => keyset('-colour', columns, id, undefined))).toEqual(SORT_ERROR);
  });

  it('refuses a cursor whose values do not fit the columns', () => {
    const uuid = '0190a000-0000-7000-8000-000000000001';
    // A name cursor reused for the integer sort, a non-uuid id, a null key.
    expect(fieldError(() => keyset('rank', columns, id, encodeCursor(['beta', uuid])))).toEqual(CURSOR_ERROR);
    expect(fieldError(() => keyset('name', columns, id, encodeCursor(['beta', 'not-a-uuid'])))).toEqual(
      CURSOR_ERROR,
    );
    expect(fieldError(() => keyset('rank', columns, id, encodeCursor([null, uuid])))).toEqual(CURSOR_ERROR);
    expect(fieldError(() => keyset('rank', columns, id, encodeCursor([1.5, uuid])))).toEqual(CURSOR_ERROR);
  });

  it('refuses a cursor issued for another shape', () => {
    expect(fieldError(() => keyset('name', columns, id, encodeCursor(['only-one'])))).toEqual(CURSOR_ERROR);
    expect(fieldError(() => keyset('name', columns, id, 'garbage'))).toEqual(CURSOR_ERROR);
  });
});

describe('toPage', () => {
  const plan = keyset('name', columns, id, undefined);
  const rows = ['a', 'b', 'c'].map((name, i) => ({ id: `id-${i}`, name, rank: i }));

  it('drops the extra row and points the cursor at the last row kept', () => {
    const page = toPage(rows, 2, plan, (r) => r.name);
    expect(page.items).toEqual(['a', 'b']);
    expect(decodeCursor(page.nextCursor!, 2)).toEqual(['b', 'id-1']);
  });

  it('has no next cursor on the last page', () => {
    expect(toPage(rows, 3, plan, (r) => r.name)).toEqual({ items: ['a', 'b', 'c'], nextCursor: null });
    expect(toPage([], 3, plan, (r) => r)).toEqual({ items: [], nextCursor: null });
  });

  it('works through a list with the cursor it hands out', () => {
    const all = Array.from({ length: 7 }, (_, i) => ({ id: `id-${i}`, name: `n${i}`, rank: i }));
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const after = cursor ? (decodeCursor(cursor, 2)[1] as string) : null;
      const start = after ? all.findIndex((r) => r.id === after) + 1 : 0;
      const page = toPage(all.slice(start, start + 3), 2, plan, (r) => r.id);
      seen.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.map((r) => r.id));
  });
});

describe('query schemas', () => {
  const Query = z.strictObject({ ...ZPageQuery, sort: zSort(['name', 'rank'], '-rank') });

  it('defaults the limit and sort and coerces the limit from the query string', () => {
    expect(Query.parse({})).toEqual({ limit: 50, sort: '-rank' });
    expect(Query.parse({ limit: '5', sort: 'name' })).toEqual({ limit: 5, sort: 'name' });
  });

  it('refuses limits out of range and unknown sorts', () => {
    for (const limit of ['0', '201', '2.5', 'x']) expect(Query.safeParse({ limit }).success).toBe(false);
    expect(Query.safeParse({ sort: 'colour' }).success).toBe(false);
    expect(Query.safeParse({ sort: '--name' }).success).toBe(false);
  });

  it('describes a page as items plus a nullable cursor', () => {
    const Page = zPage(z.object({ n: z.number() }));
    expect(Page.parse({ items: [{ n: 1 }], nextCursor: null })).toEqual({
      items: [{ n: 1 }],
      nextCursor: null,
    });
    expect(Page.safeParse({ items: [] }).success).toBe(false);
  });
});
