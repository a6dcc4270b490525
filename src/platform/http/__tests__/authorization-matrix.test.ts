import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('fastify', async (importOriginal) =>
  (await import('../../../testing/route-catalog.js')).withRouteRecorder(await importOriginal<object>()),
);

import { revokeApiKey } from '../../../modules/identity/revoke-api-key.js';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import {
  type CatalogRoute,
  fillPath,
  openApiOperations,
  recordedRoutes,
  routeCatalog,
} from '../../../testing/route-catalog.js';
import {
  CALLERS,
  type Caller,
  createSampleWorld,
  SAMPLES,
  type SampleRequest,
  sampleFor,
} from '../../../testing/route-samples.js';
import { createTestApp, type TestUserKey } from '../../../testing/test-app.js';
import { fixedClock } from '../../clock.js';
import { type Action, POLICY } from '../../policy.js';

const t = await createTestApp();
afterAll(async () => t.close());

const world = createSampleWorld(t);
const catalog = routeCatalog(t.app);
const USERS = CALLERS.filter((c): c is TestUserKey => c !== null);
const API_KEY_NOISE = { api_keys: ['last_used_at'] } as const;

// Log every caller in first: a login writes a session, which would otherwise show in the snapshots.
beforeAll(async () => {
  for (const user of USERS) await t.as(user);
});

function roleAllows(user: TestUserKey, action: Action): boolean {
  return (POLICY[action] as readonly string[]).includes(t.fixtures.users[user].role);
}

function isReadAction(action: Action): boolean {
  return action.endsWith('.read') || action === 'session.self';
}

function label(caller: Caller): string {
  return caller ?? 'anonymous';
}

async function send(
  route: CatalogRoute,
  caller: Caller,
  sample: SampleRequest,
  headers: Record<string, string> = {},
) {
  const query = sample.query ? `?${new URLSearchParams(sample.query)}` : '';
  return t.request(caller, {
    method: route.method as 'GET',
    url: fillPath(route.path, sample.params ?? {}) + query,
    ...(sample.body === undefined ? {} : { payload: sample.body as object }),
    headers: { ...(sample.headers ?? {}), ...headers },
  });
}

function describeResponse(res: LightMyRequestResponse): string {
  return `${res.statusCode} ${res.body.slice(0, 300)}`;
}

function isProblem(res: LightMyRequestResponse): boolean {
  return String(res.headers['content-type']).startsWith('application/problem+json');
}

describe('the route catalogue', () => {
  it('is generated from the server and covers every OpenAPI operation', () => {
    const operations = openApiOperations(t.app);
    expect(operations.length).toBeGreaterThan(0);
    expect(catalog.map((r) => r.operationId).sort()).toEqual(operations.map((o) => o.operationId).sort());
    expect(new Set(catalog.map((r) => r.operationId)).size).toBe(catalog.length);
    // Spot-check that actions really come from the routes, not from a guess.
    expect(catalog.find((r) => r.operationId === 'deletePartner')?.action).toBe('partners.delete');
    expect(catalog.find((r) => r.operationId === 'login')?.public).toBe(true);
  });

  it('leaves no protected /api route out of the OpenAPI document', () => {
    const documented = new Set(catalog.map((r) => `${r.method} ${r.url}`));
    const undocumented = recordedRoutes(t.app)
      .filter(
        (r) =>
          r.url.startsWith('/api/') &&
          r.method !== 'HEAD' &&
          !r.config.public &&
          !r.url.startsWith('/api/docs'),
      )
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !documented.has(key));
    expect(undocumented).toEqual([]);
  });

  it('has a sample request for every operation, and no sample for an operation that is gone', () => {
    const ids = catalog.map((r) => r.operationId);
    expect(ids.filter((id) => !SAMPLES[id])).toEqual([]);
    expect(Object.keys(SAMPLES).filter((id) => !ids.includes(id))).toEqual([]);
  });
});

