import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.table.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { dealPartners, opportunities } from '../../deals/deals.table.js';
import { createPartner } from '../../partners/create-partner.js';

let t: TestApp;

const VENDOR_ACCOUNTS = [
  { name: 'Kestrel Analytics Inc', domains: ['kestrelanalytics.com'], status: 'customer', country: 'US' },
  { name: 'Nordlicht Maschinenbau GmbH', domains: ['nordlicht.de'], status: 'prospect', country: 'DE' },
  { name: 'Brightwater Logistics Ltd', domains: ['brightwater.co.uk'], status: 'prospect', country: 'GB' },
];

// The partner's customers: two of the vendor's prospects (introductions), one shared customer, and
// one account the vendor does not have (white space).
const PARTNER_CSV = [
  'Account Name,Website,Type,Billing Country',
  'Kestrel Analytics,https://www.kestrelanalytics.com/,Customer,US',
  'Nordlicht Maschinenbau,nordlicht.de,Customer,DE',
  'Brightwater Logistics,brightwater.co.uk,Customer,GB',
  'Solvantis,solvantis.io,Customer,FR',
].join('\r\n');

beforeAll(async () => {
  t = await createTestApp();
  for (const account of VENDOR_ACCOUNTS) {
    const res = await t.request('admin', { method: 'POST', url: '/api/accounts', payload: account });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.request('partner_manager', { method: 'GET', url });

describe('white space per partner', () => {
  it('says "no mapping yet" rather than zero, and hides counts a partner does not share', async () => {
    const upload = await t.request('partner_admin_a', {
      method: 'POST',
      url: `/api/mapping/partners/${t.fixtures.partnerA}/accounts/import`,
      headers: { 'content-type': 'text/csv' },
      payload: PARTNER_CSV,
    });
    expect(upload.statusCode, upload.body).toBeLessThan(300);
    const hidden = (await get('/api/program/white-space')).json();
    const byName = (report: { partners: { partnerName: string }[] }, name: string) =>
      report.partners.find((p) => p.partnerName === name);
    expect(byName(hidden, 'Alpha Integrators Ltd')).toMatchObject({
      mapping: 'not_shared',
      whiteSpace: null,
    });
    expect(byName(hidden, 'Beta Resellers Inc')).toMatchObject({
      mapping: 'none',
      whiteSpace: null,
      introductions: null,
    });

    const shared = await t.request('partner_admin_a', {
      method: 'PUT',
      url: `/api/mapping/partners/${t.fixtures.partnerA}/sharing`,
      payload: { levels: { customer: 'counts' } },
    });
    expect(shared.statusCode, shared.body).toBe(200);
    const report = (await get('/api/program/white-space')).json();
    expect(byName(report, 'Alpha Integrators Ltd')).toMatchObject({
      mapping: 'shared',
      partnerCustomers: 4,
      whiteSpace: 1,
      introductions: 2,
      opportunity: 3,
    });
    expect(report.top.map((p: { partnerName: string }) => p.partnerName)).toEqual(['Alpha Integrators Ltd']);
    expect(report.totals).toEqual({
      mappedPartners: 1,
      unmappedPartners: 1,
      notSharedPartners: 0,
      whiteSpace: 1,
      introductions: 2,
    });
  });
});

describe('program stage', () => {
  it('is before Startup with two active partners and no partner win, then Startup', async () => {
    const before = (await get('/api/program/stage')).json();
    expect(before.stage).toBeNull();
    expect(before.missing.map((c: { key: string; value: number }) => [c.key, c.value])).toEqual([
      ['design_partners', 2],
      ['partner_wins', 0],
    ]);

    await createPartner(t.systemCtx, {
      name: 'Gamma Cloud Services',
      type: 'msp',
      stage: 'active',
      domains: [],
      regions: ['APAC', 'LATAM'],
      specializations: [],
    });
    const id = t.systemCtx.ids();
    const now = t.systemCtx.clock.now();
    await t.systemCtx.db.insert(opportunities).values({
      id,
      accountId: t.systemCtx.ids(),
      name: 'Won with Alpha',
      amountMinor: 100_000,
      currency: 'USD',
      stage: 'closed_won',
      closeDate: '2026-01-10',
      productLines: ['Analytics'],
      source: 'partner',
      closedAt: new Date('2026-01-10T12:00:00Z'),
      createdAt: new Date('2025-11-01T12:00:00Z'),
      updatedAt: now,
    });
    await t.systemCtx.db.insert(dealPartners).values({
      id: t.systemCtx.ids(),
      opportunityId: id,
      partnerId: t.fixtures.partnerA,
      role: 'sourcing',
      addedAt: now,
    });

    const after = (await get('/api/program/stage')).json();
    expect(after.stage).toBe('startup');
    expect(after.next).toBe('growth');
    const startup = after.stages.find((s: { stage: string }) => s.stage === 'startup');
    expect(
      startup.capabilities.map((c: { key: string; value: number; met: boolean }) => [c.key, c.value, c.met]),
    ).toEqual([
      ['design_partners', 3, true],
      ['partner_wins', 1, true],
    ]);
    const global = after.stages.find((s: { stage: string }) => s.stage === 'global');
    const value = (key: string) => global.capabilities.find((c: { key: string }) => c.key === key).value;
    // si, reseller, msp; EMEA, NA, APAC, LATAM; one co-sell deal; Alpha's mapping.
    expect([
      value('partner_types'),
      value('regions'),
      value('co_sell_deals'),
      value('account_mapping'),
    ]).toEqual([3, 4, 1, 1]);
    expect(after.missing.map((c: { stage: string }) => c.stage)).toEqual(expect.arrayContaining(['growth']));
  });

  it('is the vendor staff only', async () => {
    const res = await t.request('partner_rep_b', { method: 'GET', url: '/api/program/stage' });
    expect(res.statusCode).toBe(403);
  });
});

describe('SWOT', () => {
  it('drafts from every source, without saving', async () => {
    const res = await get('/api/program/swot/draft');
    expect(res.statusCode, res.body).toBe(200);
    const draft = res.json();
    // Benchmarks, churn scores and the forecast come from the scorecard and prediction modules.
    expect(draft.basis.sources).toEqual({
      benchmarks: { available: true, note: null },
      churn: { available: true, note: null },
      forecast: { available: true, note: null },
      whiteSpace: { available: true, note: null },
      conflicts: { available: true, note: null },
      stage: { available: true, note: null },
    });
    expect(draft.content.opportunities[0].text).toBe(
      'Alpha Integrators Ltd can open 1 of its customers that are not in our CRM and introduce us to 2 of our prospects.',
    );
    expect(draft.content.weaknesses.at(-1).text).toBe('Not yet at Growth: 4 capabilities missing.');
    expect((await get('/api/program/swot')).json()).toEqual({ saved: null });
  });
});

describe('saved SWOT', () => {
  it('saves an edited draft with its basis, audited, and reads it back; only the admin may save', async () => {
    const draft = (await get('/api/program/swot/draft')).json();
    const content = {
      ...draft.content,
      strengths: [{ text: 'Alpha brings us into EMEA manufacturing.', evidence: 'Edited by the owner' }],
    };
    const refused = await t.request('partner_manager', {
      method: 'PUT',
      url: '/api/program/swot',
      payload: { content, basis: draft.basis },
    });
    expect(refused.statusCode).toBe(403);
    const saved = await t.request('admin', {
      method: 'PUT',
      url: '/api/program/swot',
      payload: { content, basis: draft.basis },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = (await get('/api/program/swot')).json();
    expect(read.saved.content.strengths).toEqual(content.strengths);
    expect(read.saved.basis).toEqual(draft.basis);
    expect(read.saved.createdBy).toBe(t.fixtures.users.admin.id);
    const audits = await t.systemCtx.db.select().from(auditLog).where(eq(auditLog.entityId, read.saved.id));
    expect(audits.map((a) => a.action)).toEqual(['swot.save']);
  });

  it('refuses an empty line with its field', async () => {
    const draft = (await get('/api/program/swot/draft')).json();
    const res = await t.request('admin', {
      method: 'PUT',
      url: '/api/program/swot',
      payload: {
        content: { ...draft.content, threats: [{ text: '   ', evidence: '' }] },
        basis: draft.basis,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('content.threats.0.text');
  });
});
