import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../modules/identity/create-api-key.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { queryRows } from '../../db/rows.js';
import { pruneIdempotencyKeys } from '../prune-idempotency-keys.js';

let t: TestApp;
let keyA: string;
let keyLimited: string;

function newPartner(name: string) {
  return { name, type: 'isv', stage: 'recruited', domains: [], regions: ['NA'], specializations: [] };
}

async function partnersNamed(name: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.db.database.db,
    sql`select count(*)::int as n from partners where name = ${name}`,
  );
  return Number(row!.n);
}

beforeAll(async () => {
  t = await createTestApp({ apiKeyRequestsPerMinute: 1_000 });
  const ctxOf = (userId: string) => ({
    ...t.systemCtx,
    actor: {
      kind: 'user' as const,
      userId,
      role: 'admin' as const,
      partnerId: null,
      scopes: null,
      apiKeyId: null,
    },
  });
  const admin = t.fixtures.users.admin.id;
  keyA = (await createApiKey(ctxOf(admin), { name: 'sync', scopes: ['read', 'write'] })).secret;
  keyLimited = (await createApiKey(ctxOf(admin), { name: 'limited', scopes: ['read'] })).secret;
}, 120_000);
afterAll(async () => t?.close());

describe('Idempotency-Key on creates', () => {
  it('replays the first response for the same key and body, and writes once', async () => {
    const headers = { ...(await t.as('admin')), 'idempotency-key': 'create-gamma-1' };
    const payload = newPartner('Gamma Idempotent');
    const first = await t.app.inject({ method: 'POST', url: '/api/partners', headers, payload });
    const second = await t.app.inject({ method: 'POST', url: '/api/partners', headers, payload });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(second.json().id).toBe(first.json().id);
    expect(await partnersNamed('Gamma Idempotent')).toBe(1);
  });

  it('refuses the same key with a different body, naming the header, and writes nothing', async () => {
    const headers = { ...(await t.as('admin')), 'idempotency-key': 'create-delta-1' };
    await t.app.inject({ method: 'POST', url: '/api/partners', headers, payload: newPartner('Delta One') });
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/partners',
      headers,
      payload: newPartner('Delta Two'),
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.headers['content-type']).toContain('application/problem+json');
    expect(reused.json().errors[0].field).toBe('header.idempotency-key');
    expect(await partnersNamed('Delta Two')).toBe(0);
  });

  it('runs concurrent retries of one key once', async () => {
    const headers = { ...(await t.as('admin')), 'idempotency-key': 'create-epsilon-race' };
    const payload = newPartner('Epsilon Race');
    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.app.inject({ method: 'POST', url: '/api/partners', headers, payload }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await partnersNamed('Epsilon Race')).toBe(1);
  });

  it('keeps nothing for a refused request, so the same key can be retried once it is fixed', async () => {
    const headers = { ...(await t.as('admin')), 'idempotency-key': 'create-zeta-1' };
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/partners',
      headers,
      payload: { ...newPartner('Zeta Owner'), ownerId: '019bc0e2-0000-7000-8000-00000000dead' },
    });
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    const fixed = await t.app.inject({
      method: 'POST',
      url: '/api/partners',
      headers,
      payload: { ...newPartner('Zeta Owner'), ownerId: '019bc0e2-0000-7000-8000-00000000dead' },
    });
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
    expect(await partnersNamed('Zeta Owner')).toBe(0);
  });

  it('keeps keys private to whoever sent them', async () => {
    const payload = newPartner('Eta Shared Key');
    const byAdmin = await t.app.inject({
      method: 'POST',
      url: '/api/partners',
      headers: { ...(await t.as('admin')), 'idempotency-key': 'shared-key' },
      payload,
    });
    const byKey = await t.app.inject({
      method: 'POST',
      url: '/api/partners',
      headers: { authorization: `Bearer ${keyA}`, 'idempotency-key': 'shared-key' },
      payload: newPartner('Eta Shared Key 2'),
    });
    expect(byAdmin.statusCode).toBe(201);
    expect(byKey.statusCode).toBe(201);
    expect(byKey.json().id).not.toBe(byAdmin.json().id);
  });

  it('refuses a malformed key', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/partners',
      headers: { ...(await t.as('admin')), 'idempotency-key': 'x'.repeat(300) },
      payload: newPartner('Theta Long Key'),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('header.idempotency-key');
    expect(await partnersNamed('Theta Long Key')).toBe(0);
  });
  it('forgets keys after a day, and only then', async () => {
    const count = async () =>
      Number(
        (
          await queryRows<{ n: number }>(
            t.db.database.db,
            sql`select count(*)::int as n from idempotency_keys`,
          )
        )[0]!.n,
      );
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const at = (hours: number) => {
      const instant = new Date(t.systemCtx.clock.now().getTime() + hours * 3_600_000);
      return { ...t.systemCtx, clock: { now: () => instant } };
    };
    expect((await pruneIdempotencyKeys(at(1))).pruned).toBe(0);
    expect((await pruneIdempotencyKeys(at(25))).pruned).toBe(before);
    expect(await count()).toBe(0);
  });
});

