import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

async function sessionOf(email: string, password = TEST_PASSWORD): Promise<Record<string, string>> {
  const res = await login(email, password);
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'trellis_session')!;
  return { cookie: `trellis_session=${cookie.value}` };
}

const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers });

describe('login', () => {
  it('sets an httpOnly, SameSite session cookie and returns the user', async () => {
    const res = await login('sales.rep@example.com', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({
      id: t.fixtures.users.sales_rep.id,
      email: 'sales.rep@example.com',
      role: 'sales_rep',
      status: 'active',
      partnerId: null,
    });
    expect(body.user.lastLoginAt).not.toBeNull();
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.parse(body.user.lastLoginAt));
    expect(JSON.stringify(body)).not.toMatch(/password|hash/i);
    const cookie = res.cookies.find((c) => c.name === 'trellis_session');
    expect(cookie).toBeDefined();
    expect(cookie!.value.length).toBeGreaterThanOrEqual(40);
    expect(cookie!.httpOnly).toBe(true);
    expect(String(cookie!.sameSite).toLowerCase()).toMatch(/^(lax|strict)$/);
    expect(cookie!.path).toBe('/');
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=(Lax|Strict)/);
    const who = await me({ cookie: `trellis_session=${cookie!.value}` });
    expect(who.statusCode).toBe(200);
    expect(who.json().id).toBe(t.fixtures.users.sales_rep.id);
  });

  it('accepts the email in any case', async () => {
    expect((await login('SALES.Rep@Example.COM', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('issues a new session token on every login', async () => {
    const a = await sessionOf('finance@example.com');
    const b = await sessionOf('finance@example.com');
    expect(a.cookie).not.toBe(b.cookie);
    expect((await me(a)).statusCode).toBe(200);
    expect((await me(b)).statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrong = await login('sales.rep@example.com', 'not the password');
    const unknown = await login('nobody@example.com', TEST_PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: { instance?: string }) => ({ ...body, instance: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(wrong.json().code).toBe('unauthenticated');
    expect(wrong.cookies).toEqual([]);
    expect(unknown.cookies).toEqual([]);
  });

  it('refuses requests without a session, or with a made-up one', async () => {
    expect((await me({})).statusCode).toBe(401);
    expect(
      (await me({ cookie: 'trellis_session=made-up-token-value-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa' })).statusCode,
    ).toBe(401);
  });
});

describe('logout', () => {
  it('ends the session and clears the cookie', async () => {
    const session = await sessionOf('partner.rep.a@example.com');
    const other = await sessionOf('partner.rep.a@example.com');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session });
    expect(res.statusCode).toBe(204);
    const cleared = res.cookies.find((c) => c.name === 'trellis_session');
    expect(cleared?.value ?? '').toBe('');
    expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());
    expect((await me(session)).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session })).statusCode,
    ).toBe(401);
    // Only this session ends.
    expect((await me(other)).statusCode).toBe(200);
  });
});

describe('disabling a user', () => {
  it('ends its sessions and API keys and stops it logging in, until re-enabled', async () => {
    const target = t.fixtures.users.partner_manager;
    const session = await sessionOf(target.email);
    const key = await t.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: session,
      payload: { name: 'sync', scopes: ['read'] },
    });
    expect(key.statusCode, key.body).toBe(201);
    const bearer = { authorization: `Bearer ${key.json().secret}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/partners', headers: bearer })).statusCode).toBe(
      200,
    );

    const disable = await t.request('admin', {
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      payload: { status: 'disabled' },
    });
    expect(disable.statusCode, disable.body).toBe(200);
    expect(disable.json().status).toBe('disabled');

    expect((await me(session)).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/partners', headers: bearer })).statusCode).toBe(
      401,
    );
    const refused = await login(target.email, TEST_PASSWORD);
    expect(refused.statusCode).toBe(401);
    expect(refused.cookies).toEqual([]);

    const enable = await t.request('admin', {
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      payload: { status: 'active' },
    });
    expect(enable.statusCode).toBe(200);
    expect((await me(session)).statusCode).toBe(401);
    expect((await me(await sessionOf(target.email))).statusCode).toBe(200);
  });

  it('refuses an admin disabling itself', async () => {
    const res = await t.request('admin', {
      method: 'PATCH',
      url: `/api/users/${t.fixtures.users.admin.id}`,
      payload: { status: 'disabled' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('status');
    expect((await t.request('admin', { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });
});

describe('invitations', () => {
  it('invite → accept with a valid password → log in', async () => {
    const invite = await t.request('admin', {
      method: 'POST',
      url: '/api/users/invitations',
      payload: { email: 'New.Manager@Example.com', name: 'New Manager', role: 'partner_manager' },
    });
    expect(invite.statusCode, invite.body).toBe(201);
    const { user, inviteToken, inviteUrl } = invite.json();
    expect(user).toMatchObject({
      email: 'new.manager@example.com',
      status: 'invited',
      role: 'partner_manager',
      partnerId: null,
    });
    expect(inviteUrl).toContain(encodeURIComponent(inviteToken));

    expect((await login('new.manager@example.com', 'anything at all')).statusCode).toBe(401);

    const short = await t.app.inject({
      method: 'POST',
      url: '/api/auth/accept-invite',
      payload: { token: inviteToken, password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('password');

    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/auth/accept-invite',
      payload: { token: inviteToken, password: 'a long enough secret', name: 'Nora Manager' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ id: user.id, status: 'active', name: 'Nora Manager' });

    const res = await login('new.manager@example.com', 'a long enough secret');
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(user.id);
  });

  it('makes an invitee active only by accepting; a disabled invitee re-enabled is invited again', async () => {
    const invite = await t.request('admin', {
      method: 'POST',
      url: '/api/users/invitations',
      payload: { email: 'pending@example.com', name: 'Pending', role: 'sales_rep' },
    });
    const { user, inviteToken } = invite.json();
    const patch = (status: string) =>
      t.request('admin', { method: 'PATCH', url: `/api/users/${user.id}`, payload: { status } });

    const early = await patch('active');
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].field).toBe('status');
    expect((await patch('disabled')).json().status).toBe('disabled');
    const reopened = await patch('active');
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().status).toBe('invited');

    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/auth/accept-invite',
      payload: { token: inviteToken, password: 'pending no more' },
    });
    expect(accepted.json().status).toBe('active');
  });

  it('lets an invite token work only once', async () => {
    const invite = await t.request('admin', {
      method: 'POST',
      url: '/api/users/invitations',
      payload: { email: 'once@example.com', name: 'Once', role: 'finance' },
    });
    const token = invite.json().inviteToken;
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/auth/accept-invite',
      payload: { token, password: 'first password ok' },
    });
    expect(first.statusCode).toBe(200);
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/accept-invite',
      payload: { token, password: 'second password ok' },
    });
    expect(second.statusCode).toBe(404);
    expect((await login('once@example.com', 'second password ok')).statusCode).toBe(401);
    expect((await login('once@example.com', 'first password ok')).statusCode).toBe(200);
  });

  it('refuses an unknown invite token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/accept-invite',
      payload: { token: 'tri_not-a-real-token', password: 'whatever password' },
    });
    expect(res.statusCode).toBe(404);
  });

  it('refuses an email that is already in use', async () => {
    const res = await t.request('admin', {
      method: 'POST',
      url: '/api/users/invitations',
      payload: { email: 'FINANCE@example.com', name: 'Dup', role: 'finance' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ field: 'email', message: 'is already in use' }]);
  });

  it('requires a partner for a partner role and none for a vendor role', async () => {
    const noPartner = await t.request('admin', {
      method: 'POST',
      url: '/api/users/invitations',
      payload: { email: 'p1@example.com', name: 'P', role: 'partner_rep' },
    });
    expect(noPartner.statusCode).toBe(400);
    expect(noPartner.json().errors[0].field).toBe('partnerId');
    const vendorWithPartner = await t.request('admin', {
      method: 'POST',
      url: '/api/users/invitations',
      payload: { email: 'v1@example.com', name: 'V', role: 'sales_rep', partnerId: t.fixtures.partnerA },
    });
    expect(vendorWithPartner.statusCode).toBe(400);
    expect(vendorWithPartner.json().errors[0].field).toBe('partnerId');
    const unknownPartner = await t.request('admin', {
      method: 'POST',
      url: '/api/users/invitations',
      payload: {
        email: 'p2@example.com',
        name: 'P',
        role: 'partner_rep',
        partnerId: '0190a000-0000-7000-8000-000000000000',
      },
    });
    expect(unknownPartner.statusCode).toBe(404);
  });

  it('lets a partner admin invite only partner roles, into its own partner', async () => {
    const vendorRole = await t.request('partner_admin_a', {
      method: 'POST',
      url: '/api/users/invitations',
      payload: { email: 'sneaky@example.com', name: 'Sneaky', role: 'admin' },
    });
    expect(vendorRole.statusCode).toBe(400);
    expect(vendorRole.json().errors[0].field).toBe('role');

    const own = await t.request('partner_admin_a', {
      method: 'POST',
      url: '/api/users/invitations',
      payload: { email: 'new.rep.a@example.com', name: 'New Rep A', role: 'partner_rep' },
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().user.partnerId).toBe(t.fixtures.partnerA);

    const intoB = await t.request('partner_admin_a', {
      method: 'POST',
      url: '/api/users/invitations',
      payload: {
        email: 'into.b@example.com',
        name: 'Into B',
        role: 'partner_admin',
        partnerId: t.fixtures.partnerB,
      },
    });
    if (intoB.statusCode === 201) expect(intoB.json().user.partnerId).toBe(t.fixtures.partnerA);
    else expect(intoB.statusCode).toBeGreaterThanOrEqual(400);
    const bUsers = (
      await t.request('admin', {
        method: 'GET',
        url: `/api/users?partnerId=${t.fixtures.partnerB}&limit=200`,
      })
    ).json();
    expect(bUsers.items.map((u: { email: string }) => u.email)).not.toContain('into.b@example.com');

    const token = own.json().inviteToken;
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/accept-invite',
      payload: { token, password: 'rep a password' },
    });
    const session = await sessionOf('new.rep.a@example.com', 'rep a password');
    const who = (await me(session)).json();
    expect(who).toMatchObject({ role: 'partner_rep', partnerId: t.fixtures.partnerA });
  });
});
