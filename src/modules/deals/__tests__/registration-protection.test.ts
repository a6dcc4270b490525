import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { findEvents } from '../../../platform/events/find-events.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { setPartnerTier } from '../../partners/set-partner-tier.js';
import { DEFAULT_TIER_PROGRAM } from '../../tiers/default-tier-program.js';
import { expireRegistrations } from '../expire-registrations.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const DAY = 86_400_000;
const START = Date.parse('2026-01-15T09:00:00Z');
const at = (days: number): Ctx => ({ ...t.systemCtx, clock: fixedClock(new Date(START + days * DAY), 1) });

async function call(user: TestUserKey, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.request(user, { method, url, ...(payload ? { payload } : {}) });
}

let counter = 0;
async function approvedRegistration(user: TestUserKey = 'partner_rep_a') {
  counter += 1;
  const res = await call(user, 'POST', '/api/registrations', {
    customerName: `Protected Customer ${['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'][counter]}`,
    customerWebsite: `protected-customer-${counter}.com`,
    productLines: ['Analytics'],
    amountMinor: 1_000_000,
    currency: 'USD',
    expectedClose: '2026-05-01',
    submit: true,
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().status, res.json().reason).toBe('approved');
  return res.json();
}

async function eventsOf(type: string, registrationId: string) {
  const page = await findEvents(t.systemCtx, { limit: 200, sort: 'id', type, entityId: registrationId });
  return page.items;
}

describe('protection windows', () => {
  it('expires an approved registration after its window and releases the account, once', async () => {
    const reg = await approvedRegistration();
    expect(await expireRegistrations(at(30))).toEqual({ expired: 0, reminded: 0 });
    expect(await expireRegistrations(at(50))).toEqual({ expired: 0, reminded: 1 });
    expect(await eventsOf('registration.expiring', reg.id)).toHaveLength(1);
    expect(await expireRegistrations(at(51))).toEqual({ expired: 0, reminded: 0 });
    expect(await expireRegistrations(at(61))).toMatchObject({ expired: 1 });
    const detail = (await call('partner_rep_a', 'GET', `/api/registrations/${reg.id}`)).json();
    expect(detail.registration.status).toBe('expired');
    expect(detail.history.at(-1).reason).toMatch(/account is open again/);
    const [expired] = await eventsOf('registration.expired', reg.id);
    expect(expired?.payload).toMatchObject({ releasedAccountId: reg.accountId });
    expect(await expireRegistrations(at(62))).toEqual({ expired: 0, reminded: 0 });

    // Released: another partner's registration of the same company is no longer in conflict.
    const again = await call('partner_rep_b', 'POST', '/api/registrations', {
      customerName: 'Protected Customer One',
      customerWebsite: reg.customerWebsite,
      productLines: ['Analytics'],
      amountMinor: 1_000_000,
      currency: 'USD',
      expectedClose: '2026-06-01',
      submit: true,
    });
    expect(again.json()).toMatchObject({ status: 'approved', accountId: reg.accountId });
  });

  it('extends once on recent activity, and refuses a second extension', async () => {
    const reg = await approvedRegistration();
    const extended = await call('partner_rep_a', 'POST', `/api/registrations/${reg.id}/extend`, {
      reason: 'Customer asked for a second demo',
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(Date.parse(extended.json().protectedUntil) - Date.parse(reg.protectedUntil)).toBe(30 * DAY);
    expect(extended.json().extended).toBe(true);
    const twice = await call('partner_rep_a', 'POST', `/api/registrations/${reg.id}/extend`, {
      reason: 'Again',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/already been extended/);
  });

  it('withdrawing an approved registration ends its protection', async () => {
    const reg = await approvedRegistration();
    const res = await call('partner_admin_a', 'POST', `/api/registrations/${reg.id}/withdraw`, {
      reason: 'Customer chose another vendor',
    });
    expect(res.json().status).toBe('withdrawn');
    expect(Date.parse(res.json().protectedUntil)).toBeLessThanOrEqual(Date.now() + DAY * 365);
    const notAgain = await call('partner_admin_a', 'POST', `/api/registrations/${reg.id}/withdraw`, {
      reason: 'x y z',
    });
    expect(notAgain.statusCode).toBe(409);
  });

  it('a partner cannot act on another partner’s registration', async () => {
    const reg = await approvedRegistration('partner_rep_b');
    for (const action of ['extend', 'withdraw', 'dispute']) {
      const res = await call('partner_rep_a', 'POST', `/api/registrations/${reg.id}/${action}`, {
        reason: 'Not mine',
      });
      expect(res.statusCode, action).toBe(404);
    }
  });

  it('a sales rep cannot decide and a partner cannot approve its own registration', async () => {
    const reg = await approvedRegistration();
    const rep = await call('sales_rep', 'POST', `/api/registrations/${reg.id}/decide`, {
      outcome: 'approved',
      reason: 'Looks fine',
    });
    expect(rep.statusCode).toBe(403);
    const own = await call('partner_admin_a', 'POST', `/api/registrations/${reg.id}/decide`, {
      outcome: 'approved',
      reason: 'Mine',
    });
    expect(own.statusCode).toBe(403);
  });

  it('publishes an event for every transition', async () => {
    const reg = await approvedRegistration();
    const types = (await findEvents(t.systemCtx, { limit: 200, sort: 'id', entityId: reg.id })).items.map(
      (e) => e.type,
    );
    expect(types).toEqual(['registration.registered', 'registration.approved']);
  });
});

describe("protection days from the partner's tier", () => {
  it('follows the rule set until a tier program is saved, then the tier benefit', async () => {
    await setPartnerTier(t.systemCtx, t.fixtures.partnerA, 'gold');
    const days = (reg: { approvedAt: string; protectedUntil: string }) =>
      Math.round((Date.parse(reg.protectedUntil) - Date.parse(reg.approvedAt)) / DAY);
    expect(days(await approvedRegistration())).toBe(90);
    const program = {
      ...DEFAULT_TIER_PROGRAM,
      tiers: DEFAULT_TIER_PROGRAM.tiers.map((tier) =>
        tier.key === 'gold' ? { ...tier, benefits: { ...tier.benefits, protectionDays: 105 } } : tier,
      ),
    };
    const saved = await call('admin', 'PUT', '/api/tiers', program);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(days(await approvedRegistration())).toBe(105);
    await setPartnerTier(t.systemCtx, t.fixtures.partnerA, null);
  });
});