describe('ETags and If-Match', () => {
  const url = () => `/api/partners/${t.fixtures.partnerA}`;

  it('tags reads and answers 304 to If-None-Match with the current tag', async () => {
    const headers = await t.as('admin');
    const read = await t.app.inject({ method: 'GET', url: url(), headers });
    const etag = read.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.app.inject({
      method: 'GET',
      url: url(),
      headers: { ...headers, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('refuses a write whose If-Match is stale, changing nothing', async () => {
    const headers = await t.as('admin');
    const stale = (await t.app.inject({ method: 'GET', url: url(), headers })).headers.etag as string;
    const first = await t.app.inject({
      method: 'PATCH',
      url: url(),
      headers: { ...headers, 'if-match': stale },
      payload: { description: 'First writer' },
    });
    expect(first.statusCode).toBe(200);
    const second = await t.app.inject({
      method: 'PATCH',
      url: url(),
      headers: { ...headers, 'if-match': stale },
      payload: { description: 'Second writer' },
    });
    expect(second.statusCode).toBe(412);
    expect(second.json().currentEtag).toBe(
      (await t.app.inject({ method: 'GET', url: url(), headers })).headers.etag,
    );
    const now = await t.app.inject({ method: 'GET', url: url(), headers });
    expect(now.json().description).toBe('First writer');
  });

  it('lets only one of two concurrent writers holding the same tag succeed', async () => {
    const headers = await t.as('admin');
    const etag = (await t.app.inject({ method: 'GET', url: url(), headers })).headers.etag as string;
    const results = await Promise.all(
      ['Writer A', 'Writer B'].map((description) =>
        t.app.inject({
          method: 'PATCH',
          url: url(),
          headers: { ...headers, 'if-match': etag },
          payload: { description },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
  });

  it('checks an action on a record against the record, a create against its list, and refuses If-Match where nothing can be read', async () => {
    const headers = await t.as('admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/partners',
      headers,
      payload: newPartner('Iota Stage'),
    });
    const id = created.json().id as string;
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/api/partners/${id}/stage`,
      headers: { ...headers, 'if-match': '"not-the-tag"' },
      payload: { stage: 'onboarding', reason: 'Agreement signed' },
    });
    expect(wrong.statusCode).toBe(412);
    const etag = (await t.app.inject({ method: 'GET', url: `/api/partners/${id}`, headers })).headers.etag;
    const right = await t.app.inject({
      method: 'POST',
      url: `/api/partners/${id}/stage`,
      headers: { ...headers, 'if-match': etag as string },
      payload: { stage: 'onboarding', reason: 'Agreement signed' },
    });
    expect(right.statusCode).toBe(200);
    const staleList = await t.app.inject({
      method: 'POST',
      url: '/api/partners',
      headers: { ...headers, 'if-match': '"an-old-list"' },
      payload: newPartner('Kappa Stale List'),
    });
    expect(staleList.statusCode).toBe(412);
    expect(await partnersNamed('Kappa Stale List')).toBe(0);
    const keys = await t.app.inject({ method: 'GET', url: '/api/api-keys', headers });
    const noResource = await t.app.inject({
      method: 'DELETE',
      url: `/api/api-keys/${keys.json().items[0].id}`,
      headers: { ...headers, 'if-match': '*' },
    });
    expect(noResource.statusCode).toBe(400);
    expect(noResource.json().errors[0].field).toBe('header.if-match');
  });

  it('answers 404, not 412, when a partner user matches against another partner’s record', async () => {
    const headers = await t.as('partner_admin_a');
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/partners/${t.fixtures.partnerB}`,
      headers: { ...headers, 'if-match': '*' },
      payload: { description: 'Not mine' },
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('API key rate limit', () => {
  it('counts each key’s requests per minute and refuses past the limit with Retry-After', async () => {
    const { config } = t.app.services;
    config.apiKeyRequestsPerMinute = 3;
    try {
      const admin = t.fixtures.users.admin.id;
      const { secret } = await createApiKey(
        {
          ...t.systemCtx,
          actor: {
            kind: 'user',
            userId: admin,
            role: 'admin',
            partnerId: null,
            scopes: null,
            apiKeyId: null,
          },
        },
        { name: 'tight', scopes: ['read'] },
      );
      const send = () =>
        t.app.inject({ method: 'GET', url: '/api/partners', headers: { authorization: `Bearer ${secret}` } });
      const ok = [await send(), await send(), await send()];
      expect(ok.map((r) => r.statusCode)).toEqual([200, 200, 200]);
      expect(ok.map((r) => r.headers['ratelimit-remaining'])).toEqual(['2', '1', '0']);
      const refused = await send();
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      const session = await t.app.inject({
        method: 'GET',
        url: '/api/partners',
        headers: await t.as('admin'),
      });
      expect(session.statusCode).toBe(200);
    } finally {
      config.apiKeyRequestsPerMinute = 1_000;
    }
  });

  it('sends rate headers to API keys only', async () => {
    const byKey = await t.app.inject({
      method: 'GET',
      url: '/api/partners',
      headers: { authorization: `Bearer ${keyLimited}` },
    });
    expect(byKey.headers['ratelimit-limit']).toBe('1000');
    const bySession = await t.app.inject({
      method: 'GET',
      url: '/api/partners',
      headers: await t.as('admin'),
    });
    expect(bySession.headers['ratelimit-limit']).toBeUndefined();
  });
});
