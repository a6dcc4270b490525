import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { type DealJson, dealApi } from './deal-test-helpers.js';

let t: TestApp;
const { call, createAccount, createDeal, addPartner, view, changesOf, loginAll } = dealApi(() => t);
let deal: DealJson;
const MISSING = '019bc0e2-0000-7000-8000-00000000dead';

beforeAll(async () => {
  t = await createTestApp();
  await loginAll();
  const account = await createAccount('Umbrella Health', ['umbrella-health.com']);
  deal = await createDeal({
    accountId: account,
    name: 'Umbrella platform',
    ownerId: t.fixtures.users.sales_rep.id,
  });
  await addPartner(deal.id, t.fixtures.partnerA, 'sourcing');
});
afterAll(async () => t?.close());

const summariesOf = async (user: 'sales_rep' | 'partner_rep_a') =>
  (await view(user, deal.id)).activities.map((a: { summary: string }) => a.summary) as string[];

describe('notes', () => {
  it('hides internal notes and their timeline entries from partners', async () => {
    const internal = await call('sales_rep', 'POST', `/api/deals/${deal.id}/notes`, {
      body: 'Discount ceiling is 20%',
      internal: true,
    });
    expect(internal.statusCode, internal.body).toBe(201);
    expect(internal.json()).toMatchObject({ internal: true, authorName: 'sales_rep', authorPartnerId: null });
    const shared = await call('partner_rep_a', 'POST', `/api/deals/${deal.id}/notes`, {
      body: 'CFO is on board',
    });
    expect(shared.statusCode, shared.body).toBe(201);
    expect(shared.json()).toMatchObject({ internal: false, authorPartnerId: t.fixtures.partnerA });

    const partnerView = await view('partner_rep_a', deal.id);
    expect(partnerView.notes.map((n: { body: string }) => n.body)).toEqual(['CFO is on board']);
    expect(JSON.stringify(partnerView)).not.toContain('Discount ceiling');
    expect(JSON.stringify(partnerView.activities)).not.toContain('Internal note');
    const vendorView = await view('sales_rep', deal.id);
    expect(vendorView.notes.map((n: { body: string }) => n.body)).toEqual([
      'CFO is on board',
      'Discount ceiling is 20%',
    ]);
    expect(await summariesOf('sales_rep')).toEqual(
      expect.arrayContaining(['Internal note added by sales_rep', 'Note added by partner_rep_a']),
    );
  });

  it('refuses a partner user an internal note, writing nothing', async () => {
    const { result, changes } = await changesOf(() =>
      call('partner_admin_a', 'POST', `/api/deals/${deal.id}/notes`, { body: 'Secret', internal: true }),
    );
    expect(result.statusCode).toBe(403);
    expect(result.json().errors).toEqual([{ field: 'internal', message: 'is for vendor staff only' }]);
    expect(changes).toEqual([]);
  });
});

describe('tasks', () => {
  it('adds, completes and reopens a task, each on the timeline', async () => {
    const added = await call('partner_rep_a', 'POST', `/api/deals/${deal.id}/tasks`, {
      title: 'Prepare the security questionnaire',
      assigneeId: t.fixtures.users.partner_admin_a.id,
      dueDate: '2026-02-01',
    });
    expect(added.statusCode, added.body).toBe(201);
    const task = added.json();
    expect(task).toMatchObject({
      done: false,
      doneAt: null,
      assigneeName: 'partner_admin_a',
      dueDate: '2026-02-01',
    });
    const done = await call('sales_rep', 'PATCH', `/api/deals/${deal.id}/tasks/${task.id}`, { done: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ done: true, doneAt: expect.any(String) });
    const reopened = await call('partner_rep_a', 'PATCH', `/api/deals/${deal.id}/tasks/${task.id}`, {
      done: false,
    });
    expect(reopened.json()).toMatchObject({ done: false, doneAt: null });
    expect((await summariesOf('partner_rep_a')).slice(0, 3)).toEqual([
      'Task reopened by partner_rep_a: Prepare the security questionnaire',
      'Task completed by sales_rep: Prepare the security questionnaire',
      'Task added: Prepare the security questionnaire (for partner_admin_a, due 2026-02-01)',
    ]);
    expect(
      (await call('sales_rep', 'PATCH', `/api/deals/${deal.id}/tasks/${MISSING}`, { done: true })).statusCode,
    ).toBe(404);
  });

  it("refuses an assignee who is not on the deal: another partner's user, or anyone for a partner but its own", async () => {
    for (const [user, assignee] of [
      ['sales_rep', 'partner_rep_b'],
      ['partner_rep_a', 'partner_rep_b'],
    ] as const) {
      const res = await call(user, 'POST', `/api/deals/${deal.id}/tasks`, {
        title: 'Nope',
        assigneeId: t.fixtures.users[assignee].id,
      });
      expect(res.statusCode, user).toBe(400);
      expect(res.json().errors[0].field).toBe('assigneeId');
    }
    const vendorAssignee = await call('partner_rep_a', 'POST', `/api/deals/${deal.id}/tasks`, {
      title: 'Ask the rep for pricing',
      assigneeId: t.fixtures.users.sales_rep.id,
    });
    expect(vendorAssignee.statusCode).toBe(201);
  });
});

