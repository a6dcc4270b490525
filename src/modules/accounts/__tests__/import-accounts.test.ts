import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyMatchKey } from '../../../analytics/matching/match-key.js';
import { normalizeCompanyName } from '../../../analytics/matching/normalize-name.js';
import { auditLog } from '../../../platform/audit/audit.table.js';
import { domainEvents } from '../../../platform/events/events.table.js';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { accounts } from '../accounts.table.js';

let t: TestApp;

const SALESFORCE_CSV = [
  'Account ID,Account Name,Website,Type,Billing Country,Industry',
  '0015g00000A1,Kestrel Analytics Inc,https://www.kestrelanalytics.com,Customer,United States,Software',
  '0015g00000A2,Nordlicht Maschinenbau GmbH,nordlicht.de,Prospect,Germany,Manufacturing',
  '0015g00000A3,Halvorsen Shipping AS,halvorsen.no,Former Customer,no,Logistics',
  '0015g00000A4,Quillon Systems,,Opportunity,,',
  '0015g00000A5,Brightwater Logistics Ltd,brightwater.co.uk,Customer - Direct,GB,',
  '"0015g00000A6","Amberline Foods, Inc.",amberline.com,Customer,US,Food',
].join('\r\n');

async function importCsv(user: TestUserKey, csv: string | Buffer, query: Record<string, string> = {}) {
  const search = new URLSearchParams(query);
  return t.request(user, {
    method: 'POST',
    url: `/api/accounts/import${search.size ? `?${search}` : ''}`,
    headers: { 'content-type': 'text/csv' },
    payload: csv,
  });
}

async function unchanged(fn: () => Promise<void>): Promise<string[]> {
  const db = t.db.database.db;
  const before = await snapshotDatabase(db);
  await fn();
  return diffSnapshots(before, await snapshotDatabase(db));
}

