import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { partnerContacts, partnerStageHistory } from '../partners.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const ipp = await call('admin', 'PUT', '/api/ipp', {
    criteria: [
      { kind: 'partner_type', label: 'Managed services', weight: 50, preferred: ['msp'] },
      { kind: 'region', label: 'Europe first', weight: 50, targets: ['EMEA'] },
    ],
  });
  expect(ipp.statusCode, ipp.body).toBe(200);
});
afterAll(async () => t?.close());

async function call(
  user: TestUserKey | null,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return t.request(user, { method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
}

async function createPartner(payload: Record<string, unknown>) {
  const res = await call('admin', 'POST', '/api/partners', { type: 'reseller', ...payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; [key: string]: unknown };
}

describe('creating a partner', () => {
  it('reduces the website and the domain list to registrable domains, without duplicates', async () => {
    const res = await call('partner_manager', 'POST', '/api/partners', {
      name: 'Gamma Cloud GmbH',
      type: 'msp',
      website: 'https://www.gamma-cloud.de/about-us',
      domains: ['shop.gamma-cloud.de', 'HTTPS://Gamma.io/', 'info@gamma-cloud.co.uk'],
      regions: ['NA'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const partner = res.json();
    expect([...partner.domains].sort()).toEqual(['gamma-cloud.co.uk', 'gamma-cloud.de', 'gamma.io']);
    expect(partner.website).toBe('https://www.gamma-cloud.de/about-us');
    expect(partner.stage).toBe('prospect');
  });

  it('refuses a free mail or IP "domain", naming the field', async () => {
    const freeMail = await call('admin', 'POST', '/api/partners', {
      name: 'Solo Consulting',
      type: 'referral',
      domains: ['acme-solo.com', 'jo@gmail.com'],
    });
    expect(freeMail.statusCode).toBe(400);
    expect(freeMail.json().errors).toEqual([
      { field: 'domains.1', message: expect.stringMatching(/free mail/) },
    ]);
    const ip = await call('admin', 'POST', '/api/partners', {
      name: 'Solo Consulting',
      type: 'referral',
      website: 'http://10.1.2.3/',
    });
    expect(ip.statusCode).toBe(400);
    expect(ip.json().errors).toEqual([{ field: 'website', message: expect.stringMatching(/IP address/) }]);
    const list = await call('admin', 'GET', '/api/partners?q=Solo%20Consulting');
    expect(list.json().items).toEqual([]);
  });

  it('refuses a domain another partner already uses, naming that partner', async () => {
    const res = await call('admin', 'POST', '/api/partners', {
      name: 'Alpha Copy',
      type: 'si',
      website: 'https://portal.alpha-integrators.com/login',
    });
    expect(res.statusCode).toBe(409);
    const problem = res.json();
    expect(problem.code).toBe('conflict');
    expect(problem.detail).toContain('Alpha Integrators Ltd');
    expect(problem.detail).toContain('alpha-integrators.com');
    expect(problem.duplicateOf).toBe(t.fixtures.partnerA);
    expect((await call('admin', 'GET', '/api/partners?q=Alpha%20Copy')).json().items).toEqual([]);
  });

  it('scores the fit against the IPP in force', async () => {
    const both = await createPartner({ name: 'Delta Managed', type: 'msp', regions: ['EMEA'] });
    expect(both.fitScore).toBe(100);
    const half = await createPartner({ name: 'Epsilon Managed', type: 'msp', regions: ['APAC'] });
    expect(half.fitScore).toBe(50);
    const none = await createPartner({ name: 'Zeta Resale', type: 'reseller', regions: [] });
    expect(none.fitScore).toBe(0);
  });

  it('accepts only a vendor user as owner', async () => {
    const res = await call('admin', 'POST', '/api/partners', {
      name: 'Owned By Partner',
      type: 'isv',
      ownerId: t.fixtures.users.partner_admin_b.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'ownerId', message: 'is not a vendor user' }]);
  });
});

describe('partner detail', () => {
  let id: string;
  beforeAll(async () => {
    const partner = await createPartner({
      name: 'Eta Systems Ltd',
      type: 'msp',
      regions: ['EMEA'],
      ownerId: t.fixtures.users.partner_manager.id,
      employees: 120,
    });
    id = partner.id;
    for (const name of ['Ann Example', 'Bob Example']) {
      const res = await call('admin', 'POST', `/api/partners/${id}/contacts`, {
        name,
        email: `${name.split(' ')[0]}@eta.example`,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  it('shows the owner, counts and the fit with its reasons to vendor staff', async () => {
    const res = await call('sales_rep', 'GET', `/api/partners/${id}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail.owner).toEqual({
      id: t.fixtures.users.partner_manager.id,
      name: 'partner_manager',
      email: 'partner.manager@example.com',
    });
    expect(detail.contactCount).toBe(2);
    expect(detail.userCount).toBe(0);
    expect(detail.fitScore).toBe(100);
    expect(detail.fitReasons.map((r: { label: string }) => r.label)).toEqual([
      'Managed services',
      'Europe first',
    ]);
  });

  it('counts the portal users of a partner', async () => {
    const detail = (await call('admin', 'GET', `/api/partners/${t.fixtures.partnerA}`)).json();
    expect(detail.userCount).toBe(2);
    expect(detail.owner).toBeNull();
  });

  it('hides the fit score and reasons from the partner itself', async () => {
    for (const user of ['partner_admin_a', 'partner_rep_a'] as const) {
      const res = await call(user, 'GET', `/api/partners/${t.fixtures.partnerA}`);
      expect(res.statusCode).toBe(200);
      const detail = res.json();
      expect(detail.name).toBe('Alpha Integrators Ltd');
      expect(detail.fitScore).toBeNull();
      expect(detail.fitReasons).toBeNull();
      expect(res.body).not.toContain('Europe first');
    }
    const list = (await call('partner_rep_a', 'GET', '/api/partners')).json();
    expect(list.items.map((p: { fitScore: unknown }) => p.fitScore)).toEqual([null]);
  });

  it('is not found for an unknown id', async () => {
    const res = await call('admin', 'GET', '/api/partners/0190a000-0000-7000-8000-000000000000');
    expect(res.statusCode).toBe(404);
  });
});

describe('updating a partner', () => {
  it('lets the vendor change name, type, domains and owner, and rescores', async () => {
    const partner = await createPartner({
      name: 'Theta Old Name',
      type: 'reseller',
      regions: ['EMEA'],
      domains: ['theta-old.com'],
    });
    expect(partner.fitScore).toBe(50);
    const res = await call('partner_manager', 'PATCH', `/api/partners/${partner.id}`, {
      name: 'Theta Renamed Inc.',
      type: 'msp',
      domains: ['www.theta-new.com'],
      ownerId: t.fixtures.users.sales_rep.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    const updated = res.json();
    expect(updated).toMatchObject({
      name: 'Theta Renamed Inc.',
      type: 'msp',
      domains: ['theta-new.com'],
      ownerId: t.fixtures.users.sales_rep.id,
      fitScore: 100,
    });
    const found = (await call('admin', 'GET', '/api/partners?q=theta%20renamed')).json();
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([partner.id]);
    expect((await call('admin', 'GET', '/api/partners?q=theta%20old')).json().items).toEqual([]);
  });

  it('refuses to take a domain that another partner uses', async () => {
    const partner = await createPartner({ name: 'Iota Resale', domains: ['iota-resale.com'] });
    const res = await call('admin', 'PATCH', `/api/partners/${partner.id}`, {
      domains: ['iota-resale.com', 'beta-resellers.com'],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('Beta Resellers Inc');
    const detail = (await call('admin', 'GET', `/api/partners/${partner.id}`)).json();
    expect(detail.domains).toEqual(['iota-resale.com']);
  });

  it('keeps its own domains when saved again unchanged', async () => {
    const partner = await createPartner({ name: 'Kappa Resale', domains: ['kappa-resale.com'] });
    const res = await call('admin', 'PATCH', `/api/partners/${partner.id}`, {
      domains: ['kappa-resale.com'],
      description: 'same',
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('lets a partner admin edit its own profile fields, without seeing the fit', async () => {
    const res = await call('partner_admin_a', 'PATCH', `/api/partners/${t.fixtures.partnerA}`, {
      description: 'Security integrator for the Nordics',
      employees: 80,
      regions: ['EMEA', 'NA'],
      specializations: ['security', 'identity'],
      country: 'SE',
    });
    expect(res.statusCode, res.body).toBe(200);
    const partner = res.json();
    expect(partner).toMatchObject({
      description: 'Security integrator for the Nordics',
      employees: 80,
      regions: ['EMEA', 'NA'],
      country: 'SE',
    });
    expect(partner.fitScore).toBeNull();
  });

  it('refuses a partner admin changing vendor-managed fields, and changes nothing', async () => {
    const before = (await call('admin', 'GET', `/api/partners/${t.fixtures.partnerA}`)).json();
    for (const body of [
      { name: 'Alpha Renamed' },
      { type: 'msp', description: 'sneaky' },
      { domains: ['alpha-two.com'] },
      { ownerId: null },
    ]) {
      const res = await call('partner_admin_a', 'PATCH', `/api/partners/${t.fixtures.partnerA}`, body);
      expect(res.statusCode).toBe(403);
      const fields = res.json().errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(Object.keys(body).filter((k) => k !== 'description'));
    }
    const after = (await call('admin', 'GET', `/api/partners/${t.fixtures.partnerA}`)).json();
    expect(after).toEqual(before);
  });
});

describe('deleting a partner', () => {
  it('refuses while the partner has portal users', async () => {
    const res = await call('admin', 'DELETE', `/api/partners/${t.fixtures.partnerB}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/churned/);
    expect((await call('admin', 'GET', `/api/partners/${t.fixtures.partnerB}`)).statusCode).toBe(200);
  });

  it('deletes a partner without users, with its contacts and history', async () => {
    const partner = await createPartner({ name: 'Lambda Mistake', domains: ['lambda-mistake.com'] });
    await call('admin', 'POST', `/api/partners/${partner.id}/contacts`, {
      name: 'Lee',
      email: 'lee@lambda-mistake.com',
    });
    const res = await call('admin', 'DELETE', `/api/partners/${partner.id}`);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await call('admin', 'GET', `/api/partners/${partner.id}`)).statusCode).toBe(404);
    const db = t.db.database.db;
    expect(await db.select().from(partnerContacts).where(eq(partnerContacts.partnerId, partner.id))).toEqual(
      [],
    );
    expect(
      await db.select().from(partnerStageHistory).where(eq(partnerStageHistory.partnerId, partner.id)),
    ).toEqual([]);
    expect((await call('admin', 'DELETE', `/api/partners/${partner.id}`)).statusCode).toBe(404);
    // Its domain is free again.
    await createPartner({ name: 'Lambda Proper', domains: ['lambda-mistake.com'] });
  });
});

describe('partner lifecycle', () => {
  let id: string;
  beforeAll(async () => {
    id = (await createPartner({ name: 'Mu Lifecycle' })).id;
  });

  const move = (stage: string, reason: string) =>
    call('partner_manager', 'POST', `/api/partners/${id}/stage`, { stage, reason });

  it('walks the allowed transitions', async () => {
    const path: Array<[string, string]> = [
      ['recruited', 'Signed the partner agreement'],
      ['onboarding', 'Kick-off held'],
      ['active', 'First deal registered'],
      ['at_risk', 'No pipeline for two quarters'],
      ['active', 'New deal won'],
      ['churned', 'Left the program'],
      ['recruited', 'Came back'],
    ];
    for (const [stage, reason] of path) {
      const res = await move(stage, reason);
      expect(res.statusCode, `${stage}: ${res.body}`).toBe(200);
      expect(res.json().stage).toBe(stage);
    }
  });

  it('refuses a move the lifecycle does not allow, listing the allowed ones, and changes nothing', async () => {
    const historyBefore = (await call('admin', 'GET', `/api/partners/${id}/stage-history`)).json().items;
    const res = await move('active', 'Skipping onboarding');
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.errors[0].field).toBe('stage');
    expect(problem.detail).toContain('cannot move from recruited to active');
    expect(problem.detail).toContain('allowed: onboarding, churned');
    const same = await move('recruited', 'Again');
    expect(same.statusCode).toBe(400);
    expect(same.json().detail).toContain('allowed: onboarding, churned');
    expect((await call('admin', 'GET', `/api/partners/${id}`)).json().stage).toBe('recruited');
    expect((await call('admin', 'GET', `/api/partners/${id}/stage-history`)).json().items).toEqual(
      historyBefore,
    );
  });

  it('keeps the history newest first, with reasons and who moved it', async () => {
    const res = await call('partner_admin_a', 'GET', `/api/partners/${t.fixtures.partnerA}/stage-history`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    const items = (await call('admin', 'GET', `/api/partners/${id}/stage-history`)).json().items;
    expect(
      items.map((h: { fromStage: string | null; toStage: string; reason: string }) => [
        h.fromStage,
        h.toStage,
        h.reason,
      ]),
    ).toEqual([
      ['churned', 'recruited', 'Came back'],
      ['active', 'churned', 'Left the program'],
      ['at_risk', 'active', 'New deal won'],
      ['active', 'at_risk', 'No pipeline for two quarters'],
      ['onboarding', 'active', 'First deal registered'],
      ['recruited', 'onboarding', 'Kick-off held'],
      ['prospect', 'recruited', 'Signed the partner agreement'],
      [null, 'prospect', 'Partner created'],
    ]);
    expect(items[0].actorId).toBe(t.fixtures.users.partner_manager.id);
    const times = items.map((h: { at: string }) => Date.parse(h.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('a partner admin editing its website', () => {
  it('does not change the vendor-managed domains', async () => {
    const res = await call('partner_admin_b', 'PATCH', `/api/partners/${t.fixtures.partnerB}`, {
      website: 'https://www.nu-squatted.com',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().website).toBe('https://www.nu-squatted.com');
    expect(res.json().domains).toEqual(['beta-resellers.com']);
    const ip = await call('partner_admin_b', 'PATCH', `/api/partners/${t.fixtures.partnerB}`, {
      website: 'http://10.0.0.1/',
    });
    expect(ip.statusCode).toBe(400);
    expect(ip.json().errors).toEqual([{ field: 'website', message: expect.stringMatching(/IP address/) }]);
    // The vendor can still add the company that owns that domain.
    await createPartner({ name: 'Nu Squatted', domains: ['nu-squatted.com'] });
  });
});

describe('concurrent writes', () => {
  it('score the partner as it ends up when edits race', async () => {
    for (let round = 0; round < 3; round++) {
      const partner = await createPartner({ name: `Rho Racing ${round}`, type: 'reseller', regions: ['NA'] });
      expect(partner.fitScore).toBe(0);
      const results = await Promise.all([
        call('admin', 'PATCH', `/api/partners/${partner.id}`, { type: 'msp' }),
        call('partner_manager', 'PATCH', `/api/partners/${partner.id}`, { regions: ['EMEA'] }),
      ]);
      expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
      const detail = (await call('admin', 'GET', `/api/partners/${partner.id}`)).json();
      expect([detail.type, detail.regions]).toEqual(['msp', ['EMEA']]);
      expect(detail.fitScore).toBe(100);
    }
  });

  it('keep the stage history a single chain when stage changes race', async () => {
    const partner = await createPartner({ name: 'Pi Racing' });
    const moves = ['recruited', 'churned', 'recruited', 'churned', 'recruited', 'churned'];
    const results = await Promise.all(
      moves.map((stage, i) =>
        call('partner_manager', 'POST', `/api/partners/${partner.id}/stage`, { stage, reason: `Move ${i}` }),
      ),
    );
    expect(results.every((r) => r.statusCode === 200 || r.statusCode === 400)).toBe(true);
    const history = (await call('admin', 'GET', `/api/partners/${partner.id}/stage-history`)).json()
      .items as Array<{
      fromStage: string | null;
      toStage: string;
    }>;
    expect(history).toHaveLength(1 + results.filter((r) => r.statusCode === 200).length);
    const chain = [...history].reverse();
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.fromStage).toBe(chain[i - 1]!.toStage);
    expect((await call('admin', 'GET', `/api/partners/${partner.id}`)).json().stage).toBe(
      history[0]!.toStage,
    );
  });

  it('let only one of several partners claiming one domain at once through', async () => {
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        call('admin', 'POST', '/api/partners', {
          name: `Omicron Race ${i}`,
          type: 'si',
          domains: ['omicron-race.com'],
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    const found = (await call('admin', 'GET', '/api/partners?q=omicron-race.com')).json();
    expect(found.items).toHaveLength(1);
  });
});
