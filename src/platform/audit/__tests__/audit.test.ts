import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys, sessions, users } from '../../../modules/identity/identity.table.js';
import { hashToken } from '../../../modules/identity/tokens.js';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { auditLog } from '../audit.table.js';

interface Entry {
  id: number;
  at: string;
  actorType: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  partnerId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

let t: TestApp;
const secrets: string[] = [TEST_PASSWORD];

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function call(
  user: TestUserKey,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) {
  const res = await t.request(user, { method, url, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res;
}

async function audit(query: string): Promise<Entry[]> {
  const res = await t.request('admin', { method: 'GET', url: `/api/audit?limit=200&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

/** The newest entry about an entity; it must have the given action. */
async function lastEntry(entityType: string, entityId: string, action: string): Promise<Entry> {
  const [entry] = await audit(`entityType=${entityType}&entityId=${entityId}`);
  expect(entry, `${action} on ${entityType} ${entityId}`).toBeDefined();
  expect(entry!.action).toBe(action);
  return entry!;
}

const id = (user: TestUserKey) => t.fixtures.users[user].id;

describe('every write is audited', () => {
  it('partners: create, update, stage change and delete, with the request id', async () => {
    const created = await call('partner_manager', 'POST', '/api/partners', {
      name: 'Audit Partner',
      type: 'si',
      domains: ['audit-partner.com'],
    });
    const partnerId = created.json().id;
    const create = await lastEntry('partner', partnerId, 'partner.create');
    expect(create).toMatchObject({
      actorType: 'user',
      actorId: id('partner_manager'),
      partnerId,
      before: null,
    });
    expect(create.after).toMatchObject({
      id: partnerId,
      name: 'Audit Partner',
      domains: ['audit-partner.com'],
    });
    expect(create.requestId).toBe(created.headers['x-request-id']);

    await call('partner_manager', 'PATCH', `/api/partners/${partnerId}`, { description: 'Now described' });
    const update = await lastEntry('partner', partnerId, 'partner.update');
    expect(update.before).toMatchObject({ description: null });
    expect(update.after).toMatchObject({ description: 'Now described' });

    await call('admin', 'POST', `/api/partners/${partnerId}/stage`, { stage: 'recruited', reason: 'Signed' });
    const stage = await lastEntry('partner', partnerId, 'partner.stage');
    expect(stage).toMatchObject({
      actorId: id('admin'),
      before: { stage: 'prospect' },
      after: { stage: 'recruited' },
    });

    await call('admin', 'DELETE', `/api/partners/${partnerId}`);
    const del = await lastEntry('partner', partnerId, 'partner.delete');
    expect(del.before).toMatchObject({ name: 'Audit Partner', stage: 'recruited' });
    expect(del.after).toBeNull();
    expect((await audit(`entityType=partner&entityId=${partnerId}`)).map((e) => e.action)).toEqual([
      'partner.delete',
      'partner.stage',
      'partner.update',
      'partner.create',
    ]);
  });

  it('a partner admin editing its own profile is attributed to it and its partner', async () => {
    await call('partner_admin_a', 'PATCH', `/api/partners/${t.fixtures.partnerA}`, { employees: 42 });
    const entry = await lastEntry('partner', t.fixtures.partnerA, 'partner.update');
    expect(entry).toMatchObject({
      actorType: 'user',
      actorId: id('partner_admin_a'),
      partnerId: t.fixtures.partnerA,
    });
    expect(entry.before).toMatchObject({ employees: null });
    expect(entry.after).toMatchObject({ employees: 42 });
  });

  it('contacts: create, update, delete', async () => {
    const partnerId = t.fixtures.partnerB;
    const contact = (
      await call('partner_admin_b', 'POST', `/api/partners/${partnerId}/contacts`, {
        name: 'Audit Contact',
        email: 'ac@beta-resellers.com',
      })
    ).json();
    const create = await lastEntry('partner_contact', contact.id, 'contact.create');
    expect(create).toMatchObject({
      actorId: id('partner_admin_b'),
      partnerId,
      before: null,
      after: { name: 'Audit Contact' },
    });
    await call('admin', 'PATCH', `/api/partners/${partnerId}/contacts/${contact.id}`, { title: 'Buyer' });
    const update = await lastEntry('partner_contact', contact.id, 'contact.update');
    expect(update).toMatchObject({ before: { title: null }, after: { title: 'Buyer' } });
    await call('admin', 'DELETE', `/api/partners/${partnerId}/contacts/${contact.id}`);
    const del = await lastEntry('partner_contact', contact.id, 'contact.delete');
    expect(del).toMatchObject({ before: { name: 'Audit Contact', title: 'Buyer' }, after: null });
  });

  it('accounts: create, update, delete', async () => {
    const account = (
      await call('sales_rep', 'POST', '/api/accounts', {
        name: 'Audit Account',
        domains: ['audit-account.com'],
      })
    ).json();
    const create = await lastEntry('account', account.id, 'account.create');
    expect(create).toMatchObject({
      actorId: id('sales_rep'),
      before: null,
      after: { name: 'Audit Account', domains: ['audit-account.com'] },
    });
    await call('sales_rep', 'PATCH', `/api/accounts/${account.id}`, { status: 'customer' });
    const update = await lastEntry('account', account.id, 'account.update');
    expect(update).toMatchObject({ before: { status: 'prospect' }, after: { status: 'customer' } });
    await call('admin', 'DELETE', `/api/accounts/${account.id}`);
    const del = await lastEntry('account', account.id, 'account.delete');
    expect(del).toMatchObject({
      actorId: id('admin'),
      before: { name: 'Audit Account', status: 'customer' },
      after: null,
    });
  });

  it('the IPP: each replacement, with the versions before and after', async () => {
    await call('admin', 'PUT', '/api/ipp', {
      criteria: [{ kind: 'region', label: 'Europe', weight: 1, targets: ['EMEA'] }],
    });
    const first = await lastEntry('ipp', '1', 'ipp.replace');
    expect(first).toMatchObject({
      actorId: id('admin'),
      before: { version: 0, criteria: [] },
      after: { version: 1 },
    });
    await call('admin', 'PUT', '/api/ipp', {
      criteria: [{ kind: 'region', label: 'Americas', weight: 1, targets: ['NA'] }],
    });
    const second = await lastEntry('ipp', '2', 'ipp.replace');
    expect((second.before as { criteria: Array<{ label: string }> }).criteria.map((c) => c.label)).toEqual([
      'Europe',
    ]);
    expect((second.after as { criteria: Array<{ label: string }> }).criteria.map((c) => c.label)).toEqual([
      'Americas',
    ]);
  });

  it('users: invite, accept, update', async () => {
    const invite = (
      await call('admin', 'POST', '/api/users/invitations', {
        email: 'audited@example.com',
        name: 'Audited',
        role: 'finance',
      })
    ).json();
    secrets.push(invite.inviteToken);
    const userId = invite.user.id;
    const invited = await lastEntry('user', userId, 'user.invite');
    expect(invited).toMatchObject({
      actorId: id('admin'),
      before: null,
      after: { email: 'audited@example.com', status: 'invited' },
    });

    const password = 'audited user password';
    secrets.push(password);
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/auth/accept-invite',
      payload: { token: invite.inviteToken, password },
    });
    expect(accept.statusCode, accept.body).toBe(200);
    const accepted = await lastEntry('user', userId, 'user.accept_invite');
    expect(accepted).toMatchObject({
      actorType: 'user',
      actorId: userId,
      before: { status: 'invited' },
      after: { status: 'active' },
    });

    await call('admin', 'PATCH', `/api/users/${userId}`, { status: 'disabled' });
    const updated = await lastEntry('user', userId, 'user.update');
    expect(updated).toMatchObject({ before: { status: 'active' }, after: { status: 'disabled' } });
  });

  it('sessions: login and logout', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'finance@example.com', password: TEST_PASSWORD },
    });
    const token = login.cookies.find((c) => c.name === 'trellis_session')!.value;
    secrets.push(token);
    const loggedIn = await lastEntry('user', id('finance'), 'session.login');
    expect(loggedIn).toMatchObject({ actorType: 'user', actorId: id('finance') });
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `trellis_session=${token}` },
    });
    expect(logout.statusCode).toBe(204);
    const loggedOut = await lastEntry('user', id('finance'), 'session.logout');
    expect(loggedOut).toMatchObject({ actorType: 'user', actorId: id('finance') });
  });

  it('API keys: create, use, revoke; writes made with a key name the key as actor type', async () => {
    const created = (
      await call('partner_manager', 'POST', '/api/api-keys', {
        name: 'Audited key',
        scopes: ['read', 'write'],
      })
    ).json();
    secrets.push(created.secret);
    const create = await lastEntry('api_key', created.apiKey.id, 'api_key.create');
    expect(create).toMatchObject({
      actorId: id('partner_manager'),
      before: null,
      after: { name: 'Audited key', prefix: created.apiKey.prefix },
    });

    const viaKey = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      headers: { authorization: `Bearer ${created.secret}` },
      payload: { name: 'Keyed Account' },
    });
    expect(viaKey.statusCode, viaKey.body).toBe(201);
    const keyed = await lastEntry('account', viaKey.json().id, 'account.create');
    expect(keyed).toMatchObject({ actorType: 'api_key', actorId: id('partner_manager') });

    await call('partner_manager', 'DELETE', `/api/api-keys/${created.apiKey.id}`);
    const revoke = await lastEntry('api_key', created.apiKey.id, 'api_key.revoke');
    expect(revoke).toMatchObject({ before: { revokedAt: null } });
    expect(revoke.after?.revokedAt).toEqual(expect.any(String));
  });

  it('a refused write leaves no entry', async () => {
    const before = await audit('');
    const refused = await t.request('partner_admin_a', {
      method: 'PATCH',
      url: `/api/partners/${t.fixtures.partnerA}`,
      payload: { name: 'Renamed' },
    });
    expect(refused.statusCode).toBe(403);
    const invalid = await t.request('admin', {
      method: 'POST',
      url: '/api/accounts',
      payload: { name: 'Bad', domains: ['x@gmail.com'] },
    });
    expect(invalid.statusCode).toBe(400);
    const conflict = await t.request('admin', {
      method: 'POST',
      url: '/api/partners',
      payload: { name: 'Dup', type: 'si', domains: ['beta-resellers.com'] },
    });
    expect(conflict.statusCode).toBe(409);
    expect((await audit('')).map((e) => e.id)).toEqual(before.map((e) => e.id));
  });
});

describe('the audit trail keeps secrets out', () => {
  it('holds no password hashes, token hashes, tokens or passwords', async () => {
    const db = t.db.database.db;
    const rows = await db.select().from(auditLog);
    expect(rows.length).toBeGreaterThan(20);
    const text = JSON.stringify(rows);
    for (const word of [
      'passwordHash',
      'password_hash',
      'secretHash',
      'secret_hash',
      'inviteTokenHash',
      'invite_token_hash',
      'tokenHash',
      '$argon2',
    ]) {
      expect(text, word).not.toContain(word);
    }
    const hashes = [
      ...(await db.select({ h: users.passwordHash }).from(users)).map((r) => r.h),
      ...(await db.select({ h: apiKeys.secretHash }).from(apiKeys)).map((r) => r.h),
      ...(await db.select({ h: sessions.tokenHash }).from(sessions)).map((r) => r.h),
      ...secrets.map(hashToken),
    ].filter((h): h is string => !!h);
    expect(hashes.length).toBeGreaterThan(10);
    for (const value of [...hashes, ...secrets])
      expect(text.includes(value), 'a secret or its hash is in the audit log').toBe(false);
  });
});

describe('reading the audit trail', () => {
  let everything: Entry[];
  beforeAll(async () => {
    everything = [];
    let cursor: string | null = null;
    do {
      const res = await t.request('admin', {
        method: 'GET',
        url: `/api/audit?limit=200&sort=id${cursor ? `&cursor=${cursor}` : ''}`,
      });
      const body: { items: Entry[]; nextCursor: string | null } = res.json();
      everything.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
  });

  it('filters by entity type and id', async () => {
    const accounts = await audit('entityType=account');
    expect(accounts.length).toBe(everything.filter((e) => e.entityType === 'account').length);
    expect(accounts.length).toBeGreaterThan(2);
    const one = accounts[0]!;
    const forOne = await audit(`entityType=account&entityId=${one.entityId}`);
    expect(forOne.length).toBeGreaterThan(0);
    expect(forOne.every((e) => e.entityType === 'account' && e.entityId === one.entityId)).toBe(true);
  });

  it('filters by actor and by action', async () => {
    const byManager = await audit(`actorId=${id('partner_manager')}`);
    expect(byManager.map((e) => e.id)).toEqual(
      everything
        .filter((e) => e.actorId === id('partner_manager'))
        .map((e) => e.id)
        .reverse(),
    );
    expect(byManager.length).toBeGreaterThan(2);
    const updates = await audit('action=partner.update');
    expect(updates.length).toBe(2);
    expect(updates.every((e) => e.action === 'partner.update')).toBe(true);
    expect(await audit('action=no.such.action')).toEqual([]);
  });

  it('filters by the partner an entry concerns', async () => {
    const forB = await audit(`partnerId=${t.fixtures.partnerB}`);
    expect(forB.length).toBeGreaterThan(0);
    expect(forB.every((e) => e.partnerId === t.fixtures.partnerB)).toBe(true);
  });

  it('filters by time: from is inclusive, to is exclusive', async () => {
    const middle = everything[Math.floor(everything.length / 2)]!;
    const later = everything[Math.floor(everything.length / 2) + 5]!;
    const from = await audit(`from=${middle.at}`);
    expect(from.map((e) => e.id).sort((a, b) => a - b)).toEqual(
      everything.filter((e) => e.at >= middle.at).map((e) => e.id),
    );
    const to = await audit(`to=${middle.at}`);
    expect(to.map((e) => e.id).sort((a, b) => a - b)).toEqual(
      everything.filter((e) => e.at < middle.at).map((e) => e.id),
    );
    const between = await audit(`from=${middle.at}&to=${later.at}`);
    expect(between).toHaveLength(5);
  });

  it('pages newest first by default, every entry once', async () => {
    const seen: Entry[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const res = await t.request('admin', {
        method: 'GET',
        url: `/api/audit?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      });
      const body: { items: Entry[]; nextCursor: string | null } = res.json();
      expect(body.items.length).toBeLessThanOrEqual(7);
      seen.push(...body.items);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(seen.map((e) => e.id)).toEqual(everything.map((e) => e.id).reverse());
    const ids = everything.map((e) => e.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pages within a filter', async () => {
    const all = await audit('entityType=user');
    const first = (
      await t.request('admin', { method: 'GET', url: '/api/audit?entityType=user&limit=3' })
    ).json();
    const second = (
      await t.request('admin', {
        method: 'GET',
        url: `/api/audit?entityType=user&limit=3&cursor=${first.nextCursor}`,
      })
    ).json();
    expect([...first.items, ...second.items].map((e: Entry) => e.id)).toEqual(
      all.slice(0, 6).map((e) => e.id),
    );
  });

  it('is for admins only', async () => {
    for (const user of [
      'partner_manager',
      'sales_rep',
      'finance',
      'partner_admin_a',
      'partner_rep_b',
    ] as const) {
      expect((await t.request(user, { method: 'GET', url: '/api/audit' })).statusCode, user).toBe(403);
    }
    expect((await t.request(null, { method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });
});
