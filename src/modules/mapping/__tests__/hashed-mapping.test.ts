import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountKeys } from '../../../analytics/matching/account-keys.js';
import { classifyPopulation } from '../../../analytics/matching/account-populations.js';
import { hashAccountKeys, keyFingerprint } from '../../../analytics/matching/hash-keys.js';
import type { MatchableRecord } from '../../../analytics/matching/match-exactly.js';
import { readAccountList } from '../../../analytics/matching/read-account-list.js';
import { auditLog } from '../../../platform/audit/audit.table.js';
import { domainEvents } from '../../../platform/events/events.table.js';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';

let t: TestApp;
let partnerA: string;

const SECRET = 'a secret the vendor and Alpha agreed on by phone';
const FINGERPRINT = keyFingerprint(SECRET);
const OTHER_FINGERPRINT = keyFingerprint('another secret');

/** Every pair matches on an exact key, so the raw overlap (which also matches fuzzily) equals the hashed one. */
const VENDOR_ACCOUNTS = [
  { ref: 'VEND-1', name: 'Kestrel Analytics Inc', domains: ['kestrelanalytics.com'], status: 'customer' },
  { ref: 'VEND-2', name: 'Nordlicht Maschinenbau GmbH', domains: ['nordlicht.de'], status: 'prospect' },
  { ref: 'VEND-3', name: 'Brightwater Logistics Ltd', domains: [], status: 'prospect' },
  { ref: 'VEND-4', name: 'Halvorsen Shipping AS', domains: ['halvorsen.no'], status: 'customer' },
  { ref: 'VEND-5', name: 'Quillon Systems', domains: ['quillon.io'], status: 'prospect' },
  { ref: 'VEND-6', name: 'Oakridge Foods', domains: ['oakridge.com'], status: 'former_customer' },
];

const PARTNER_CSV = [
  'Id,Account Name,Website,Type',
  'alpha-ref-kestrel,Kestrel Analytics,https://www.kestrelanalytics.com/,Customer',
  'alpha-ref-nordlicht,NORDLICHT MASCHINENBAU,nordlicht.de,Customer - Direct',
  'alpha-ref-brightwater,Brightwater Logistics,,Customer',
  'alpha-ref-halvorsen,Halvorsen Shipping,halvorsen-shipping.com,Prospect',
  'alpha-ref-solvantis,Solvantis,solvantis.io,Customer',
  'alpha-ref-oakridge,Oakridge Foods,oakridge.com,Customer',
  'alpha-ref-amberline,Amberline Foods,amberline.com,Prospect',
].join('\r\n');

interface HashedRow {
  ref: string;
  population: string;
  keys: MatchableRecord;
}

/** What `trellis hash-accounts` writes for these rows under `secret`. */
function hashedCsv(rows: HashedRow[], secret = SECRET): string {
  const lines = rows.map((row) => {
    const hashed = hashAccountKeys(row.keys, secret);
    return [row.ref, row.population, hashed.domain ?? '', hashed.name ?? ''].join(',');
  });
  return ['id,population,domain_hash,name_hash', ...lines].join('\r\n');
}

function vendorRows(): HashedRow[] {
  return VENDOR_ACCOUNTS.filter((a) => a.status !== 'former_customer').map((account) => {
    const { domain, name } = accountKeys({ name: account.name, domain: account.domains[0] });
    return { ref: account.ref, population: account.status, keys: { domain, name } };
  });
}

async function partnerRows(): Promise<HashedRow[]> {
  const list = await readAccountList(Buffer.from(PARTNER_CSV));
  return list.records.map((record) => ({
    ref: record.id,
    population: classifyPopulation(record.population) === 'customer' ? 'customer' : 'prospect',
    keys: { domain: record.keys.domain, name: record.keys.name },
  }));
}

const hashedUrl = () => `/api/mapping/partners/${partnerA}/hashed-lists`;
const overlapUrl = () => `/api/mapping/partners/${partnerA}/hashed-overlap`;