async function accountByDomain(domain: string) {
  const res = await t.request('admin', { method: 'GET', url: `/api/accounts?domain=${domain}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Array<Record<string, unknown>>;
}

async function createAccount(payload: Record<string, unknown>) {
  const res = await t.request('admin', { method: 'POST', url: '/api/accounts', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'partner_manager', 'sales_rep', 'partner_admin_a'] as const) await t.as(user);
  await createAccount({ name: 'Nordlicht Maschinenbau', domains: ['nordlicht.de'], status: 'prospect' });
  await createAccount({
    name: 'Old Name Ltd',
    domains: ['old-name.com'],
    status: 'prospect',
    externalIds: { salesforce: '0015g00000A5' },
  });
  await createAccount({
    name: 'Amberline Foods, Inc.',
    domains: ['amberline.com'],
    status: 'customer',
    country: 'US',
    industry: 'Food',
    externalIds: { salesforce: '0015g00000A6' },
  });
});
afterAll(async () => t?.close());

describe('refusing a file', () => {
  const BAD = [
    'Account ID,Account Name,Website,Type,Billing Country',
    'X-1,Valid Company,valid-company.com,Customer,US',
    'X-2,Partner Firm,partner-firm.com,Partner,US',
    'X-3,Narnian Imports,narnian.com,Customer,Narnia',
    'X-1,Repeated Company,repeated.com,Prospect,DE',
    'X-4,,,Customer,US',
  ].join('\n');

  it('reports every row problem and writes nothing', async () => {
    let res: Awaited<ReturnType<typeof importCsv>> | undefined;
    const changes = await unchanged(async () => {
      res = await importCsv('admin', BAD, { system: 'salesforce' });
    });
    expect(changes).toEqual([]);
    expect(res!.statusCode).toBe(400);
    expect(res!.json().detail).toContain('4 row problem(s)');
    expect(res!.json().errors).toEqual([
      { field: 'line 3: population', message: expect.stringContaining('"Partner" names no account status') },
      { field: 'line 4: country', message: expect.stringContaining('"Narnia" is neither') },
      { field: 'line 5: id', message: 'repeats the id of line 2' },
      { field: 'line 6: name', message: expect.stringContaining('no usable name or domain') },
    ]);
  });

  it('reports the same without writing on a dry run, and the counts with skipInvalid', async () => {
    const changes = await unchanged(async () => {
      expect((await importCsv('admin', BAD, { dryRun: 'true' })).statusCode).toBe(400);
      const res = await importCsv('admin', BAD, { dryRun: 'true', skipInvalid: 'true' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        id: null,
        dryRun: true,
        rowsRead: 5,
        rowsAccepted: 1,
        rowsRejected: 4,
        created: 1,
        updated: 0,
      });
    });
    expect(changes).toEqual([]);
  });

  it('takes a file, not JSON', async () => {
    const res = await t.request('admin', {
      method: 'POST',
      url: '/api/accounts/import',
      payload: { name: 'Acme' },
    });
    expect(res.statusCode).toBe(415);
  });

  it('is for vendor managers only', async () => {
    const changes = await unchanged(async () => {
      for (const user of ['sales_rep', 'partner_admin_a'] as const) {
        expect((await importCsv(user, SALESFORCE_CSV)).statusCode).toBe(403);
      }
    });
    expect(changes).toEqual([]);
  });
});

describe('importing a Salesforce export', () => {
  it('matches by Salesforce id, then by domain, and creates the rest', async () => {
    const res = await importCsv('partner_manager', SALESFORCE_CSV, { system: 'salesforce' });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      system: 'salesforce',
      dryRun: false,
      rowsRead: 6,
      rowsAccepted: 6,
      rowsRejected: 0,
      created: 3,
      updated: 2,
      unchanged: 1,
      rejections: [],
      columns: {
        id: 'Account ID',
        name: 'Account Name',
        domain: 'Website',
        population: 'Type',
        country: 'Billing Country',
        industry: 'Industry',
      },
    });

    const [kestrel] = await accountByDomain('kestrelanalytics.com');
    expect(kestrel).toMatchObject({
      name: 'Kestrel Analytics Inc',
      status: 'customer',
      country: 'US',
      industry: 'Software',
      externalIds: { salesforce: '0015g00000A1' },
    });
    const nordlicht = await accountByDomain('nordlicht.de');
    expect(nordlicht).toHaveLength(1);
    expect(nordlicht[0]).toMatchObject({
      name: 'Nordlicht Maschinenbau GmbH',
      country: 'DE',
      externalIds: { salesforce: '0015g00000A2' },
    });
    expect((await accountByDomain('halvorsen.no'))[0]).toMatchObject({
      status: 'former_customer',
      country: 'NO',
    });
    const [brightwater] = await accountByDomain('brightwater.co.uk');
    expect(brightwater).toMatchObject({
      name: 'Brightwater Logistics Ltd',
      domains: ['old-name.com', 'brightwater.co.uk'],
      status: 'customer',
      country: 'GB',
      externalIds: { salesforce: '0015g00000A5' },
    });
    const quillon = await t.request('admin', { method: 'GET', url: '/api/accounts?q=Quillon' });
    expect(quillon.json().items).toEqual([
      expect.objectContaining({ status: 'prospect', domains: [], country: null }),
    ]);

    const rows = await t.db.database.db.select().from(accounts);
    for (const row of rows) {
      expect(row.normalizedName, row.name).toBe(normalizeCompanyName(row.name));
      expect(row.matchKey, row.name).toBe(companyMatchKey(row.normalizedName));
    }
    const audit = await t.db.database.db.select().from(auditLog).where(eq(auditLog.action, 'account.import'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: 'account_import', entityId: report.id });
    expect(audit[0]!.after).toMatchObject({ created: 3, updated: 2, unchanged: 1, rejections: 0 });
    const events = await t.db.database.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.type, 'accounts.imported'));
    expect(events).toHaveLength(1);
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await snapshotDatabase(t.db.database.db);
    const res = await importCsv('admin', SALESFORCE_CSV, { system: 'salesforce' });
    expect(res.json()).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    const changes = diffSnapshots(before, await snapshotDatabase(t.db.database.db));
    // Only the import's own audit entry and event: no account was touched.
    expect(changes.map((change) => change.split(':')[0]).sort()).toEqual([
      'public.audit_log',
      'public.domain_events',
    ]);
  });

  it('rejects a second row reaching an account an earlier row takes', async () => {
    const csv = [
      'Account ID,Account Name,Website,Type',
      'SF-10,Zephyr Freight,zephyr-freight.com,Prospect',
      'SF-11,Zephyr Freight Europe,https://zephyr-freight.com/eu,Prospect',
      'SF-12,Nordlicht Maschinenbau GmbH,nordlicht.de,Customer',
    ].join('\n');
    const res = await importCsv('admin', csv, { system: 'salesforce', skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      created: 2,
      rowsRejected: 1,
      rejections: [
        {
          line: 3,
          field: 'domain',
          message: 'repeats the domain of line 2, whose row creates that account',
        },
      ],
    });
    // nordlicht.de's account has another Salesforce id, so SF-12 is another Salesforce account.
    expect(await accountByDomain('nordlicht.de')).toHaveLength(2);
  });
});

describe('other CRMs and shapes', () => {
  it('reads a HubSpot export in UTF-16 with a BOM', async () => {
    const csv = [
      'Record ID\tCompany name\tCompany Domain Name\tLifecycle Stage\tCountry/Region',
      '9001\tSolvantis SAS\tsolvantis.io\tLead\tFrance',
      '9002\tKestrel Analytics\tkestrelanalytics.com\tCustomer\tUnited States',
    ].join('\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const res = await importCsv('admin', bytes, { system: 'hubspot' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    expect((await accountByDomain('solvantis.io'))[0]).toMatchObject({
      name: 'Solvantis SAS',
      status: 'prospect',
      country: 'FR',
      externalIds: { hubspot: '9001' },
    });
    expect((await accountByDomain('kestrelanalytics.com'))[0]).toMatchObject({
      name: 'Kestrel Analytics',
      externalIds: { salesforce: '0015g00000A1', hubspot: '9002' },
    });
  });

  it('takes a column mapping, and a file without ids matches by domain only', async () => {
    const csv = [
      'Org;URL;Kind',
      'Solvantis SAS;www.solvantis.io;Client',
      'Ferrovia Logistica;ferrovia.it;',
    ].join('\n');
    const res = await importCsv('admin', csv, { columns: 'name=Org,domain=URL,population=Kind' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ system: 'other', created: 1, updated: 1 });
    expect((await accountByDomain('solvantis.io'))[0]).toMatchObject({
      status: 'customer',
      externalIds: { hubspot: '9001' },
    });
    expect((await accountByDomain('ferrovia.it'))[0]).toMatchObject({ status: 'prospect', externalIds: {} });
    const bad = await importCsv('admin', csv, { columns: 'name=Nope' });
    expect(bad.statusCode).toBe(400);
  });

  it('writes thousands of rows in batches', async () => {
    const rows = (status: string) =>
      Array.from({ length: 2_500 }, (_, i) => `BULK-${i},Bulk Company ${i},bulk-${i}.com,${status}`);
    const header = 'Account ID,Account Name,Website,Type';
    const created = await importCsv('admin', [header, ...rows('Prospect')].join('\n'), {
      system: 'dynamics',
    });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ created: 2_500, updated: 0 });
    const updated = await importCsv('admin', [header, ...rows('Customer')].join('\n'), {
      system: 'dynamics',
    });
    expect(updated.json()).toMatchObject({ created: 0, updated: 2_500 });
    expect((await accountByDomain('bulk-2499.com'))[0]).toMatchObject({
      status: 'customer',
      externalIds: { dynamics: 'BULK-2499' },
    });
  });
});
