import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function call(user: TestUserKey, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return t.request(user, { method, url, ...(payload ? { payload } : {}) });
}

function registration(overrides: Record<string, unknown> = {}) {
  return {
    customerName: 'Northwind Traders Inc.',
    customerWebsite: 'https://www.northwind-traders.com/en',
    customerCountry: 'US',
    contactName: 'Dana Buyer',
    contactEmail: 'dana@northwind-traders.com',
    productLines: ['Analytics'],
    amountMinor: 4_500_000,
    currency: 'USD',
    expectedClose: '2026-04-30',
    submit: true,
    ...overrides,
  };
}

async function register(user: TestUserKey, overrides: Record<string, unknown> = {}) {
  const res = await call(user, 'POST', '/api/registrations', registration(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('registering a deal', () => {
  it('approves a clean registration, proposes the account and opens a partner-sourced deal', async () => {
    const reg = await register('partner_rep_a');
    expect(reg.status).toBe('approved');
    expect(reg.accountMatch).toBe('new');
    expect(reg.customerDomain).toBe('northwind-traders.com');
    expect(reg.reason).toMatch(/approved automatically/);
    expect(reg.dealId).toBeTruthy();
    expect(new Date(reg.protectedUntil).getTime() - new Date(reg.approvedAt).getTime()).toBe(60 * 86_400_000);

    const detail = (await call('partner_rep_a', 'GET', `/api/registrations/${reg.id}`)).json();
    expect(detail.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['submitted', 'approved']);
    expect(detail.decisions[0].inputs).toBeNull();
    const vendorView = (await call('partner_manager', 'GET', `/api/registrations/${reg.id}`)).json();
    expect(vendorView.decisions[0].inputs.account.match).toBe('new');
    expect(vendorView.decisions[0].ruleId).toBe('auto-approve');
  });

  it("routes a second partner's registration of the same company to review, naming the first", async () => {
    const second = await register('partner_rep_b', {
      customerName: 'NORTHWIND TRADERS',
      customerWebsite: 'emea.northwind-traders.com',
    });
    expect(second.status).toBe('under_review');
    expect(second.accountMatch).toBe('domain');
    expect(second.reason).toMatch(/Another partner registered this account first/);
    expect(second.reason).not.toMatch(/Alpha/);
    const detail = (await call('partner_manager', 'GET', `/api/registrations/${second.id}`)).json();
    expect(detail.conflict.kind).toBe('registration');
    expect(detail.conflict.partnerName).toBe('Alpha Integrators Ltd');
  });

  it('hides one partner’s registrations from another', async () => {
    const own = (await call('partner_rep_b', 'GET', '/api/registrations')).json();
    expect(own.items.every((r: { partnerId: string }) => r.partnerId === t.fixtures.partnerB)).toBe(true);
    const other = (await call('partner_rep_a', 'GET', '/api/registrations')).json().items[0];
    const res = await call('partner_rep_b', 'GET', `/api/registrations/${other.id}`);
    expect(res.statusCode).toBe(404);
  });

  it('lets a manager decide, and the partner dispute and get it overturned', async () => {
    const reg = await register('partner_admin_b', {
      customerName: 'Contoso Pharma',
      customerWebsite: 'contoso-pharma.com',
      amountMinor: 90_000_000,
    });
    expect(reg.status).toBe('under_review');
    expect(reg.reason).toMatch(/above the automatic approval limit/);
    const rejected = await call('partner_manager', 'POST', `/api/registrations/${reg.id}/decide`, {
      outcome: 'rejected',
      reason: 'Customer is in a named-account territory',
    });
    expect(rejected.json().status).toBe('rejected');
    const disputed = await call('partner_admin_b', 'POST', `/api/registrations/${reg.id}/dispute`, {
      reason: 'We have worked this account for a year',
    });
    expect(disputed.json().status).toBe('disputed');
    const again = await call('partner_admin_b', 'POST', `/api/registrations/${reg.id}/dispute`, {
      reason: 'Once more',
    });
    expect(again.statusCode, again.body).toBe(409);
    const overturned = await call('partner_manager', 'POST', `/api/registrations/${reg.id}/dispute/resolve`, {
      outcome: 'overturn',
      reason: 'Evidence of prior work accepted',
    });
    expect(overturned.json().status).toBe('approved');
    expect(overturned.json().dealId).toBeTruthy();
    const detail = (await call('partner_admin_b', 'GET', `/api/registrations/${reg.id}`)).json();
    expect(detail.disputes[0].status).toBe('overturned');
  });
});

describe('rules of engagement as data', () => {
  it('saves a version, dry-runs a change and switches to it', async () => {
    const active = (await call('admin', 'GET', '/api/rule-sets/active')).json();
    expect(active.version).toBe(0);
    const stricter = {
      ...active.config,
      rules: active.config.rules.map((r: { id: string }) =>
        r.id === 'auto-approve' ? { ...r, maxAmountMinor: 1_000_000 } : r,
      ),
    };
    const dry = (
      await call('partner_manager', 'POST', '/api/rule-sets/dry-run', { config: stricter, last: 50 })
    ).json();
    expect(dry.replayed).toBeGreaterThan(0);
    expect(dry.changed).toBeGreaterThan(0);
    const saved = await call('admin', 'POST', '/api/rule-sets', {
      name: 'Stricter',
      config: stricter,
      activate: true,
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json().version).toBe(1);
    const reg = await register('partner_rep_a', {
      customerName: 'Fabrikam',
      customerWebsite: 'fabrikam.example.com',
    });
    expect(reg.status).toBe('under_review');
  });
});
