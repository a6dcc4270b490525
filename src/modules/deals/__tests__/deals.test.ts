import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvents } from '../../../platform/events/events.table.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { opportunities, repCredits } from '../deals.table.js';
import { type DealJson, dealApi } from './deal-test-helpers.js';

let t: TestApp;
const { call, createAccount, createDeal, addPartner, view, changesOf, loginAll } = dealApi(() => t);
let acme: string;
let globex: string;
const MISSING = '019bc0e2-0000-7000-8000-00000000dead';

beforeAll(async () => {
  t = await createTestApp();
  await loginAll();
  acme = await createAccount('Acme Corporation', ['acme-corp.com']);
  globex = await createAccount('Globex', ['globex.com']);
});
afterAll(async () => t?.close());

async function list(
  user: TestUserKey,
  query: string,
): Promise<{ items: DealJson[]; nextCursor: string | null }> {
  const res = await call(user, 'GET', `/api/deals?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('creating a deal', () => {
  it('creates a direct deal on an account, with the timeline entry and event', async () => {
    const deal = await createDeal({
      accountId: acme,
      name: 'Acme analytics rollout',
      ownerId: t.fixtures.users.sales_rep.id,
      stage: 'proposal',
      externalIds: { salesforce: '006A' },
    });
    expect(deal).toMatchObject({
      accountName: 'Acme Corporation',
      source: 'direct',
      stage: 'proposal',
      partners: [],
      closedAt: null,
      externalIds: { salesforce: '006A' },
    });
    const shared = await view('sales_rep', deal.id);
    expect(shared.deal).toEqual(deal);
    expect(shared.activities.map((a: { summary: string }) => a.summary)).toEqual([
      'Deal created by sales_rep at proposal, USD 10,000.00',
    ]);
    const events = await t.db.database.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.entityId, deal.id));
    expect(events.map((e) => e.type)).toEqual(['deal.created']);
  });

  it('refuses an unknown account or a partner user as owner, writing nothing', async () => {
    const { result: noAccount, changes } = await changesOf(() =>
      call('sales_rep', 'POST', '/api/deals', {
        accountId: MISSING,
        name: 'Ghost',
        amountMinor: 1,
        currency: 'USD',
        closeDate: '2026-01-31',
        productLines: ['Analytics'],
      }),
    );
    expect(noAccount.statusCode).toBe(400);
    expect(noAccount.json().errors).toEqual([{ field: 'accountId', message: 'is not an existing account' }]);
    expect(changes).toEqual([]);
    const partnerOwner = await call('sales_rep', 'POST', '/api/deals', {
      accountId: acme,
      name: 'Wrong owner',
      amountMinor: 1,
      currency: 'USD',
      closeDate: '2026-01-31',
      productLines: ['Analytics'],
      ownerId: t.fixtures.users.partner_rep_a.id,
    });
    expect(partnerOwner.statusCode).toBe(400);
    expect(partnerOwner.json().errors[0].field).toBe('ownerId');
  });

  it('is refused to partner users and finance', async () => {
    for (const user of ['partner_admin_a', 'partner_rep_b', 'finance'] as const) {
      const res = await call(user, 'POST', '/api/deals', { accountId: acme });
      expect(res.statusCode, user).toBe(403);
    }
  });
});

describe('listing deals', () => {
  const made: DealJson[] = [];
  beforeAll(async () => {
    const specs = [
      {
        name: 'List Alpha',
        amountMinor: 500,
        closeDate: '2026-03-01',
        stage: 'prospecting',
        accountId: globex,
      },
      { name: 'List Bravo', amountMinor: 300, closeDate: '2026-02-01', stage: 'proposal', accountId: globex },
      {
        name: 'List Charlie',
        amountMinor: 900,
        closeDate: '2026-05-01',
        stage: 'negotiation',
        accountId: globex,
      },
      { name: 'List Delta', amountMinor: 100, closeDate: '2026-04-01', stage: 'proposal', accountId: globex },
      {
        name: 'List Echo',
        amountMinor: 700,
        closeDate: '2026-02-01',
        stage: 'qualification',
        accountId: globex,
      },
    ];
    for (const spec of specs) {
      made.push(await createDeal({ ...spec, ownerId: t.fixtures.users.partner_manager.id }));
    }
    const closed = await call('admin', 'POST', `/api/deals/${made[4]!.id}/close`, {
      outcome: 'lost',
      reason: 'No budget',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    await addPartner(made[0]!.id, t.fixtures.partnerA);
  });

  async function walk(query: string): Promise<string[]> {
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list('admin', `${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      names.push(...page.items.map((d) => d.name));
      cursor = page.nextCursor;
    } while (cursor);
    return names;
  }

  it('sorts by amount, close date and creation, page by page', async () => {
    expect(await walk(`accountId=${globex}&sort=amountMinor`)).toEqual([
      'List Delta',
      'List Bravo',
      'List Alpha',
      'List Echo',
      'List Charlie',
    ]);
    expect(await walk(`accountId=${globex}&sort=-closeDate`)).toEqual([
      'List Charlie',
      'List Delta',
      'List Alpha',
      'List Echo',
      'List Bravo',
    ]);
    expect(await walk(`accountId=${globex}&sort=createdAt`)).toEqual(made.map((d) => d.name));
  });

  it('filters by stage, open or closed, owner, partner, source and name', async () => {
    const names = async (query: string) =>
      (await list('admin', `accountId=${globex}&${query}`)).items.map((d) => d.name).sort();
    expect(await names('stage=proposal')).toEqual(['List Bravo', 'List Delta']);
    expect(await names('open=false')).toEqual(['List Echo']);
    expect(await names('open=true')).toHaveLength(4);
    expect(await names(`ownerId=${t.fixtures.users.partner_manager.id}`)).toHaveLength(5);
    expect(await names(`partnerId=${t.fixtures.partnerA}`)).toEqual(['List Alpha']);
    expect(await names('source=partner')).toEqual([]);
    expect(await names('q=char')).toEqual(['List Charlie']);
    expect(await names('q=%25')).toEqual([]);
  });

  it('refuses a close-date cursor that holds no date', async () => {
    const cursor = Buffer.from(JSON.stringify(['not-a-date', MISSING])).toString('base64url');
    const res = await call('admin', 'GET', `/api/deals?sort=closeDate&cursor=${cursor}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('query.cursor');
  });
});

describe('partner scoping', () => {
  let dealA: DealJson;
  let dealB: DealJson;
  let shared: DealJson;
  beforeAll(async () => {
    dealA = await createDeal({ accountId: acme, name: 'Scoped A' });
    dealB = await createDeal({ accountId: acme, name: 'Scoped B' });
    shared = await createDeal({ accountId: acme, name: 'Scoped shared' });
    await addPartner(dealA.id, t.fixtures.partnerA, 'sourcing');
    await addPartner(dealB.id, t.fixtures.partnerB, 'sourcing');
    await addPartner(shared.id, t.fixtures.partnerA, 'sourcing');
    await addPartner(shared.id, t.fixtures.partnerB, 'fulfilling');
  });

  it('lists only the deals the partner is on, naming only its own organization', async () => {
    for (const [user, own, other] of [
      ['partner_rep_a', dealA, dealB],
      ['partner_admin_b', dealB, dealA],
    ] as const) {
      const items = (await list(user, 'limit=200')).items;
      const ids = items.map((d) => d.id);
      expect(ids).toContain(own.id);
      expect(ids).toContain(shared.id);
      expect(ids).not.toContain(other.id);
      const partnerIds = new Set(items.flatMap((d) => d.partners.map((p) => p.partnerId)));
      expect([...partnerIds]).toEqual([user.endsWith('_a') ? t.fixtures.partnerA : t.fixtures.partnerB]);
    }
    const filtered = await list('partner_rep_a', `partnerId=${t.fixtures.partnerB}`);
    expect(filtered.items.map((d) => d.id)).toEqual([shared.id]);
  });

  it("answers 404 for another partner's deal on every route, as for a missing one, and writes nothing", async () => {
    const attempts: Array<[string, string, string, unknown]> = [
      ['get', 'GET', '', undefined],
      ['update', 'PATCH', '', { nextSteps: 'sneaky' }],
      ['note', 'POST', '/notes', { body: 'hello' }],
      ['task', 'POST', '/tasks', { title: 'sneaky task' }],
      ['task done', 'PATCH', `/tasks/${MISSING}`, { done: true }],
      ['touchpoint', 'POST', '/touchpoints', { kind: 'meeting', occurredAt: '2026-01-02T10:00:00Z' }],
    ];
    for (const [label, method, suffix, body] of attempts) {
      const ghost = await call('partner_rep_a', method as 'GET', `/api/deals/${MISSING}${suffix}`, body);
      const { result: real, changes } = await changesOf(() =>
        call('partner_rep_a', method as 'GET', `/api/deals/${dealB.id}${suffix}`, body),
      );
      expect(real.statusCode, `${label}: ${real.body}`).toBe(404);
      expect(real.json().detail, label).toBe(ghost.json().detail);
      expect(changes, label).toEqual([]);
    }
    expect((await call('partner_admin_b', 'GET', `/api/deals/${dealA.id}`)).statusCode).toBe(404);
  });

  it("keeps each partner's side of a shared deal to itself", async () => {
    const touch = (user: TestUserKey, kind: string) =>
      call(user, 'POST', `/api/deals/${shared.id}/touchpoints`, { kind, occurredAt: '2026-01-05T10:00:00Z' });
    expect((await touch('partner_rep_a', 'demo')).statusCode).toBe(201);
    expect((await touch('partner_rep_b', 'meeting')).statusCode).toBe(201);
    expect(
      (await call('partner_rep_b', 'POST', `/api/deals/${shared.id}/notes`, { body: 'B only' })).statusCode,
    ).toBe(201);
    const task = await call('partner_rep_b', 'POST', `/api/deals/${shared.id}/tasks`, {
      title: 'B task',
      assigneeId: t.fixtures.users.partner_admin_b.id,
    });
    expect(task.statusCode, task.body).toBe(201);

    const seenByA = await view('partner_rep_a', shared.id);
    const text = JSON.stringify(seenByA);
    expect(text).not.toContain(t.fixtures.partnerB);
    expect(text).not.toContain('Beta Resellers');
    expect(text).not.toContain('B only');
    expect(text).not.toContain('B task');
    expect(seenByA.touchpoints.map((p: { kind: string }) => p.kind)).toEqual(['demo']);
    const vendor = await view('sales_rep', shared.id);
    expect(vendor.deal.partners).toHaveLength(2);
    expect(vendor.touchpoints).toHaveLength(2);
    expect(vendor.tasks.map((x: { title: string }) => x.title)).toContain('B task');
  });
});

describe('editing a deal', () => {
  let deal: DealJson;
  beforeAll(async () => {
    deal = await createDeal({ accountId: acme, name: 'Editable', stage: 'proposal', amountMinor: 100_000 });
    await addPartner(deal.id, t.fixtures.partnerA);
  });

  it.each([
    [{ amountMinor: 1 }, ['amountMinor']],
    [{ stage: 'negotiation' }, ['stage']],
    [{ nextSteps: 'Fine', closeDate: '2027-01-01' }, ['closeDate']],
    [{ ownerId: null, name: 'Mine now' }, ['name', 'ownerId']],
  ])('a partner user sending %o gets 403 naming the fields and nothing changes', async (body, fields) => {
    const before = (
      await t.db.database.db.select().from(opportunities).where(eq(opportunities.id, deal.id))
    )[0];
    const { result, changes } = await changesOf(() =>
      call('partner_admin_a', 'PATCH', `/api/deals/${deal.id}`, body),
    );
    expect(result.statusCode, result.body).toBe(403);
    expect(result.json().code).toBe('forbidden');
    expect(
      result
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(fields);
    expect(changes).toEqual([]);
    const after = (
      await t.db.database.db.select().from(opportunities).where(eq(opportunities.id, deal.id))
    )[0];
    expect(after).toEqual(before);
  });

  it('lets the partner set the next steps, and finance too, but finance nothing else', async () => {
    const res = await call('partner_rep_a', 'PATCH', `/api/deals/${deal.id}`, {
      nextSteps: 'Workshop on Friday',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().nextSteps).toBe('Workshop on Friday');
    expect((await call('finance', 'PATCH', `/api/deals/${deal.id}`, { amountMinor: 5 })).statusCode).toBe(
      403,
    );
    expect(
      (await call('finance', 'PATCH', `/api/deals/${deal.id}`, { nextSteps: 'Invoice' })).statusCode,
    ).toBe(200);
  });

  it('records each vendor change on the timeline in words, newest first', async () => {
    const res = await call('sales_rep', 'PATCH', `/api/deals/${deal.id}`, {
      stage: 'negotiation',
      amountMinor: 250_000,
      closeDate: '2026-08-31',
    });
    expect(res.statusCode, res.body).toBe(200);
    const summaries = (await view('partner_rep_a', deal.id)).activities.map(
      (a: { summary: string }) => a.summary,
    );
    expect(summaries.slice(0, 3).sort()).toEqual(
      [
        'Stage moved from proposal to negotiation',
        'Amount changed from USD 1,000.00 to USD 2,500.00',
        'Close date moved from 2026-06-30 to 2026-08-31',
      ].sort(),
    );
    expect(summaries).toContain('Next steps updated by partner_rep_a: “Workshop on Friday”');
    expect(summaries[summaries.length - 1]).toMatch(/^Deal created by sales_rep/);
  });

  it('refuses to close a deal through an edit', async () => {
    const res = await call('sales_rep', 'PATCH', `/api/deals/${deal.id}`, { stage: 'closed_won' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('stage');
  });
});

describe('closing a deal', () => {
  it('a win with a partner and an owner credits the rep once; a second close is a conflict', async () => {
    const deal = await createDeal({
      accountId: acme,
      name: 'To win',
      ownerId: t.fixtures.users.sales_rep.id,
    });
    await addPartner(deal.id, t.fixtures.partnerA, 'sourcing');
    const won = await call('sales_rep', 'POST', `/api/deals/${deal.id}/close`, {
      outcome: 'won',
      reason: 'Signed',
    });
    expect(won.statusCode, won.body).toBe(200);
    expect(won.json()).toMatchObject({ stage: 'closed_won', closedAt: expect.any(String) });
    const { result: again, changes } = await changesOf(() =>
      call('admin', 'POST', `/api/deals/${deal.id}/close`, { outcome: 'lost', reason: 'Oops' }),
    );
    expect(again.statusCode).toBe(409);
    expect(changes).toEqual([]);
    const credits = await t.db.database.db
      .select()
      .from(repCredits)
      .where(eq(repCredits.opportunityId, deal.id));
    expect(credits).toHaveLength(1);
    expect(credits[0]).toMatchObject({
      repId: t.fixtures.users.sales_rep.id,
      amountMinor: 1_000_000,
      currency: 'USD',
      partnerIds: [t.fixtures.partnerA],
    });
    const vendor = await view('sales_rep', deal.id);
    expect(vendor.repCredit).toMatchObject({ repName: 'sales_rep', amountMinor: 1_000_000 });
    expect(vendor.activities.map((a: { summary: string }) => a.summary)).toContain(
      'Co-sell credit of USD 10,000.00 recorded for sales_rep',
    );
    const partner = await view('partner_rep_a', deal.id);
    expect(partner.repCredit).toBeNull();
    expect(JSON.stringify(partner.activities)).not.toContain('Co-sell credit');
    const events = await t.db.database.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.entityId, deal.id));
    expect(events.map((e) => e.type)).toContain('deal.won');
    expect((await call('sales_rep', 'PATCH', `/api/deals/${deal.id}`, { amountMinor: 1 })).statusCode).toBe(
      409,
    );
  });

  it('credits nobody for a win without partners or without an owner, or for a loss', async () => {
    const direct = await createDeal({
      accountId: acme,
      name: 'Direct win',
      ownerId: t.fixtures.users.sales_rep.id,
    });
    const ownerless = await createDeal({ accountId: acme, name: 'Ownerless win' });
    await addPartner(ownerless.id, t.fixtures.partnerB);
    const lost = await createDeal({ accountId: acme, name: 'Lost', ownerId: t.fixtures.users.sales_rep.id });
    await addPartner(lost.id, t.fixtures.partnerA);
    for (const [deal, outcome] of [
      [direct, 'won'],
      [ownerless, 'won'],
      [lost, 'lost'],
    ] as const) {
      const res = await call('partner_manager', 'POST', `/api/deals/${deal.id}/close`, {
        outcome,
        reason: 'Done',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(
        await t.db.database.db.select().from(repCredits).where(eq(repCredits.opportunityId, deal.id)),
      ).toEqual([]);
    }
  });

  it('settles the registration that opened the deal, which the partner sees on the deal view', async () => {
    const reg = await call('partner_rep_a', 'POST', '/api/registrations', {
      customerName: 'Initrode Systems',
      customerWebsite: 'https://initrode-systems.com',
      productLines: ['Analytics'],
      amountMinor: 4_000_000,
      currency: 'USD',
      expectedClose: '2026-04-30',
      submit: true,
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const { dealId, id: registrationId } = reg.json();
    expect(dealId).toBeTruthy();
    const before = await view('partner_rep_a', dealId);
    expect(before.registrations).toEqual([
      {
        id: registrationId,
        partnerId: t.fixtures.partnerA,
        partnerName: 'Alpha Integrators Ltd',
        status: 'approved',
        protectedUntil: expect.any(String),
      },
    ]);
    expect(before.deal.source).toBe('partner');
    const owner = await call('sales_rep', 'PATCH', `/api/deals/${dealId}`, {
      ownerId: t.fixtures.users.sales_rep.id,
    });
    expect(owner.statusCode, owner.body).toBe(200);
    const won = await call('sales_rep', 'POST', `/api/deals/${dealId}/close`, {
      outcome: 'won',
      reason: 'PO received',
    });
    expect(won.statusCode, won.body).toBe(200);
    const after = await view('partner_rep_a', dealId);
    expect(after.registrations[0].status).toBe('won');
    expect((await view('admin', dealId)).repCredit).toMatchObject({ amountMinor: 4_000_000 });
  });
});

describe('partners on a deal', () => {
  it('adds each partner once, in one role, and takes it off again', async () => {
    const deal = await createDeal({ accountId: acme, name: 'Partnered' });
    const added = await addPartner(deal.id, t.fixtures.partnerA, 'technology');
    expect(added.partners).toEqual([
      { partnerId: t.fixtures.partnerA, partnerName: 'Alpha Integrators Ltd', role: 'technology' },
    ]);
    const { result: dup, changes } = await changesOf(() =>
      call('admin', 'POST', `/api/deals/${deal.id}/partners`, {
        partnerId: t.fixtures.partnerA,
        role: 'sourcing',
      }),
    );
    expect(dup.statusCode).toBe(409);
    expect(changes).toEqual([]);
    const unknown = await call('admin', 'POST', `/api/deals/${deal.id}/partners`, {
      partnerId: MISSING,
      role: 'sourcing',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('partnerId');
    expect((await call('partner_admin_a', 'GET', `/api/deals/${deal.id}`)).statusCode).toBe(200);
    const removed = await call('admin', 'DELETE', `/api/deals/${deal.id}/partners/${t.fixtures.partnerA}`);
    expect(removed.statusCode).toBe(204);
    expect((await call('partner_admin_a', 'GET', `/api/deals/${deal.id}`)).statusCode).toBe(404);
    expect(
      (await call('admin', 'DELETE', `/api/deals/${deal.id}/partners/${t.fixtures.partnerA}`)).statusCode,
    ).toBe(404);
    const summaries = (await view('admin', deal.id)).activities.map((a: { summary: string }) => a.summary);
    expect(summaries.slice(0, 2)).toEqual([
      'Alpha Integrators Ltd (technology) was taken off the deal',
      'Alpha Integrators Ltd joined the deal as technology partner',
    ]);
  });
});
