/**
 * Property-based bad input: for every operation that takes a JSON body or a query string, fast-check
 * mutates the operation's valid sample request — a field replaced by a hostile value (injection
 * strings, NUL and unpaired surrogates, huge and negative numbers, impossible dates, deep nesting,
 * arbitrary JSON), a field removed, an unknown field added — and checks that the server never answers
 * 5xx, that a refusal is problem+json, and that a refused write changes nothing in the database.
 *
 *   FUZZ_RUNS=200 FUZZ_SEED=7 npx vitest run src/platform/http/__tests__/bad-input-properties.test.ts
 *
 * FUZZ_RUNS is the number of mutated requests per operation (default 3, kept small for CI); the
 * counts of a long run are in BENCHMARKS.md.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('fastify', async (importOriginal) =>
  (await import('../../../testing/route-catalog.js')).withRouteRecorder(await importOriginal<object>()),
);

import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { fillPath, type Operation, openApiOperations, routeCatalog } from '../../../testing/route-catalog.js';
import { createSampleWorld, type SampleRequest, sampleFor } from '../../../testing/route-samples.js';
import { createTestApp, type TestUserKey } from '../../../testing/test-app.js';
import { POLICY } from '../../policy.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

const t = await createTestApp();
afterAll(async () => t.close());
const USERS = Object.keys(t.fixtures.users) as TestUserKey[];
beforeAll(async () => {
  for (const user of USERS) await t.as(user);
});

const world = createSampleWorld(t);
const operations = openApiOperations(t.app);
const db = t.db.database.db;
const actions = new Map(routeCatalog(t.app).map((r) => [r.operationId, r.action]));
const tally = { requests: 0, accepted: 0, refused: 0 };

function callerFor(op: Operation): TestUserKey {
  const action = actions.get(op.operationId);
  if (!action) return 'admin';
  const roles = POLICY[action] as readonly string[];
  return USERS.find((user) => roles.includes(t.fixtures.users[user].role)) ?? 'admin';
}

const deep = (levels: number): unknown => (levels === 0 ? 'bottom' : { next: deep(levels - 1) });

/** Values nobody should be able to slip past validation into a write or a 500. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "' OR 1=1 --",
    "Robert'); DROP TABLE partners;--",
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '{{7*7}}',
    `$${'{7*7}'}`,
    '../../../../etc/passwd',
    'nul \u0000 inside',
    'lone \ud800 surrogate',
    'reversed \udc00\ud800 pair',
    '\u202e\u0644\u0627 mixed direction',
    '9999-99-99',
    '0000-00-00T00:00:00Z',
    '2026-02-30',
    '+275760-09-13T00:00:00.001Z',
    '1e309',
    '-0',
    '',
    ' ',
    'x'.repeat(70_000),
  ),
  fc.constantFrom(
    -1,
    -1_000_000_000_000,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER * 10,
    1e308,
    0.1,
    2 ** 31,
    -(2 ** 63),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(deep(60)),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

type Mutation = { kind: 'replace' | 'remove' | 'add'; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'replace', 'replace', 'remove', 'add'),
  at: fc.nat(),
  key: fc.string({ minLength: 1, maxLength: 12 }),
  value: hostile,
});

/** Paths to every value of a JSON document, the root first. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  }
  return here;
}

function mutate(document: unknown, change: Mutation): unknown {
  const copy = structuredClone(document);
  const paths = pathsOf(copy);
  const path = paths[change.at % paths.length]!;
  if (path.length === 0) {
    if (change.kind === 'replace') return change.value;
    if (change.kind === 'add' && copy && typeof copy === 'object' && !Array.isArray(copy)) {
      return { ...copy, [change.key]: change.value };
    }
    return copy;
  }
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (change.kind === 'replace') parent[last] = change.value;
  else if (change.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      (target as Record<string, unknown>)[change.key] = change.value;
    } else parent[last] = change.value;
  }
  return copy;
}

async function check(op: Operation, sample: SampleRequest, request: SampleRequest): Promise<void> {
  const writes = op.method !== 'GET';
  const before = writes ? await snapshotDatabase(db) : null;
  const query = request.query ? `?${new URLSearchParams(request.query)}` : '';
  const res = await t.request(callerFor(op), {
    method: op.method as 'GET',
    url: fillPath(op.path, sample.params ?? {}) + query,
    ...(request.body === undefined ? {} : { payload: JSON.stringify(request.body) }),
    headers: {
      ...(sample.headers ?? {}),
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
  });
  tally.requests += 1;
  const what = `${op.operationId} ${JSON.stringify(request).slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
  expect(res.statusCode, what).toBeLessThan(500);
  if (res.statusCode >= 400) {
    tally.refused += 1;
    expect(String(res.headers['content-type']), what).toContain('application/problem+json');
    if (before) expect(diffSnapshots(before, await snapshotDatabase(db)), what).toEqual([]);
  } else tally.accepted += 1;
}

const bodyOps = operations.filter((op) => op.body);
const queryOps = operations.filter((op) => op.queryParams.length > 0 && !op.body);

describe('mutated JSON bodies (fast-check)', () => {
  for (const op of bodyOps) {
    it(`${op.operationId} (${op.method} ${op.path}) never fails with 5xx or writes on a refusal`, async () => {
      await fc.assert(
        fc.asyncProperty(mutation, async (change) => {
          // A fresh sample each time: destructive operations need their own row.
          const sample = await sampleFor(op.operationId, world, callerFor(op));
          await check(op, sample, { ...sample, body: mutate(sample.body ?? {}, change) });
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }
});

describe('mutated query strings (fast-check)', () => {
  for (const op of queryOps) {
    it(`${op.operationId} (${op.method} ${op.path}) never fails with 5xx`, async () => {
      const names = op.queryParams.map((p) => p.name);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...names), hostile, async (name, value) => {
          const sample = await sampleFor(op.operationId, world, callerFor(op));
          const text = typeof value === 'string' ? value : JSON.stringify(value);
          await check(op, sample, { ...sample, query: { ...(sample.query ?? {}), [name]: text } });
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }
});

afterAll(() => {
  process.stdout.write(
    `bad-input properties: ${bodyOps.length} body and ${queryOps.length} query operations, ${tally.requests} requests (${tally.refused} refused, ${tally.accepted} accepted), seed ${SEED}\n`,
  );
});
