import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';

let t: TestApp;
let partnerA: string;

const VENDOR_ACCOUNTS = [
  { name: 'Kestrel Analytics Inc', domains: ['kestrelanalytics.com'], status: 'customer', country: 'US' },
  { name: 'Nordlicht Maschinenbau GmbH', domains: ['nordlicht.de'], status: 'prospect', country: 'DE' },
  { name: 'Brightwater Logistics Ltd', domains: [], status: 'prospect', country: 'GB' },
  { name: 'Halvorsen Shipping AS', domains: ['halvorsen.no'], status: 'customer', country: 'NO' },
];

const PARTNER_CSV = [
  'Account Name,Website,Type,Billing Country',
  'Kestrel Analytics,https://www.kestrelanalytics.com/,Customer,US',
  'NORDLICHT MASCHINENBAU,nordlicht.de,Customer - Direct,DE',
  'Brightwater Logisitcs,,Customer,GB',
  'Solvantis,solvantis.io,Customer,FR',
  'Amberline Foods,amberline.com,Prospect,US',
].join('\r\n');

async function upload(user: TestUserKey, csv: string | Buffer, query = '') {
  return t.request(user, {
    method: 'POST',
    url: `/api/mapping/partners/${partnerA}/accounts/import${query}`,
    headers: { 'content-type': 'text/csv' },
    payload: csv,
  });
}

async function get(user: TestUserKey, url: string) {
  return t.request(user, { method: 'GET', url });
}

async function share(user: TestUserKey, levels: Record<string, string>) {
  const res = await t.request(user, {
    method: 'PUT',
    url: `/api/mapping/partners/${partnerA}/sharing`,
    payload: { levels },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  partnerA = t.fixtures.partnerA;
  for (const account of VENDOR_ACCOUNTS) {
    const res = await t.request('admin', { method: 'POST', url: '/api/accounts', payload: account });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => t?.close());

describe('account list upload', () => {
  it('refuses a file with row problems and reports each row, changing nothing', async () => {
    const res = await upload(
      'partner_admin_a',
      `${PARTNER_CSV}\r\n,,Customer,US\r\nThe Holding Company,n/a,Customer,US`,
    );
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.errors).toEqual([
      { field: 'line 7: name', message: expect.stringContaining('no usable name or domain') },
      { field: 'line 8: domain', message: expect.stringContaining('no usable name or domain') },
      { field: 'line 8: name', message: expect.stringContaining('no usable name or domain') },
    ]);
    const imports = await get('partner_admin_a', `/api/mapping/partners/${partnerA}/imports`);
    expect(imports.json()).toEqual([]);
  });

  it('imports a UTF-16 file with a BOM and computes the overlaps in the same step', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PARTNER_CSV, 'utf16le')]);
    const res = await upload('partner_admin_a', bytes, '?fileName=accounts.csv');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      rowsRead: 5,
      rowsAccepted: 5,
      rowsRejected: 0,
      created: 5,
      columns: { name: 'Account Name', domain: 'Website', population: 'Type', country: 'Billing Country' },
    });
    const own = await get('partner_admin_a', `/api/mapping/partners/${partnerA}/accounts?matched=true`);
    expect(
      own
        .json()
        .items.map((a: { name: string }) => a.name)
        .sort(),
    ).toEqual(['Brightwater Logisitcs', 'Kestrel Analytics', 'NORDLICHT MASCHINENBAU']);
  });

  it('keeps the valid rows and reports the rest when asked to', async () => {
    const res = await upload('partner_admin_a', `${PARTNER_CSV}\r\nGlobal,,Customer,US`, '?skipInvalid=true');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      rowsRead: 6,
      rowsAccepted: 5,
      rowsRejected: 1,
      removed: 0,
      updated: 5,
    });
  });
});

describe('sharing and the overlap matrix', () => {
  it('shows the vendor no partner numbers until the partner shares them', async () => {
    const matrix = (await get('partner_manager', `/api/mapping/partners/${partnerA}/overlap`)).json();
    expect(matrix.viewerSide).toBe('vendor');
    expect(matrix.cells.every((c: { accounts: number | null }) => c.accounts === null)).toBe(true);
    expect(matrix.vendorPopulations.find((p: { key: string }) => p.key === 'customer').size).toBe(2);
    expect(matrix.partnerPopulations.find((p: { key: string }) => p.key === 'customer').size).toBeNull();
  });

  it('counts accounts in common once the partner shares counts', async () => {
    await share('partner_admin_a', { customer: 'counts' });
    const matrix = (await get('partner_manager', `/api/mapping/partners/${partnerA}/overlap`)).json();
    const cell = (v: string, p: string) =>
      matrix.cells.find(
        (c: { vendorPopulation: string; partnerPopulation: string }) =>
          c.vendorPopulation === v && c.partnerPopulation === p,
      ).accounts;
    expect(cell('customer', 'customer')).toBe(1);
    expect(cell('prospect', 'customer')).toBe(2);
    expect(cell('prospect', 'prospect')).toBeNull();
  });

  it('refuses lists of records shared as counts only', async () => {
    const res = await get('partner_manager', `/api/mapping/partners/${partnerA}/lists/introductions`);
    expect(res.statusCode).toBe(403);
  });

  it('lists introductions with the partner record cut to who it is when shared as matched records', async () => {
    await share('partner_admin_a', { customer: 'matched' });
    const res = await get('partner_manager', `/api/mapping/partners/${partnerA}/lists/introductions`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items.map((r: { partnerAccount: { name: string } }) => r.partnerAccount.name)).toEqual([
      'Brightwater Logisitcs',
      'NORDLICHT MASCHINENBAU',
    ]);
    expect(items[0]).toMatchObject({
      list: 'introductions',
      rule: 'fuzzy_name',
      partnerAccount: { id: null, country: null },
    });
    expect(items[1]).toMatchObject({ rule: 'domain', confidence: 1 });
  });

  it('needs the full customer list for white space', async () => {
    expect(
      (await get('partner_manager', `/api/mapping/partners/${partnerA}/lists/white_space`)).statusCode,
    ).toBe(403);
    await share('partner_admin_a', { customer: 'full' });
    const res = await get('partner_manager', `/api/mapping/partners/${partnerA}/lists/white_space`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((r: { partnerAccount: { name: string } }) => r.partnerAccount.name)).toEqual([
      'Solvantis',
    ]);
    const summary = (await get('partner_manager', '/api/mapping/summary')).json();
    expect(summary).toEqual([
      expect.objectContaining({ partnerId: partnerA, whiteSpace: 1, introductions: 2, upsellTogether: 1 }),
    ]);
  });

  it('gives the partner vendor records only as the vendor shares them, never vendor ids', async () => {
    expect((await get('partner_rep_a', `/api/mapping/partners/${partnerA}/lists/co_sell`)).statusCode).toBe(
      403,
    );
    await share('partner_manager', { prospect: 'matched', customer: 'counts' });
    const res = await get('partner_rep_a', `/api/mapping/partners/${partnerA}/lists/co_sell`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().items;
    expect(rows.map((r: { list: string }) => r.list)).toEqual(['introductions', 'introductions']);
    expect(rows[0].vendorAccount).toMatchObject({ id: null, country: null, openPipelineMinor: null });
  });

  it('keeps another partner out of this relationship', async () => {
    for (const url of ['overlap', 'sharing', 'lists/co_sell', 'accounts', 'imports']) {
      const res = await get('partner_admin_b', `/api/mapping/partners/${partnerA}/${url}`);
      expect(res.statusCode, url).toBe(404);
    }
  });
});