async function uploadHashed(user: TestUserKey, body: string | Buffer, query: Record<string, string> = {}) {
  const search = new URLSearchParams({ keyFingerprint: FINGERPRINT, ...query });
  return t.request(user, {
    method: 'POST',
    url: `${hashedUrl()}?${search}`,
    headers: { 'content-type': 'text/csv' },
    payload: body,
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
}

type Cell = { vendorPopulation: string; partnerPopulation: string; accounts: number | null };
const cellsOf = (cells: Cell[]) =>
  cells.map(({ vendorPopulation, partnerPopulation, accounts }) => ({
    vendorPopulation,
    partnerPopulation,
    accounts,
  }));

async function unchanged(fn: () => Promise<void>): Promise<string[]> {
  const db = t.db.database.db;
  const before = await snapshotDatabase(db);
  await fn();
  return diffSnapshots(before, await snapshotDatabase(db));
}

beforeAll(async () => {
  t = await createTestApp();
  partnerA = t.fixtures.partnerA;
  for (const { ref: _ref, ...account } of VENDOR_ACCOUNTS) {
    const res = await t.request('admin', { method: 'POST', url: '/api/accounts', payload: account });
    expect(res.statusCode, res.body).toBe(201);
  }
  const raw = await t.request('partner_admin_a', {
    method: 'POST',
    url: `/api/mapping/partners/${partnerA}/accounts/import`,
    headers: { 'content-type': 'text/csv' },
    payload: PARTNER_CSV,
  });
  expect(raw.statusCode, raw.body).toBe(201);
});
afterAll(async () => t?.close());

describe('uploading a hashed list', () => {
  it('says which sides are still to upload', async () => {
    const res = await get('partner_manager', overlapUrl());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'waiting',
      viewerSide: 'vendor',
      missing: ['vendor', 'partner'],
      lists: { vendor: null, partner: null },
      cells: [],
      matches: [],
    });
  });

  it('refuses a file with row problems, reporting each row, and writes nothing', async () => {
    const [first] = await partnerRows();
    const good = hashedCsv([first!]).split('\r\n');
    const hash = good[1]!.split(',')[2]!;
    const csv = [
      ...good,
      `,customer,${hash},`,
      `${first!.ref},customer,${hash},`,
      `alpha-x,open_opportunity,${hash},`,
      'alpha-y,customer,kestrelanalytics.com,',
      'alpha-z,prospect,,',
    ].join('\r\n');
    let res: Awaited<ReturnType<typeof uploadHashed>> | undefined;
    const changes = await unchanged(async () => {
      res = await uploadHashed('partner_admin_a', csv);
    });
    expect(res!.statusCode).toBe(400);
    expect(res!.json().errors).toEqual([
      { field: 'line 3: id', message: 'is empty' },
      { field: 'line 4: id', message: 'repeats the id of line 2' },
      { field: 'line 5: population', message: 'is not one of customer, prospect' },
      { field: 'line 6: domain_hash', message: expect.stringContaining('is not a keyed hash') },
      { field: 'line 7: row', message: 'has neither a domain hash nor a name hash' },
    ]);
    expect(res!.body).not.toContain('kestrelanalytics.com');
    expect(changes).toEqual([]);
  });

  it('refuses raw columns, a malformed key fingerprint and a body that is not a file', async () => {
    const changes = await unchanged(async () => {
      const raw = await uploadHashed('partner_admin_a', PARTNER_CSV);
      expect(raw.statusCode).toBe(400);
      expect(raw.json().detail).toContain('only hashes are uploaded');
      const bad = await uploadHashed('partner_admin_a', hashedCsv(await partnerRows()), {
        keyFingerprint: 'my secret',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('query.keyFingerprint');
      const json = await t.request('partner_admin_a', {
        method: 'POST',
        url: hashedUrl(),
        payload: { id: 'alpha-ref-kestrel' },
      });
      expect(json.statusCode).toBe(415);
    });
    expect(changes).toEqual([]);
  });

  it('takes a UTF-16 file with a BOM and keeps the rows, audited', async () => {
    const csv = hashedCsv(await partnerRows());
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const res = await uploadHashed('partner_admin_a', bytes, { keyFingerprint: FINGERPRINT.toUpperCase() });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      side: 'partner',
      partnerId: partnerA,
      keyFingerprint: FINGERPRINT,
      rows: 7,
      rowsRead: 7,
      rowsRejected: 0,
      rejections: [],
    });
    const db = t.db.database.db;
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'mapping.hashed_list.upload'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ partnerId: partnerA, entityType: 'hashed_account_list' });
    const events = await db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.type, 'mapping.hashed_list_uploaded'));
    expect(events).toHaveLength(1);

    const overlap = (await get('partner_admin_a', overlapUrl())).json();
    expect(overlap).toMatchObject({
      status: 'waiting',
      viewerSide: 'partner',
      missing: ['vendor'],
      lists: { partner: { keyFingerprint: FINGERPRINT, rows: 7 }, vendor: null },
    });
  });

  it('keeps the valid rows and reports the rest when asked to', async () => {
    const untyped = hashedCsv([
      { ref: 'alpha-untyped', population: '', keys: { domain: 'untyped.io', name: null } },
    ]);
    const csv = `${hashedCsv(await partnerRows())}\r\nalpha-extra,customer,,\r\n${untyped.split('\r\n')[1]}`;
    const res = await uploadHashed('partner_admin_a', csv, { skipInvalid: 'true' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      rows: 7,
      rowsRead: 9,
      rowsRejected: 2,
      rejections: [
        { line: 9, field: 'row', message: 'has neither a domain hash nor a name hash' },
        { line: 10, field: 'population', message: expect.stringContaining('is empty') },
      ],
    });
    const typed = await uploadHashed('partner_admin_a', csv, {
      skipInvalid: 'true',
      defaultPopulation: 'prospect',
    });
    expect(typed.json()).toMatchObject({ rows: 8, rowsRejected: 1 });
    // Back to the list the raw upload has, for the comparisons below.
    expect((await uploadHashed('partner_admin_a', hashedCsv(await partnerRows()))).statusCode).toBe(201);
  });
});