describe('touchpoints', () => {
  it("records a partner's own touch, refusing another partner's, the future, or a partner not on the deal", async () => {
    const own = await call('partner_rep_a', 'POST', `/api/deals/${deal.id}/touchpoints`, {
      kind: 'technical_validation',
      note: 'POC passed',
      occurredAt: '2026-01-12T09:30:00Z',
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({
      partnerId: t.fixtures.partnerA,
      partnerName: 'Alpha Integrators Ltd',
    });

    const refusals = [
      [
        'partner_rep_a',
        { partnerId: t.fixtures.partnerB, kind: 'demo', occurredAt: '2026-01-12T09:30:00Z' },
        403,
        'partnerId',
      ],
      [
        'sales_rep',
        { partnerId: t.fixtures.partnerA, kind: 'demo', occurredAt: '2027-01-01T00:00:00Z' },
        400,
        'occurredAt',
      ],
      [
        'sales_rep',
        { partnerId: t.fixtures.partnerB, kind: 'demo', occurredAt: '2026-01-01T00:00:00Z' },
        400,
        'partnerId',
      ],
      ['sales_rep', { kind: 'demo', occurredAt: '2026-01-01T00:00:00Z' }, 400, 'partnerId'],
      [
        'sales_rep',
        { partnerId: t.fixtures.partnerA, kind: 'lunch', occurredAt: '2026-01-01T00:00:00Z' },
        400,
        'kind',
      ],
    ] as const;
    for (const [user, body, status, field] of refusals) {
      const { result, changes } = await changesOf(() =>
        call(user, 'POST', `/api/deals/${deal.id}/touchpoints`, body),
      );
      expect(result.statusCode, JSON.stringify(body)).toBe(status);
      expect(result.json().errors[0].field).toBe(field);
      expect(changes).toEqual([]);
    }
    const vendor = await call('sales_rep', 'POST', `/api/deals/${deal.id}/touchpoints`, {
      partnerId: t.fixtures.partnerA,
      kind: 'co_sell_call',
      occurredAt: '2026-01-14T16:00:00Z',
    });
    expect(vendor.statusCode).toBe(201);
    const touches = (await view('partner_rep_a', deal.id)).touchpoints.map((p: { kind: string }) => p.kind);
    expect(touches).toEqual(['co_sell_call', 'technical_validation']);
    expect(await summariesOf('partner_rep_a')).toContain(
      'Technical validation recorded for Alpha Integrators Ltd on 2026-01-12',
    );
  });
});

describe('private offers', () => {
  const offer = {
    marketplace: 'aws',
    listing: 'Trellis Enterprise',
    priceMinor: 9_900_000,
    currency: 'USD',
    terms: 'Annual, upfront',
    durationMonths: 12,
    expiresAt: '2026-06-30T00:00:00Z',
  };
  const patch = (id: string, body: object) =>
    call('partner_manager', 'PATCH', `/api/deals/${deal.id}/private-offers/${id}`, body);

  it('moves an offer draft → sent → accepted, refusing other moves and edits once sent', async () => {
    const created = await call('sales_rep', 'POST', `/api/deals/${deal.id}/private-offers`, {
      ...offer,
      channelPartnerId: t.fixtures.partnerA,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ status: 'draft', channelPartnerName: 'Alpha Integrators Ltd' });

    const skip = await patch(id, { status: 'accepted' });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().errors[0]).toEqual({
      field: 'status',
      message: 'cannot move from draft to accepted; allowed: sent, cancelled',
    });
    const edited = await patch(id, { priceMinor: 9_500_000, status: 'sent' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'sent', priceMinor: 9_500_000 });
    const { result: lateEdit, changes } = await changesOf(() => patch(id, { priceMinor: 1 }));
    expect(lateEdit.statusCode).toBe(409);
    expect(changes).toEqual([]);
    expect((await patch(id, { status: 'accepted' })).json().status).toBe('accepted');
    const final = await patch(id, { status: 'cancelled' });
    expect(final.statusCode).toBe(400);
    expect(final.json().errors[0].message).toBe('cannot move from accepted to cancelled; accepted is final');

    const partnerView = await view('partner_rep_a', deal.id);
    expect(partnerView.privateOffers).toEqual([expect.objectContaining({ id, status: 'accepted' })]);
    expect(partnerView.activities.map((a: { summary: string }) => a.summary).slice(0, 3)).toEqual([
      'AWS Marketplace offer for Trellis Enterprise moved from sent to accepted',
      'AWS Marketplace offer for Trellis Enterprise moved from draft to sent',
      'AWS Marketplace offer for Trellis Enterprise edited: priceMinor',
    ]);
  });

  it('cancels a draft; refuses a past expiry, a channel partner not on the deal, and partner users', async () => {
    const draft = await call('admin', 'POST', `/api/deals/${deal.id}/private-offers`, {
      ...offer,
      marketplace: 'gcp',
    });
    expect((await patch(draft.json().id, { status: 'cancelled' })).json().status).toBe('cancelled');
    const past = await call('admin', 'POST', `/api/deals/${deal.id}/private-offers`, {
      ...offer,
      expiresAt: '2025-12-31T00:00:00Z',
    });
    expect(past.json().errors[0].field).toBe('expiresAt');
    const notOnDeal = await call('admin', 'POST', `/api/deals/${deal.id}/private-offers`, {
      ...offer,
      channelPartnerId: t.fixtures.partnerB,
    });
    expect(notOnDeal.statusCode).toBe(400);
    expect(notOnDeal.json().errors[0].field).toBe('channelPartnerId');
    const partner = await call('partner_admin_a', 'POST', `/api/deals/${deal.id}/private-offers`, offer);
    expect(partner.statusCode).toBe(403);
    const missing = await call('admin', 'PATCH', `/api/deals/${deal.id}/private-offers/${MISSING}`, {
      status: 'sent',
    });
    expect(missing.statusCode).toBe(404);
  });
});
