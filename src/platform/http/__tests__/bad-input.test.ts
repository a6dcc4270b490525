import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('fastify', async (importOriginal) =>
  (await import('../../../testing/route-catalog.js')).withRouteRecorder(await importOriginal<object>()),
);

import {
  type BadCase,
  badBodyCases,
  badFileBodyCases,
  badParamCases,
  HUGE_STRING_LENGTH,
  tamperedCursorCases,
} from '../../../testing/bad-input-cases.js';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { fillPath, type Operation, openApiOperations, routeCatalog } from '../../../testing/route-catalog.js';
import { createSampleWorld, type SampleRequest, sampleFor } from '../../../testing/route-samples.js';
import { createTestApp, type TestUserKey } from '../../../testing/test-app.js';
import { POLICY } from '../../policy.js';

const t = await createTestApp();
afterAll(async () => t.close());
const USERS = Object.keys(t.fixtures.users) as TestUserKey[];
// Logins write sessions; do them before any snapshot is taken.
beforeAll(async () => {
  for (const user of USERS) await t.as(user);
});

const world = createSampleWorld(t);
const operations = openApiOperations(t.app);
const db = t.db.database.db;
const actions = new Map(routeCatalog(t.app).map((r) => [r.operationId, r.action]));

/** The admin, or for operations only partner users may call (registering a deal), a partner user. */
function callerFor(op: Operation): TestUserKey {
  const action = actions.get(op.operationId);
  if (!action) return 'admin';
  const roles = POLICY[action] as readonly string[];
  return USERS.find((user) => roles.includes(t.fixtures.users[user].role)) ?? 'admin';
}

async function send(op: Operation, sample: SampleRequest, bad: BadCase): Promise<LightMyRequestResponse> {
  const query = bad.query ? `?${new URLSearchParams(bad.query)}` : '';
  const headers: Record<string, string> = { ...(sample.headers ?? {}) };
  let payload: unknown = sample.body;
  if (bad.raw !== undefined) {
    payload = bad.raw;
    headers['content-type'] = bad.contentType ?? 'application/json';
  } else if (bad.body !== undefined) {
    payload = bad.body;
  }
  return t.request(callerFor(op), {
    method: op.method as 'GET',
    url: fillPath(op.path, bad.params ?? sample.params ?? {}) + query,
    ...(payload === undefined ? {} : { payload: payload as string }),
    headers,
  });
}

function namesField(res: LightMyRequestResponse, field: string, inQuery: boolean): boolean {
  const errors = (res.json() as { errors?: Array<{ field: string }> }).errors ?? [];
  const accepted = [inQuery ? `query.${field}` : field];
  return errors.some((e) => accepted.includes(e.field));
}

/** Sends each case with a snapshot around it; returns what went wrong, one line per case. */
async function runCases(op: Operation, sample: SampleRequest, cases: BadCase[]): Promise<string[]> {
  const mismatches: string[] = [];
  for (const bad of cases) {
    const before = await snapshotDatabase(db);
    const res = await send(op, sample, bad);
    const changes = diffSnapshots(before, await snapshotDatabase(db));
    const what = `${bad.label}: ${res.statusCode} ${res.body.slice(0, 240)}`;
    if (res.statusCode >= 500) mismatches.push(`server error on ${what}`);
    else if (res.statusCode !== bad.status) mismatches.push(`expected ${bad.status} on ${what}`);
    else if (!String(res.headers['content-type']).startsWith('application/problem+json')) {
      mismatches.push(`not problem+json (${res.headers['content-type']}) on ${bad.label}`);
    } else if (bad.field && !namesField(res, bad.field, bad.query !== undefined)) {
      mismatches.push(`error does not name ${bad.field} on ${what}`);
    }
    if (changes.length) mismatches.push(`${bad.label} wrote ${changes.join(', ')}`);
  }
  return mismatches;
}

const bodyOps = operations.filter((op) => op.body);
// Operations taking a file (CSV uploads) have no JSON schema to mutate: see badFileBodyCases.
const fileOps = operations.filter((op) => !op.body && op.bodyMediaTypes.length > 0);
const paramOps = operations.filter((op) => op.pathParams.length || op.queryParams.length);
const cursorOps = operations.filter((op) => tamperedCursorCases(op).length);

describe('bad bodies, generated from each operation’s OpenAPI schema', () => {
  it('finds the operations that take a body', () => {
    expect(bodyOps.length).toBeGreaterThan(0);
  });

  for (const op of bodyOps) {
    it(`${op.operationId} (${op.method} ${op.path}) rejects each bad body with 400 naming the field, writing nothing`, async () => {
      const sample = await sampleFor(op.operationId, world, callerFor(op));
      const cases = badBodyCases(op, sample.body);
      expect(cases.some((c) => c.label.includes('wrong type'))).toBe(true);
      expect(cases.some((c) => c.label.includes(`${HUGE_STRING_LENGTH} characters`))).toBe(true);
      expect(await runCases(op, sample, cases)).toEqual([]);
    });
  }
});

describe('bodies that are not the file an upload operation takes', () => {
  it('finds the operations that take a file', () => {
    expect(fileOps.map((op) => op.operationId)).toContain('importPartnerAccounts');
  });

  for (const op of fileOps) {
    it(`${op.operationId} (${op.method} ${op.path}) refuses a body of another media type with 415, writing nothing`, async () => {
      const sample = await sampleFor(op.operationId, world, callerFor(op));
      expect(await runCases(op, sample, badFileBodyCases(op))).toEqual([]);
    });
  }
});

describe('bad path parameters and query strings', () => {
  it('finds the operations that take them', () => {
    expect(paramOps.length).toBeGreaterThan(0);
    expect(cursorOps.length).toBeGreaterThan(0);
  });

  for (const op of paramOps) {
    it(`${op.operationId} (${op.method} ${op.path}) answers 400 naming the parameter, writing nothing`, async () => {
      const sample = await sampleFor(op.operationId, world, callerFor(op));
      const cases = badParamCases(op, sample.params ?? {});
      expect(cases.length).toBeGreaterThan(0);
      expect(await runCases(op, sample, cases)).toEqual([]);
    });
  }

  it('the limit, sort and cursor rules of the list convention hold on /api/partners', async () => {
    const op = operations.find((o) => o.operationId === 'listPartners')!;
    const cases: BadCase[] = [
      { label: 'limit=0', query: { limit: '0' }, status: 400, field: 'limit' },
      { label: 'limit=9999', query: { limit: '9999' }, status: 400, field: 'limit' },
      { label: 'sort=unknown', query: { sort: 'unknown' }, status: 400, field: 'sort' },
      { label: 'cursor=garbage', query: { cursor: 'garbage' }, status: 400, field: 'cursor' },
    ];
    expect(await runCases(op, {}, cases)).toEqual([]);
  });
});

// A cursor is opaque but not trusted: one that decodes to the right shape yet holds values of the
// wrong type must be refused like any other bad cursor, not passed to the database.
describe('tampered cursors', () => {
  for (const op of cursorOps) {
    it(`${op.operationId} (${op.method} ${op.path}) answers 400 for a cursor it never issued`, async () => {
      const sample = await sampleFor(op.operationId, world, callerFor(op));
      expect(await runCases(op, sample, tamperedCursorCases(op))).toEqual([]);
    });
  }
});
