import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

let t: TestApp;

const ACCOUNTS_CSV = [
  'Id,Name,Website,BillingCountry,Industry,Type',
  '001A01,Kestrel Analytics Inc,kestrel-analytics.com,United States,Software,Customer',
  '001A02,Nordlicht Maschinenbau GmbH,nordlicht-mb.de,Germany,Manufacturing,Prospect',
  '001A03,,,,,Customer',
  '001A04,Halvorsen Shipping AS,halvorsen-ship.no,Atlantis,Logistics,Prospect',
].join('\r\n');

const CONTACTS_JSON = JSON.stringify({
  totalSize: 3,
  done: true,
  records: [
    {
      attributes: { type: 'Contact' },
      Id: '003C01',
      AccountId: '001A01',
      FirstName: 'Ada',
      LastName: 'Okafor',
      Email: 'ada@kestrel-analytics.com',
      Title: 'CTO',
      Phone: null,
    },
    {
      attributes: { type: 'Contact' },
      Id: '003C02',
      AccountId: '001A99',
      FirstName: 'Ben',
      LastName: 'Ito',
      Email: 'ben@example.com',
      Title: null,
      Phone: null,
    },
    {
      attributes: { type: 'Contact' },
      Id: '003C03',
      AccountId: '001A02',
      FirstName: 'Clara',
      LastName: 'Vogel',
      Email: 'not-an-email',
      Title: null,
      Phone: null,
    },
  ],
});

const DEALS_HUBSPOT_CSV = [
  'Record ID,Deal Name,Amount,Deal Stage,Close Date,Associated Company ID,Currency',
  '9001,Kestrel platform,12500.50,contractsent,2026-03-31,501,USD',
  '9002,Nordlicht rollout,abc,qualifiedtobuy,2026-04-30,502,EUR',
  '9003,Unknown stage deal,1000,somewhere,2026-04-30,501,USD',
].join('\n');