describe('authorization matrix: every route × every role', () => {
  for (const route of catalog) {
    const rule = route.public ? 'public' : route.action;
    it(`${route.operationId} (${route.method} ${route.path}, ${rule})`, async () => {
      const mismatches: string[] = [];
      for (const caller of CALLERS) {
        const sample = await sampleFor(route.operationId, world, caller);
        const refused = !route.public && caller !== null && !roleAllows(caller, route.action!);
        const before = refused ? await snapshotDatabase(t.db.database.db) : null;
        const res = await send(route, caller, sample);
        const who = label(caller);
        if (res.statusCode >= 500) mismatches.push(`${who}: server error ${describeResponse(res)}`);
        else if (route.public) {
          if (res.statusCode >= 300)
            mismatches.push(`${who}: public route answered ${describeResponse(res)}`);
        } else if (caller === null) {
          if (res.statusCode !== 401 || !isProblem(res))
            mismatches.push(`${who}: expected 401, got ${describeResponse(res)}`);
        } else if (refused) {
          if (res.statusCode !== 403 || !isProblem(res))
            mismatches.push(`${who}: expected 403, got ${describeResponse(res)}`);
          const changes = diffSnapshots(before!, await snapshotDatabase(t.db.database.db));
          if (changes.length) mismatches.push(`${who}: refused but wrote ${changes.join(', ')}`);
        } else if (res.statusCode >= 300) {
          mismatches.push(`${who}: allowed by POLICY but got ${describeResponse(res)}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});

describe('API keys', () => {
  const readKeys = new Map<TestUserKey, string>();
  beforeAll(async () => {
    for (const user of USERS)
      readKeys.set(user, (await world.freshApiKey(user, { scopes: ['read'] })).secret);
  });

  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
  // Operations without a sample already fail the catalogue test above.
  const protectedRoutes = () => catalog.filter((r) => !r.public && SAMPLES[r.operationId]);

  // One test per user: each walks the whole catalogue with two snapshots per write, which grows with it.
  let writesChecked = 0;
  it.each(USERS)(
    'a read-only key of %s gets 403 on every write its user may make, writes nothing, and may still read',
    async (user) => {
      const mismatches: string[] = [];
      for (const route of protectedRoutes()) {
        if (!roleAllows(user, route.action!)) continue;
        const sample = await sampleFor(route.operationId, world, user);
        const who = `${user} ${route.operationId}`;
        if (isReadAction(route.action!)) {
          const res = await send(route, null, { ...sample, headers: {} }, bearer(readKeys.get(user)!));
          if (res.statusCode >= 300)
            mismatches.push(`${who}: read with a read key got ${describeResponse(res)}`);
          continue;
        }
        const before = await snapshotDatabase(t.db.database.db, { ignoreColumns: API_KEY_NOISE });
        const res = await send(route, null, { ...sample, headers: {} }, bearer(readKeys.get(user)!));
        const after = await snapshotDatabase(t.db.database.db, { ignoreColumns: API_KEY_NOISE });
        writesChecked += 1;
        if (res.statusCode !== 403)
          mismatches.push(`${who}: write with a read key got ${describeResponse(res)}`);
        const changes = diffSnapshots(before, after);
        if (changes.length) mismatches.push(`${who}: refused but wrote ${changes.join(', ')}`);
      }
      expect(mismatches).toEqual([]);
    },
    // Two snapshots for each of some hundred writes: well past the default limit on a busy machine.
    180_000,
  );

  it('the read-only key checks above covered writes', () => {
    expect(writesChecked).toBeGreaterThan(0);
  });

  it('a revoked key gets 401 on every protected route', async () => {
    const key = await world.freshApiKey('admin');
    await revokeApiKey(world.ctxOf('admin'), key.id);
    const mismatches: string[] = [];
    for (const route of protectedRoutes()) {
      const sample = await sampleFor(route.operationId, world, 'admin');
      const res = await send(route, null, { ...sample, headers: {} }, bearer(key.secret));
      if (res.statusCode !== 401 || !isProblem(res))
        mismatches.push(`${route.operationId}: ${describeResponse(res)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('an expired key gets 401 on every protected route', async () => {
    const lastYear = fixedClock(new Date('2025-01-01T00:00:00Z'));
    const key = await world.freshApiKey('admin', { expiresAt: '2025-06-01T00:00:00Z' }, lastYear);
    const mismatches: string[] = [];
    for (const route of protectedRoutes()) {
      const sample = await sampleFor(route.operationId, world, 'admin');
      const res = await send(route, null, { ...sample, headers: {} }, bearer(key.secret));
      if (res.statusCode !== 401 || !isProblem(res))
        mismatches.push(`${route.operationId}: ${describeResponse(res)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('a made-up or malformed credential gets 401', async () => {
    for (const authorization of [
      'Bearer trk_not-a-real-key',
      'Bearer not-even-a-key',
      'Basic YWRtaW46YWRtaW4=',
      'Bearer',
    ]) {
      const res = await t.request(null, { method: 'GET', url: '/api/partners', headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
    }
    const res = await t.request(null, {
      method: 'GET',
      url: '/api/partners',
      headers: { cookie: 'trellis_session=forged' },
    });
    expect(res.statusCode).toBe(401);
  });
});
