import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

interface Created {
  apiKey: {
    id: string;
    userId: string;
    name: string;
    prefix: string;
    scopes: string[];
    lastUsedAt: string | null;
    revokedAt: string | null;
  };
  secret: string;
}

async function createKey(user: TestUserKey, name: string, scopes: string[]): Promise<Created> {
  const res = await t.request(user, { method: 'POST', url: '/api/api-keys', payload: { name, scopes } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const withKey = (
  secret: string,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) =>
  t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${secret}` },
    ...(payload ? { payload } : {}),
  });

async function keysSeenBy(user: TestUserKey) {
  const res = await t.request(user, { method: 'GET', url: '/api/api-keys?limit=200' });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

describe('API keys', () => {
  it('returns a secret once that works as a Bearer token, acting as its owner', async () => {
    const { apiKey, secret } = await createKey('partner_manager', 'CRM sync', ['read', 'write']);
    expect(secret).toMatch(/^trk_[A-Za-z0-9_-]{40,}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.prefix.length).toBeLessThan(secret.length / 2);
    expect(apiKey).toMatchObject({
      userId: t.fixtures.users.partner_manager.id,
      name: 'CRM sync',
      scopes: ['read', 'write'],
      revokedAt: null,
      lastUsedAt: null,
    });

    const me = await withKey(secret, 'GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(t.fixtures.users.partner_manager.id);
    const created = await withKey(secret, 'POST', '/api/partners', { name: 'Keyed Partner', type: 'msp' });
    expect(created.statusCode, created.body).toBe(201);
  });

  it('never shows the secret again', async () => {
    const { apiKey, secret } = await createKey('partner_manager', 'Shown once', ['read']);
    const res = await keysSeenBy('partner_manager');
    expect(res.body).not.toContain(secret);
    expect(res.body).not.toContain(secret.slice(apiKey.prefix.length));
    const listed = res.json().items.find((k: { id: string }) => k.id === apiKey.id);
    expect(listed).toBeDefined();
    expect(Object.keys(listed).sort()).toEqual([
      'createdAt',
      'expiresAt',
      'id',
      'lastUsedAt',
      'name',
      'prefix',
      'revokedAt',
      'scopes',
      'userId',
    ]);
    expect((await t.request('admin', { method: 'GET', url: '/api/api-keys?limit=200' })).body).not.toContain(
      secret,
    );
  });

  it('records when a key was last used', async () => {
    const { apiKey, secret } = await createKey('sales_rep', 'Usage', ['read']);
    await withKey(secret, 'GET', '/api/partners');
    const listed = (await keysSeenBy('sales_rep'))
      .json()
      .items.find((k: { id: string }) => k.id === apiKey.id);
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('limits a read-scoped key to reads', async () => {
    const { secret } = await createKey('admin', 'Read only', ['read']);
    expect((await withKey(secret, 'GET', '/api/partners')).statusCode).toBe(200);
    expect((await withKey(secret, 'GET', '/api/audit')).statusCode).toBe(200);
    const write = await withKey(secret, 'POST', '/api/partners', { name: 'Should Not Exist', type: 'si' });
    expect(write.statusCode).toBe(403);
    expect(
      (await withKey(secret, 'PATCH', `/api/partners/${t.fixtures.partnerA}`, { description: 'changed' }))
        .statusCode,
    ).toBe(403);
    expect((await withKey(secret, 'PUT', '/api/ipp', {})).statusCode).toBe(403);
    const found = (
      await t.request('admin', { method: 'GET', url: '/api/partners?q=should%20not%20exist' })
    ).json();
    expect(found.items).toEqual([]);
    const a = (
      await t.request('admin', { method: 'GET', url: `/api/partners/${t.fixtures.partnerA}` })
    ).json();
    expect(a.description).toBeNull();
  });

  it('does not let a key create keys, even with the write scope', async () => {
    const { secret } = await createKey('admin', 'Writer', ['read', 'write']);
    const res = await withKey(secret, 'POST', '/api/api-keys', { name: 'Child', scopes: ['read', 'write'] });
    expect(res.statusCode).toBe(403);
    const names = (await keysSeenBy('admin')).json().items.map((k: { name: string }) => k.name);
    expect(names).not.toContain('Child');
  });

  it('stops working as soon as it is revoked', async () => {
    const { apiKey, secret } = await createKey('partner_admin_a', 'Portal sync', ['read', 'write']);
    expect((await withKey(secret, 'GET', '/api/partners')).statusCode).toBe(200);
    const res = await t.request('partner_admin_a', { method: 'DELETE', url: `/api/api-keys/${apiKey.id}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().revokedAt).not.toBeNull();
    const after = await withKey(secret, 'GET', '/api/partners');
    expect(after.statusCode).toBe(401);
    // Revoking again leaves it as it is.
    const again = await t.request('partner_admin_a', { method: 'DELETE', url: `/api/api-keys/${apiKey.id}` });
    expect(again.statusCode).toBe(200);
    expect(again.json().revokedAt).toBe(res.json().revokedAt);
  });

  it('refuses a made-up or malformed key', async () => {
    expect(
      (await withKey('trk_this-key-does-not-exist-aaaaaaaaaaaaaaaaaaaaaaaa', 'GET', '/api/partners'))
        .statusCode,
    ).toBe(401);
    expect((await withKey('not-even-a-trellis-key', 'GET', '/api/partners')).statusCode).toBe(401);
  });

  it('refuses an expiry in the past', async () => {
    const res = await t.request('sales_rep', {
      method: 'POST',
      url: '/api/api-keys',
      payload: { name: 'Old', scopes: ['read'], expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('expiresAt');
  });

  it('shows non-admins only their own keys, and admins every key', async () => {
    const mine = await createKey('finance', 'Finance export', ['read']);
    const theirs = await createKey('sales_rep', 'Rep export', ['read']);
    const financeSees = (await keysSeenBy('finance')).json().items;
    expect(financeSees.length).toBeGreaterThan(0);
    expect(financeSees.every((k: { userId: string }) => k.userId === t.fixtures.users.finance.id)).toBe(true);
    expect(financeSees.map((k: { id: string }) => k.id)).toContain(mine.apiKey.id);
    // Asking for someone else's keys still shows only one's own.
    const filtered = (
      await t.request('finance', {
        method: 'GET',
        url: `/api/api-keys?userId=${t.fixtures.users.sales_rep.id}`,
      })
    ).json();
    expect(filtered.items).toEqual([]);
    const partnerSees = (await keysSeenBy('partner_rep_b')).json().items;
    expect(partnerSees).toEqual([]);
    const adminSees = (await keysSeenBy('admin')).json().items.map((k: { id: string }) => k.id);
    expect(adminSees).toEqual(expect.arrayContaining([mine.apiKey.id, theirs.apiKey.id]));
    const adminFiltered = (
      await t.request('admin', {
        method: 'GET',
        url: `/api/api-keys?userId=${t.fixtures.users.sales_rep.id}`,
      })
    ).json();
    expect(
      adminFiltered.items.every((k: { userId: string }) => k.userId === t.fixtures.users.sales_rep.id),
    ).toBe(true);
  });

  it('does not let a non-admin revoke someone else’s key', async () => {
    const theirs = await createKey('sales_rep', 'Not yours', ['read']);
    const res = await t.request('finance', { method: 'DELETE', url: `/api/api-keys/${theirs.apiKey.id}` });
    expect(res.statusCode).toBe(404);
    expect((await withKey(theirs.secret, 'GET', '/api/partners')).statusCode).toBe(200);
    const byAdmin = await t.request('admin', { method: 'DELETE', url: `/api/api-keys/${theirs.apiKey.id}` });
    expect(byAdmin.statusCode).toBe(200);
    expect((await withKey(theirs.secret, 'GET', '/api/partners')).statusCode).toBe(401);
  });

  it('pages through keys newest first', async () => {
    for (const name of ['p1', 'p2', 'p3']) await createKey('partner_rep_a', name, ['read']);
    const first = (await t.request('partner_rep_a', { method: 'GET', url: '/api/api-keys?limit=2' })).json();
    expect(first.items.map((k: { name: string }) => k.name)).toEqual(['p3', 'p2']);
    const second = (
      await t.request('partner_rep_a', {
        method: 'GET',
        url: `/api/api-keys?limit=2&cursor=${first.nextCursor}`,
      })
    ).json();
    expect(second.items.map((k: { name: string }) => k.name)).toEqual(['p1']);
    expect(second.nextCursor).toBeNull();
  });
});
