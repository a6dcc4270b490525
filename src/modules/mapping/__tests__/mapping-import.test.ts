import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { createAccount } from '../../accounts/create-account.js';

let t: TestApp;
let partnerB: string;

interface Upload {
  query?: string;
  body: string | Buffer;
  contentType?: string;
  user?: TestUserKey;
  partnerId?: string;
}

function upload({ query = '', body, contentType = 'text/csv', user = 'partner_admin_b', partnerId }: Upload) {
  return t.request(user, {
    method: 'POST',
    url: `/api/mapping/partners/${partnerId ?? partnerB}/accounts/import${query}`,
    headers: { 'content-type': contentType },
    payload: body,
  });
}

async function applied(upload_: Upload) {
  const res = await upload(upload_);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

interface ListedAccount {
  externalId: string;
  name: string;
  website: string | null;
  population: string;
  country: string | null;
  industry: string | null;
  matches: number;
}

async function partnerList(): Promise<ListedAccount[]> {
  const res = await t.request('partner_admin_b', {
    method: 'GET',
    url: `/api/mapping/partners/${partnerB}/accounts?limit=200`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as ListedAccount[]).sort((a, b) => a.externalId.localeCompare(b.externalId));
}

const brief = (accounts: ListedAccount[]) => accounts.map((a) => [a.externalId, a.name, a.population]);

/** Runs a request that must be refused and returns it, failing if it wrote anything. */
async function refusedWithoutWrites(send: () => ReturnType<typeof upload>, status: number) {
  const before = await snapshotDatabase(t.db.database.db);
  const res = await send();
  expect(res.statusCode, res.body).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(diffSnapshots(before, await snapshotDatabase(t.db.database.db))).toEqual([]);
  return res;
}

beforeAll(async () => {
  t = await createTestApp();
  partnerB = t.fixtures.partnerB;
  // Sessions are written on login: log in before any snapshot is taken.
  for (const user of ['partner_admin_b', 'partner_rep_b', 'partner_admin_a', 'partner_manager'] as const)
    await t.as(user);
  await createAccount(t.systemCtx, {
    name: 'Kestrel Analytics Inc',
    domains: ['kestrelanalytics.com'],
    status: 'customer',
    externalIds: {},
  });
});
afterAll(async () => t?.close());

describe('replace and merge', () => {
  it('replace makes the file the whole list: rows not in it are removed', async () => {
    const first = await applied({
      query: '?fileName=first.csv',
      body: [
        'Account ID,Account Name,Website,Type',
        'B-1,Kestrel Analytics,kestrelanalytics.com,Customer',
        'B-2,Nordlicht Maschinenbau,nordlicht.de,Prospect',
        'B-3,Solvantis,solvantis.io,Customer',
      ].join('\n'),
    });
    expect(first).toMatchObject({ mode: 'replace', rowsRead: 3, created: 3, updated: 0, removed: 0 });
    const second = await applied({
      body: [
        'Account ID,Account Name,Website,Type',
        'B-1,Kestrel Analytics,kestrelanalytics.com,Customer',
        'B-2,Nordlicht Maschinenbau AG,nordlicht.de,Customer',
      ].join('\n'),
    });
    expect(second).toMatchObject({ mode: 'replace', rowsRead: 2, created: 0, updated: 2, removed: 1 });
    expect(brief(await partnerList())).toEqual([
      ['B-1', 'Kestrel Analytics', 'customer'],
      ['B-2', 'Nordlicht Maschinenbau AG', 'customer'],
    ]);
    expect((await partnerList()).find((a) => a.externalId === 'B-1')!.matches).toBe(1);
  });

  it('merge needs an id column, and a refused merge changes nothing', async () => {
    const res = await refusedWithoutWrites(
      () =>
        upload({
          query: '?mode=merge',
          body: 'Account Name,Website,Type\nAmberline Foods,amberline.com,Prospect\n',
        }),
      400,
    );
    expect(res.json().errors).toEqual([{ field: 'columns.id', message: expect.stringContaining('merge') }]);
  });

  it('merge adds and updates rows by id and keeps the rest', async () => {
    const report = await applied({
      query: '?mode=merge',
      body: [
        'Account ID,Account Name,Website,Type,Country',
        'B-2,Nordlicht Maschinenbau AG,nordlicht.de,Prospect,DE',
        'B-4,Amberline Foods,amberline.com,Prospect,us',
      ].join('\n'),
    });
    expect(report).toMatchObject({ mode: 'merge', rowsRead: 2, created: 1, updated: 1, removed: 0 });
    const list = await partnerList();
    expect(brief(list)).toEqual([
      ['B-1', 'Kestrel Analytics', 'customer'],
      ['B-2', 'Nordlicht Maschinenbau AG', 'prospect'],
      ['B-4', 'Amberline Foods', 'prospect'],
    ]);
    expect(list.map((a) => a.country)).toEqual([null, 'DE', 'US']);
  });
});

describe('row problems', () => {
  const withProblems = [
    'Account ID,Account Name,Website,Type',
    'B-1,Kestrel Analytics,kestrelanalytics.com,Customer',
    'B-5,,,Customer',
    'B-6,Halvorsen Shipping,halvorsen.no,Reseller partner',
    'B-1,Kestrel again,kestrel-again.com,Customer',
    'B-7,Orchard Retail,orchardretail.com',
    'B-8,Quarry Lane Bakery,quarrylane.co.uk,',
  ].join('\n');

  it('refuse the whole file, each reported by its line, and change nothing', async () => {
    const res = await refusedWithoutWrites(() => upload({ body: withProblems }), 400);
    const fields = (res.json().errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual([
      'line 3: name',
      'line 4: population',
      'line 5: id',
      'line 6: row',
      'line 7: population',
    ]);
    expect(res.json().errors[2].message).toContain('line 2');
  });

  it('with skipInvalid, keep the valid rows and report the rejected ones with their lines', async () => {
    const report = await applied({
      query: '?skipInvalid=true&defaultPopulation=prospect',
      body: withProblems,
    });
    expect(report).toMatchObject({ rowsRead: 6, rowsAccepted: 2, rowsRejected: 4 });
    expect(report.rejections.map((p: { line: number; field: string }) => [p.line, p.field])).toEqual([
      [3, 'name'],
      [4, 'population'],
      [5, 'id'],
      [6, 'row'],
    ]);
    // A row without a type takes the default population.
    expect(brief(await partnerList())).toEqual([
      ['B-1', 'Kestrel Analytics', 'customer'],
      ['B-8', 'Quarry Lane Bakery', 'prospect'],
    ]);
    const imports = await t.request('partner_rep_b', {
      method: 'GET',
      url: `/api/mapping/partners/${partnerB}/imports`,
    });
    expect(imports.json()[0]).toMatchObject({ id: report.id, rowsRejected: 4 });
    expect(imports.json()[0].rejections).toHaveLength(4);
  });
});

describe('columns and file formats', () => {
  it('reads the columns named in the columns= mapping, and refuses a mapping that names no column', async () => {
    const body = [
      'Firma;Webseite;Art;Land;Branche',
      'Nordlicht Maschinenbau;nordlicht.de;Kunde - Customer;DE;Maschinenbau',
    ].join('\n');
    const report = await applied({
      query: `?columns=${encodeURIComponent('name=Firma,domain=Webseite,population=Art,country=Land,industry=Branche')}`,
      body,
    });
    expect(report.columns).toEqual({
      name: 'Firma',
      domain: 'Webseite',
      population: 'Art',
      country: 'Land',
      industry: 'Branche',
    });
    expect(await partnerList()).toEqual([
      expect.objectContaining({
        name: 'Nordlicht Maschinenbau',
        website: 'nordlicht.de',
        population: 'customer',
        country: 'DE',
        industry: 'Maschinenbau',
      }),
    ]);

    const unknownField = await refusedWithoutWrites(
      () => upload({ query: `?columns=${encodeURIComponent('company=Firma')}`, body }),
      400,
    );
    expect(unknownField.json().errors).toEqual([{ field: 'query.columns', message: expect.any(String) }]);
    const notPairs = await refusedWithoutWrites(() => upload({ query: '?columns=Firma', body }), 400);
    expect(notPairs.json().errors).toEqual([{ field: 'query.columns', message: expect.any(String) }]);
    const missingColumn = await refusedWithoutWrites(
      () => upload({ query: `?columns=${encodeURIComponent('name=Company Name')}`, body }),
      400,
    );
    expect(missingColumn.json().errors[0].field).toContain('columns.name');
  });

  it.each([
    ['semicolon', ';'],
    ['tab', '\t'],
    ['comma', ','],
  ])('reads a %s-separated file, quoted fields included', async (_name, separator) => {
    const rows = [
      ['Account Name', 'Website', 'Type', 'Industry'],
      ['"Kestrel; Analytics, Inc"', 'kestrelanalytics.com', 'Customer', '"Software\tand data"'],
      ['Amberline Foods', 'amberline.com', 'Prospect', 'Food'],
    ];
    const report = await applied({ body: `${rows.map((r) => r.join(separator)).join('\r\n')}\r\n` });
    expect(report).toMatchObject({ rowsRead: 2, rowsAccepted: 2, rowsRejected: 0 });
    expect(report.columns).toEqual({
      name: 'Account Name',
      domain: 'Website',
      population: 'Type',
      industry: 'Industry',
    });
    const list = await partnerList();
    expect(list.map((a) => [a.name, a.website, a.population, a.industry]).sort()).toEqual([
      ['Amberline Foods', 'amberline.com', 'prospect', 'Food'],
      ['Kestrel; Analytics, Inc', 'kestrelanalytics.com', 'customer', 'Software\tand data'],
    ]);
  });

  it('refuses a file with a header but no rows, or nothing at all', async () => {
    const headerOnly = await refusedWithoutWrites(
      () => upload({ body: 'Account Name,Website,Type\r\n' }),
      400,
    );
    expect(headerOnly.json().errors).toEqual([
      { field: 'body', message: expect.stringContaining('no rows') },
    ]);
    await refusedWithoutWrites(() => upload({ body: '' }), 400);
  });

  it('refuses a body over the upload limit with 413', async () => {
    const row = 'Some Company Name Incorporated,somecompany.example.com,Customer\n';
    const body = Buffer.alloc(65 * 1024 * 1024, row);
    body.write('Account Name,Website,Type\n');
    await refusedWithoutWrites(() => upload({ body }), 413);
  });

  it('refuses a body that is not a file, as the wrong media type', async () => {
    const csv = 'Account Name,Website\nKestrel Analytics,kestrelanalytics.com\n';
    await refusedWithoutWrites(() => upload({ body: csv, contentType: 'text/plain' }), 415);
    await refusedWithoutWrites(
      () => upload({ body: JSON.stringify(csv), contentType: 'application/json' }),
      415,
    );
    await refusedWithoutWrites(
      () => upload({ body: '{"name":"Kestrel"}', contentType: 'application/json' }),
      415,
    );
  });
});

describe('who may upload', () => {
  const csv = 'Account Name,Website,Type\nKestrel Analytics,kestrelanalytics.com,Customer\n';

  it("refuses a partner rep, and another partner's admin as if the partner did not exist, writing nothing", async () => {
    await refusedWithoutWrites(() => upload({ body: csv, user: 'partner_rep_b' }), 403);
    const foreign = await refusedWithoutWrites(() => upload({ body: csv, user: 'partner_admin_a' }), 404);
    const missing = await refusedWithoutWrites(
      () => upload({ body: csv, user: 'partner_admin_a', partnerId: '019bc0e2-0000-7000-8000-00000000dead' }),
      404,
    );
    expect(foreign.json().detail).toBe(missing.json().detail);
  });

  it("lets the vendor upload on the partner's behalf", async () => {
    const report = await applied({
      body: csv,
      user: 'partner_manager',
      query: '?fileName=from-the-vendor.csv',
    });
    expect(report).toMatchObject({ side: 'vendor', partnerId: partnerB, fileName: 'from-the-vendor.csv' });
  });
});