describe('the hashed overlap', () => {
  beforeAll(async () => {
    const res = await uploadHashed('partner_manager', hashedCsv(vendorRows()));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ side: 'vendor', rows: 5 });
  });

  it('counts nothing the other side does not share, like the overlap matrix', async () => {
    for (const user of ['partner_manager', 'partner_admin_a'] as const) {
      const hashed = (await get(user, overlapUrl())).json();
      expect(hashed.status).toBe('ready');
      expect(hashed.cells.every((c: Cell) => c.accounts === null)).toBe(true);
      expect(hashed.matches).toEqual([]);
      const raw = (await get(user, `/api/mapping/partners/${partnerA}/overlap`)).json();
      expect(cellsOf(hashed.cells)).toEqual(cellsOf(raw.cells));
    }
  });

  it('equals the overlap of the raw lists once shared', async () => {
    await share('partner_admin_a', { customer: 'counts', prospect: 'counts' });
    await share('partner_manager', { customer: 'counts', prospect: 'counts', open_opportunity: 'counts' });
    for (const user of ['partner_manager', 'partner_admin_a'] as const) {
      const raw = (await get(user, `/api/mapping/partners/${partnerA}/overlap`)).json();
      const hashed = (await get(user, overlapUrl())).json();
      expect(cellsOf(hashed.cells)).toEqual(cellsOf(raw.cells));
      const sizes = (populations: { key: string; size: number | null }[]) =>
        populations.map(({ key, size }) => ({ key, size }));
      expect(sizes(hashed.partnerPopulations)).toEqual(sizes(raw.partnerPopulations));
    }
    const hashed = (await get('partner_manager', overlapUrl())).json();
    const cell = (v: string, p: string) =>
      hashed.cells.find((c: Cell) => c.vendorPopulation === v && c.partnerPopulation === p);
    expect(cell('customer', 'customer')).toMatchObject({ accounts: 1, byRule: { domain: 1, name: 0 } });
    expect(cell('prospect', 'customer')).toMatchObject({ accounts: 2, byRule: { domain: 1, name: 1 } });
    expect(cell('customer', 'prospect')).toMatchObject({ accounts: 1, byRule: { domain: 0, name: 1 } });
    // Counts only: which rows matched stays hidden.
    expect(hashed.matches).toEqual([]);
  });

  it("lists the viewer's own matched rows where the other side shares records, never the other side's", async () => {
    await share('partner_admin_a', { customer: 'matched' });
    const res = await get('partner_manager', overlapUrl());
    const hashed = res.json();
    expect(hashed.matches).toEqual([
      { ref: 'VEND-1', population: 'customer', otherPopulation: 'customer', rule: 'domain', confidence: 1 },
      { ref: 'VEND-2', population: 'prospect', otherPopulation: 'customer', rule: 'domain', confidence: 1 },
      { ref: 'VEND-3', population: 'prospect', otherPopulation: 'customer', rule: 'name', confidence: 0.95 },
    ]);
    const partnerHashes = hashedCsv(await partnerRows())
      .split('\r\n')
      .slice(1)
      .flatMap((line) => line.split(',').slice(2))
      .filter(Boolean);
    for (const secret of ['alpha-ref', ...partnerHashes]) expect(res.body).not.toContain(secret);
    expect(hashed.lists.partner.rows).toBeNull();

    await share('partner_manager', { customer: 'matched' });
    const partnerView = await get('partner_admin_a', overlapUrl());
    expect(partnerView.json().matches).toEqual([
      {
        ref: 'alpha-ref-halvorsen',
        population: 'prospect',
        otherPopulation: 'customer',
        rule: 'name',
        confidence: 0.9,
      },
      {
        ref: 'alpha-ref-kestrel',
        population: 'customer',
        otherPopulation: 'customer',
        rule: 'domain',
        confidence: 1,
      },
    ]);
    expect(partnerView.body).not.toContain('VEND-');
  });

  it('refuses to compare lists hashed with different secrets', async () => {
    const res = await uploadHashed('partner_manager', hashedCsv(vendorRows(), 'another secret'), {
      keyFingerprint: OTHER_FINGERPRINT,
    });
    expect(res.statusCode, res.body).toBe(201);
    for (const user of ['partner_manager', 'partner_rep_a'] as const) {
      const conflict = await get(user, overlapUrl());
      expect(conflict.statusCode).toBe(409);
      expect(conflict.json().detail).toContain(OTHER_FINGERPRINT);
      expect(conflict.json().detail).toContain('different secrets');
    }
    const back = await uploadHashed('partner_manager', hashedCsv(vendorRows()));
    expect(back.statusCode, back.body).toBe(201);
    expect((await get('partner_manager', overlapUrl())).json().status).toBe('ready');
  });

  it("keeps partner B out of partner A's hashed mapping", async () => {
    // Logins write sessions: done before the snapshot.
    for (const user of ['partner_admin_b', 'partner_rep_b'] as const) await t.as(user);
    const changes = await unchanged(async () => {
      for (const user of ['partner_admin_b', 'partner_rep_b'] as const) {
        const read = await get(user, overlapUrl());
        expect(read.statusCode).toBe(404);
        expect(read.body).not.toContain('alpha-ref');
      }
      const upload = await uploadHashed('partner_admin_b', hashedCsv(await partnerRows()));
      expect(upload.statusCode).toBe(404);
      const removal = await t.request('partner_admin_b', { method: 'DELETE', url: `${hashedUrl()}/mine` });
      expect(removal.statusCode).toBe(404);
    });
    expect(changes).toEqual([]);
  });

  it("removes only the caller's side's list", async () => {
    const res = await t.request('partner_admin_a', { method: 'DELETE', url: `${hashedUrl()}/mine` });
    expect(res.statusCode, res.body).toBe(204);
    const overlap = (await get('partner_manager', overlapUrl())).json();
    expect(overlap).toMatchObject({ status: 'waiting', missing: ['partner'], lists: { partner: null } });
    expect(overlap.lists.vendor).toMatchObject({ keyFingerprint: FINGERPRINT, rows: 5 });
    const again = await t.request('partner_admin_a', { method: 'DELETE', url: `${hashedUrl()}/mine` });
    expect(again.statusCode).toBe(204);
    const audit = await t.db.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'mapping.hashed_list.delete'));
    expect(audit).toHaveLength(1);
  });
});