async function upload(source: string, object: string, body: string, fileName = 'export.csv') {
  const res = await t.request('partner_manager', {
    method: 'POST',
    url: `/api/integrations/imports?source=${source}&object=${object}&fileName=${fileName}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: Buffer.from(body),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function run(id: string, step: 'preview' | 'apply') {
  const res = await t.request('partner_manager', {
    method: 'POST',
    url: `/api/integrations/imports/${id}/${step}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const BOOKKEEPING = ['public.audit_log', 'public.crm_imports', 'public.domain_events'];

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('CRM import', () => {
  let accountsImport: string;

  it('proposes the Salesforce mapping and previews without writing', async () => {
    const detail = await upload('salesforce', 'accounts', ACCOUNTS_CSV);
    accountsImport = detail.id;
    expect(detail.format).toBe('csv');
    expect(detail.totalRows).toBe(4);
    expect(detail.mapping).toEqual({
      id: 'Id',
      name: 'Name',
      domain: 'Website',
      country: 'BillingCountry',
      industry: 'Industry',
      population: 'Type',
    });
    expect(detail.columns.find((c: { name: string }) => c.name === 'Name').samples[0]).toBe(
      'Kestrel Analytics Inc',
    );
    expect(detail.mappingProblems).toEqual([]);
    const before = await snapshotDatabase(t.db.database.db);
    const preview = await run(accountsImport, 'preview');
    expect(
      diffSnapshots(before, await snapshotDatabase(t.db.database.db)).filter(
        (d) => !BOOKKEEPING.some((b) => d.startsWith(b)),
      ),
    ).toEqual([]);
    expect(preview.status).toBe('previewed');
    expect(preview.report).toMatchObject({
      dryRun: true,
      rows: 4,
      created: 2,
      updated: 0,
      unchanged: 0,
      failed: 2,
    });
  });

  it('imports the good rows, reports each bad one, and a second run changes nothing', async () => {
    const applied = await run(accountsImport, 'apply');
    expect(applied.report).toMatchObject({ dryRun: false, rows: 4, created: 2, failed: 2 });
    expect(applied.report.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [4, 'name'],
      [5, 'country'],
    ]);
    const accounts = await t.request('admin', {
      method: 'GET',
      url: '/api/accounts?domain=kestrel-analytics.com',
    });
    expect(accounts.json().items[0]).toMatchObject({
      name: 'Kestrel Analytics Inc',
      country: 'US',
      externalIds: { salesforce: '001A01' },
    });

    const before = await snapshotDatabase(t.db.database.db);
    const again = await run(accountsImport, 'apply');
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 2 });
    const changed = diffSnapshots(before, await snapshotDatabase(t.db.database.db));
    expect(changed.filter((d) => !BOOKKEEPING.some((b) => d.startsWith(b)))).toEqual([]);

    // The same file uploaded anew: still nothing changes outside the import's own records.
    const second = await upload('salesforce', 'accounts', ACCOUNTS_CSV);
    const before2 = await snapshotDatabase(t.db.database.db);
    expect((await run(second.id, 'apply')).report).toMatchObject({ created: 0, unchanged: 2 });
    const changed2 = diffSnapshots(before2, await snapshotDatabase(t.db.database.db));
    expect(changed2.filter((d) => !BOOKKEEPING.some((b) => d.startsWith(b)))).toEqual([]);
  });

  it('imports Salesforce JSON contacts onto their accounts by CRM account id', async () => {
    const detail = await upload('salesforce', 'contacts', CONTACTS_JSON, 'contacts.json');
    expect(detail.format).toBe('json');
    expect(detail.mapping).toMatchObject({
      id: 'Id',
      accountId: 'AccountId',
      lastName: 'LastName',
      email: 'Email',
    });
    const applied = await run(detail.id, 'apply');
    expect(applied.report).toMatchObject({ rows: 3, created: 1, failed: 2 });
    expect(applied.report.errors).toEqual([
      {
        row: 2,
        field: 'accountId',
        reason: expect.stringContaining('no account has salesforce id "001A99"'),
      },
      { row: 3, field: 'email', reason: '"not-an-email" is not an email address' },
    ]);
    const account = (
      await t.request('admin', { method: 'GET', url: '/api/accounts?domain=kestrel-analytics.com' })
    ).json().items[0];
    const contacts = await t.request('sales_rep', {
      method: 'GET',
      url: `/api/accounts/${account.id}/contacts`,
    });
    expect(contacts.statusCode, contacts.body).toBe(200);
    expect(contacts.json().items).toMatchObject([
      { firstName: 'Ada', lastName: 'Okafor', title: 'CTO', externalIds: { salesforce: '003C01' } },
    ]);
    expect((await run(detail.id, 'apply')).report).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('imports HubSpot deals after the mapping names the account column; unknown stages are row errors', async () => {
    await upload(
      'hubspot',
      'accounts',
      JSON.stringify({
        results: [
          { id: '501', properties: { name: 'Kestrel Analytics Inc', domain: 'kestrel-analytics.com' } },
          { id: '502', properties: { name: 'Nordlicht Maschinenbau GmbH', domain: 'nordlicht-mb.de' } },
        ],
      }),
    ).then((d) => run(d.id, 'apply'));
    const detail = await upload('hubspot', 'opportunities', DEALS_HUBSPOT_CSV);
    expect(detail.mapping).toMatchObject({
      id: 'Record ID',
      name: 'Deal Name',
      stage: 'Deal Stage',
      accountId: 'Associated Company ID',
    });
    const unmapped = await t.request('partner_manager', {
      method: 'PUT',
      url: `/api/integrations/imports/${detail.id}/mapping`,
      payload: { mapping: { ...detail.mapping, accountId: 'No Such Column' } },
    });
    expect(unmapped.statusCode).toBe(400);
    expect(unmapped.json().errors[0].field).toBe('mapping.accountId');
    const applied = await run(detail.id, 'apply');
    expect(applied.report).toMatchObject({ rows: 3, created: 1, failed: 2 });
    expect(applied.report.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [3, 'amount'],
      [4, 'stage'],
    ]);
    const deals = await t.request('admin', { method: 'GET', url: '/api/deals?limit=200' });
    const deal = deals
      .json()
      .items.find((d: { externalIds: Record<string, string> }) => d.externalIds.hubspot === '9001');
    expect(deal).toMatchObject({
      name: 'Kestrel platform',
      amountMinor: 1_250_050,
      currency: 'USD',
      stage: 'negotiation',
      closeDate: '2026-03-31',
    });
    const before = await snapshotDatabase(t.db.database.db);
    expect((await run(detail.id, 'apply')).report).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const changed = diffSnapshots(before, await snapshotDatabase(t.db.database.db));
    expect(changed.filter((d) => !BOOKKEEPING.some((b) => d.startsWith(b)))).toEqual([]);
  });

  it('lists imports newest first and refuses partner users', async () => {
    const list = await t.request('admin', { method: 'GET', url: '/api/integrations/imports?limit=2' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(2);
    expect(list.json().nextCursor).not.toBeNull();
    const refused = await t.request('partner_admin_a', { method: 'GET', url: '/api/integrations/imports' });
    expect(refused.statusCode).toBe(403);
  });
});
