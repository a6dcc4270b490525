import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.table.js';
import { loadConfig } from '../../../platform/config.js';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../testing/test-app.js';

let t: TestApp;
const limits = loadConfig({}).loginLimits;
beforeAll(async () => {
  // The real default limits, not the relaxed ones the other suites use.
  t = await createTestApp({ loginLimits: limits });
});
afterAll(async () => t?.close());

const login = (email: string, password: string, remoteAddress = '198.51.100.7', headers = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress,
    headers,
  });

function sessionCookie(res: { cookies: Array<{ name: string; value: string }> }): string {
  return `trellis_session=${res.cookies.find((c) => c.name === 'trellis_session')!.value}`;
}

describe('failed logins', () => {
  it('locks an account after too many failures, even for the right password, and says when to retry', async () => {
    const email = t.fixtures.users.finance.email;
    expect(limits.accountFailures).toBe(5);
    for (let i = 0; i < limits.accountFailures; i++) {
      expect((await login(email, `wrong guess ${i}`, `203.0.113.${i}`)).statusCode).toBe(401);
    }
    const locked = await login(email, TEST_PASSWORD, '203.0.113.99');
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ code: 'rate_limited' });
    expect(locked.json().detail).toMatch(/locked after too many failed logins; try again in \d+ minutes?/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.cookies.find((c) => c.name === 'trellis_session')).toBeUndefined();
    const audit = await t.systemCtx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, t.fixtures.users.finance.id), eq(auditLog.action, 'session.locked')));
    expect(audit).toHaveLength(1);
    // Another account is not affected.
    expect((await login(t.fixtures.users.sales_rep.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('locks an unknown email the same way, so a lockout does not tell whether an account exists', async () => {
    for (let i = 0; i < limits.accountFailures; i++)
      await login('nobody@example.com', 'whatever', `192.0.2.${i}`);
    const res = await login('nobody@example.com', 'whatever', '192.0.2.200');
    expect(res.statusCode).toBe(429);
  });

  it('refuses an address that tried too many accounts, and only that address', async () => {
    const address = '198.51.100.250';
    for (let i = 0; i < limits.addressFailures; i++) {
      expect((await login(`spray-${i}@example.com`, 'password1', address)).statusCode).toBe(401);
    }
    const refused = await login(t.fixtures.users.partner_rep_a.email, TEST_PASSWORD, address);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().detail).toMatch(/from this address/);
    expect(
      (await login(t.fixtures.users.partner_rep_a.email, TEST_PASSWORD, '198.51.100.251')).statusCode,
    ).toBe(200);
  });

  it('forgets earlier failures after a successful login', async () => {
    const email = t.fixtures.users.partner_manager.email;
    for (let i = 0; i < limits.accountFailures - 1; i++) await login(email, 'nope nope nope');
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < limits.accountFailures - 1; i++) await login(email, 'nope nope nope');
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('rotates the session on login: the one the browser held before stops working', async () => {
    const email = t.fixtures.users.partner_admin_b.email;
    const first = sessionCookie(await login(email, TEST_PASSWORD, '198.51.100.20'));
    const second = await login(email, TEST_PASSWORD, '198.51.100.20', { cookie: first });
    expect(second.statusCode).toBe(200);
    const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(sessionCookie(second))).statusCode).toBe(200);
  });
});

describe('cross-site requests (CSRF)', () => {
  const create = (headers: Record<string, string>) =>
    t.request('partner_manager', {
      method: 'POST',
      url: '/api/partners',
      payload: {
        name: `Cross Site ${Object.values(headers).join(' ')}`,
        type: 'referral',
        stage: 'prospect',
      },
      headers,
    });

  it('refuses a cookie-session write from another site, and writes nothing', async () => {
    const db = t.db.database.db;
    await t.as('partner_manager');
    const before = await snapshotDatabase(db);
    const crossSite: Array<Record<string, string>> = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://attacker.example' },
      { origin: 'null' },
    ];
    for (const headers of crossSite) {
      const res = await create(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().detail).toMatch(/CSRF/);
    }
    expect(diffSnapshots(before, await snapshotDatabase(db))).toEqual([]);
  });

  it('lets the app’s own pages, and clients that are not browsers, write', async () => {
    expect((await create({ 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    expect((await create({ origin: 'http://127.0.0.1:3000' })).statusCode).toBe(201);
    expect((await create({})).statusCode).toBe(201);
  });

  it('refuses a login posted from another site', async () => {
    const res = await login(t.fixtures.users.admin.email, TEST_PASSWORD, '198.51.100.30', {
      'sec-fetch-site': 'cross-site',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('security headers', () => {
  it('are on every API answer', async () => {
    const res = await t.request('admin', { method: 'GET', url: '/api/partners' });
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    });
    expect(res.headers['permissions-policy']).toContain('camera=()');
  });
});
