import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { createAccount } from '../../accounts/create-account.js';
import { createDeal } from '../../deals/create-deal.js';
import { SHARING_LEVELS, type SharingLevel } from '../mapping.schemas.js';
import { mappingSharing } from '../mapping.table.js';

let t: TestApp;
let partnerA: string;
let partnerB: string;
/** The vendor's CRM accounts by short name. */
const crm: Record<'kestrel' | 'nordlicht' | 'orchard' | 'halvorsen', string> = {
  kestrel: '',
  nordlicht: '',
  orchard: '',
  halvorsen: '',
};

/*
 * The vendor's CRM: two customers (Kestrel, Halvorsen) and two prospects (Nordlicht, Orchard), Orchard
 * with an open opportunity. Partner A's list: Kestrel, Nordlicht, Orchard, Solvantis and Quarry Lane as
 * customers, Halvorsen and Amberline as prospects. So, vendor population × partner population:
 *
 *                      partner customer   partner prospect
 *   customer                 1 (Kestrel)       1 (Halvorsen)
 *   prospect                 2 (Nordlicht, Orchard)  0
 *   open_opportunity         1 (Orchard)       0
 *
 * and partner A's white space is Solvantis and Quarry Lane among its customers, Amberline among its prospects.
 */
const PARTNER_A_LIST = [
  'Account ID,Account Name,Website,Type,Country,Industry',
  'A-1,Kestrel Analytics,kestrelanalytics.com,Customer,US,Software',
  'A-2,Nordlicht Maschinenbau,nordlicht.de,Customer,DE,Manufacturing',
  'A-3,Orchard Retail,orchardretail.com,Customer,US,Retail',
  'A-4,Solvantis,solvantis.io,Customer,FR,Software',
  'A-7,Quarry Lane Bakery,quarrylane.co.uk,Customer,GB,Food',
  'A-5,Halvorsen Shipping,halvorsen.no,Prospect,NO,Logistics',
  'A-6,Amberline Foods,amberline.com,Prospect,US,Food',
].join('\n');

const EXPECTED_CELLS: Record<string, Record<string, number>> = {
  customer: { customer: 1, prospect: 1 },
  prospect: { customer: 2, prospect: 0 },
  open_opportunity: { customer: 1, prospect: 0 },
};

interface Population {
  key: string;
  name: string;
  custom: boolean;
  size: number | null;
  sharing: SharingLevel;
}
interface Matrix {
  viewerSide: string;
  vendorPopulations: Population[];
  partnerPopulations: Population[];
  cells: { vendorPopulation: string; partnerPopulation: string; accounts: number | null }[];
}
interface Row {
  list: string | null;
  rule: string | null;
  vendorAccount: Record<string, unknown> | null;
  partnerAccount: Record<string, unknown>;
}

const base = () => `/api/mapping/partners/${partnerA}`;

async function get(user: TestUserKey, url: string) {
  return t.request(user, { method: 'GET', url });
}

async function ok<T>(user: TestUserKey, url: string): Promise<T> {
  const res = await get(user, url);
  expect(res.statusCode, `${user} GET ${url}: ${res.body}`).toBe(200);
  return res.json() as T;
}

async function share(user: TestUserKey, levels: Record<string, SharingLevel>, partnerId = partnerA) {
  const res = await t.request(user, {
    method: 'PUT',
    url: `/api/mapping/partners/${partnerId}/sharing`,
    payload: { levels },
  });
  expect(res.statusCode, res.body).toBe(200);
}

const hideVendor = { customer: 'hidden', prospect: 'hidden', open_opportunity: 'hidden' } as const;

function cell(matrix: Matrix, vendor: string, partner: string): number | null {
  const found = matrix.cells.find((c) => c.vendorPopulation === vendor && c.partnerPopulation === partner);
  if (!found) throw new Error(`no cell ${vendor} × ${partner}`);
  return found.accounts;
}

const sizes = (populations: Population[]) => Object.fromEntries(populations.map((p) => [p.key, p.size]));
const names = (rows: Row[]) => rows.map((r) => r.partnerAccount.name).sort();

async function createPopulation(user: TestUserKey, body: Record<string, unknown>) {
  return t.request(user, { method: 'POST', url: `${base()}/populations`, payload: body });
}

beforeAll(async () => {
  t = await createTestApp();
  ({ partnerA, partnerB } = t.fixtures);
  const account = async (
    name: string,
    domain: string,
    status: 'customer' | 'prospect',
    country: string,
    industry: string,
  ) =>
    (
      await createAccount(t.systemCtx, {
        name,
        domains: [domain],
        status,
        country,
        industry,
        externalIds: {},
      })
    ).id;
  crm.kestrel = await account('Kestrel Analytics Inc', 'kestrelanalytics.com', 'customer', 'US', 'Software');
  crm.nordlicht = await account(
    'Nordlicht Maschinenbau GmbH',
    'nordlicht.de',
    'prospect',
    'DE',
    'Manufacturing',
  );
  crm.orchard = await account('Orchard Retail Group', 'orchardretail.com', 'prospect', 'US', 'Retail');
  crm.halvorsen = await account('Halvorsen Shipping AS', 'halvorsen.no', 'customer', 'NO', 'Logistics');
  await createDeal(t.systemCtx, {
    accountId: crm.orchard,
    name: 'Orchard expansion',
    amountMinor: 4_200_000,
    currency: 'USD',
    stage: 'proposal',
    closeDate: '2026-06-30',
    productLines: ['Analytics'],
    externalIds: {},
  });
  const res = await t.request('partner_admin_a', {
    method: 'POST',
    url: `${base()}/accounts/import`,
    headers: { 'content-type': 'text/csv' },
    payload: PARTNER_A_LIST,
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(async () => t?.close());

describe("what the vendor sees of the partner's customers, level by level", () => {
  it.each(SHARING_LEVELS)('partner customers shared as %s', async (level) => {
    await share('partner_admin_a', { customer: level, prospect: 'hidden' });
    await share('partner_manager', hideVendor);
    const counted = level !== 'hidden';
    const records = level === 'matched' || level === 'full';

    const matrix = await ok<Matrix>('partner_manager', `${base()}/overlap`);
    expect(matrix.viewerSide).toBe('vendor');
    // The vendor's own populations are always counted; the partner's only as far as it shares them.
    expect(sizes(matrix.vendorPopulations)).toEqual({ customer: 2, prospect: 2, open_opportunity: 1 });
    expect(sizes(matrix.partnerPopulations)).toEqual({ customer: counted ? 5 : null, prospect: null });
    expect(matrix.partnerPopulations.find((p) => p.key === 'customer')!.sharing).toBe(level);
    for (const vendor of ['customer', 'prospect', 'open_opportunity']) {
      expect(cell(matrix, vendor, 'customer'), vendor).toBe(
        counted ? EXPECTED_CELLS[vendor]!.customer : null,
      );
      expect(cell(matrix, vendor, 'prospect'), vendor).toBeNull();
    }

    for (const list of ['co_sell', 'introductions', 'co_sell_now', 'upsell_together']) {
      const res = await get('partner_manager', `${base()}/lists/${list}`);
      if (!records) {
        expect(res.statusCode, list).toBe(403);
        expect(res.json().code).toBe('forbidden');
        continue;
      }
      expect(res.statusCode, res.body).toBe(200);
    }
    if (records) {
      const rows = (await ok<{ items: Row[] }>('partner_manager', `${base()}/lists/introductions`)).items;
      expect(names(rows)).toEqual(['Nordlicht Maschinenbau', 'Orchard Retail']);
      const nordlicht = rows.find((r) => r.partnerAccount.name === 'Nordlicht Maschinenbau')!;
      // Who the account is, always; the partner's record id and details only in full.
      expect(nordlicht.partnerAccount).toEqual({
        id: level === 'full' ? expect.any(String) : null,
        externalId: level === 'full' ? 'A-2' : null,
        name: 'Nordlicht Maschinenbau',
        website: 'nordlicht.de',
        population: 'customer',
        country: level === 'full' ? 'DE' : null,
        industry: level === 'full' ? 'Manufacturing' : null,
      });
      // The vendor's own record comes whole, pipeline included.
      const orchard = rows.find((r) => r.partnerAccount.name === 'Orchard Retail')!;
      expect(orchard.vendorAccount).toMatchObject({
        id: crm.orchard,
        country: 'US',
        openOpportunities: 1,
        openPipelineMinor: 4_200_000,
        currency: 'USD',
      });
    }

    const whiteSpace = await get('partner_manager', `${base()}/lists/white_space`);
    if (level === 'full') {
      expect(whiteSpace.statusCode, whiteSpace.body).toBe(200);
      const rows = whiteSpace.json().items as Row[];
      expect(names(rows)).toEqual(['Quarry Lane Bakery', 'Solvantis']);
      expect(rows[0]).toMatchObject({ list: 'white_space', vendorAccount: null, rule: null });
    } else {
      expect(whiteSpace.statusCode).toBe(403);
      expect(whiteSpace.json().code).toBe('forbidden');
    }

    const summary = await ok<Record<string, unknown>[]>('partner_manager', '/api/mapping/summary');
    expect(summary).toEqual([
      expect.objectContaining({
        partnerId: partnerA,
        customerSharing: level,
        partnerCustomers: counted ? 5 : null,
        whiteSpace: counted ? 2 : null,
        coSellNow: counted ? 1 : null,
        introductions: counted ? 2 : null,
        upsellTogether: counted ? 1 : null,
      }),
    ]);

    // An account's partners: only where the partner shares that population as records.
    const kestrel = await ok<unknown[]>('partner_manager', `/api/accounts/${crm.kestrel}/partners`);
    expect(kestrel).toEqual(
      records
        ? [
            {
              partnerId: partnerA,
              partnerName: 'Alpha Integrators Ltd',
              population: 'customer',
              rule: 'domain',
              confidence: 1,
            },
          ]
        : [],
    );
    // Halvorsen is on the partner's prospect list, which stays hidden.
    expect(await ok<unknown[]>('partner_manager', `/api/accounts/${crm.halvorsen}/partners`)).toEqual([]);
  });

  it("needs the partner's full prospect list for prospect white space, whatever it shares of customers", async () => {
    await share('partner_admin_a', { customer: 'full', prospect: 'matched' });
    const refused = await get('partner_manager', `${base()}/lists/white_space?partnerPopulation=prospect`);
    expect(refused.statusCode).toBe(403);
    await share('partner_admin_a', { prospect: 'full' });
    const rows = (
      await ok<{ items: Row[] }>('partner_manager', `${base()}/lists/white_space?partnerPopulation=prospect`)
    ).items;
    expect(names(rows)).toEqual(['Amberline Foods']);
    expect(await ok<unknown[]>('partner_manager', `/api/accounts/${crm.halvorsen}/partners`)).toEqual([
      expect.objectContaining({ partnerId: partnerA, population: 'prospect' }),
    ]);
  });
});

describe("what the partner sees of the vendor's populations, level by level", () => {
  it.each(SHARING_LEVELS)('vendor populations shared as %s', async (level) => {
    await share('partner_admin_a', { customer: 'full', prospect: 'full' });
    await share('partner_manager', { customer: level, prospect: level, open_opportunity: level });
    const counted = level !== 'hidden';
    const records = level === 'matched' || level === 'full';

    for (const user of ['partner_admin_a', 'partner_rep_a'] as const) {
      const matrix = await ok<Matrix>(user, `${base()}/overlap`);
      expect(matrix.viewerSide).toBe('partner');
      expect(sizes(matrix.partnerPopulations)).toEqual({ customer: 5, prospect: 2 });
      expect(sizes(matrix.vendorPopulations)).toEqual(
        counted
          ? { customer: 2, prospect: 2, open_opportunity: 1 }
          : { customer: null, prospect: null, open_opportunity: null },
      );
      for (const [vendor, byPartner] of Object.entries(EXPECTED_CELLS)) {
        for (const [partner, count] of Object.entries(byPartner)) {
          expect(cell(matrix, vendor, partner), `${vendor} × ${partner}`).toBe(counted ? count : null);
        }
      }
    }

    for (const list of ['co_sell', 'introductions', 'co_sell_now', 'upsell_together']) {
      const res = await get('partner_rep_a', `${base()}/lists/${list}`);
      if (!records) {
        expect(res.statusCode, list).toBe(403);
        expect(res.json().code).toBe('forbidden');
        continue;
      }
      expect(res.statusCode, res.body).toBe(200);
      // A partner never gets the vendor's record ids or pipeline amounts, at any level.
      for (const id of Object.values(crm)) expect(res.body).not.toContain(id);
      expect(res.body).not.toContain('4200000');
      for (const row of res.json().items as Row[]) {
        expect(row.vendorAccount).toMatchObject({ id: null, openPipelineMinor: null, currency: null });
        // The partner's own record is always whole.
        expect(row.partnerAccount.id).toEqual(expect.any(String));
      }
    }
    if (records) {
      const rows = (await ok<{ items: Row[] }>('partner_rep_a', `${base()}/lists/co_sell`)).items;
      expect(rows.map((r) => [r.list, r.partnerAccount.name])).toEqual([
        ['co_sell_now', 'Orchard Retail'],
        ['introductions', 'Nordlicht Maschinenbau'],
        ['upsell_together', 'Kestrel Analytics'],
      ]);
      expect(rows[0]!.vendorAccount).toEqual({
        id: null,
        name: 'Orchard Retail Group',
        domains: ['orchardretail.com'],
        status: 'prospect',
        country: level === 'full' ? 'US' : null,
        industry: level === 'full' ? 'Retail' : null,
        openOpportunities: level === 'full' ? 1 : null,
        openPipelineMinor: null,
        currency: null,
      });
    }

    // White space needs to know what the CRM holds: the vendor's customers and prospects, at least as counts.
    const whiteSpace = await get('partner_rep_a', `${base()}/lists/white_space`);
    if (counted) {
      expect(whiteSpace.statusCode, whiteSpace.body).toBe(200);
      const rows = whiteSpace.json().items as Row[];
      expect(names(rows)).toEqual(['Quarry Lane Bakery', 'Solvantis']);
      expect(rows.find((r) => r.partnerAccount.name === 'Solvantis')!.partnerAccount).toMatchObject({
        externalId: 'A-4',
        country: 'FR',
      });
    } else {
      expect(whiteSpace.statusCode).toBe(403);
    }

    // The program-wide views are the vendor's, whatever is shared.
    for (const url of ['/api/mapping/summary', `/api/accounts/${crm.kestrel}/partners`]) {
      const res = await get('partner_admin_a', url);
      expect(res.statusCode, url).toBe(403);
    }
  });

  it('shows only the vendor populations it shares as records, each at its own level', async () => {
    await share('partner_manager', { customer: 'counts', prospect: 'matched', open_opportunity: 'hidden' });
    const rows = (await ok<{ items: Row[] }>('partner_rep_a', `${base()}/lists/co_sell`)).items;
    // Orchard has an open opportunity, but open opportunities are hidden: it shows as a prospect only.
    expect(rows.map((r) => [r.list, r.partnerAccount.name])).toEqual([
      ['introductions', 'Nordlicht Maschinenbau'],
      ['introductions', 'Orchard Retail'],
    ]);
    expect((await get('partner_rep_a', `${base()}/lists/co_sell_now`)).statusCode).toBe(403);
    expect((await get('partner_rep_a', `${base()}/lists/upsell_together`)).statusCode).toBe(403);
    const matrix = await ok<Matrix>('partner_rep_a', `${base()}/overlap`);
    expect(cell(matrix, 'open_opportunity', 'customer')).toBeNull();
    expect(cell(matrix, 'customer', 'customer')).toBe(1);
  });

  it('never tells the partner of an open opportunity the vendor hides, even on a record shared in full', async () => {
    await share('partner_manager', { customer: 'hidden', prospect: 'full', open_opportunity: 'hidden' });
    const rows = (await ok<{ items: Row[] }>('partner_rep_a', `${base()}/lists/introductions`)).items;
    const orchard = rows.find((r) => r.partnerAccount.name === 'Orchard Retail')!;
    expect(orchard.vendorAccount).toMatchObject({ country: 'US', openOpportunities: null });
    await share('partner_manager', { open_opportunity: 'matched' });
    const shared = (await ok<{ items: Row[] }>('partner_rep_a', `${base()}/lists/introductions`)).items;
    expect(shared.find((r) => r.partnerAccount.name === 'Orchard Retail')!.vendorAccount).toMatchObject({
      openOpportunities: 1,
      openPipelineMinor: null,
    });
  });
});

describe('paging an overlap list', () => {
  it.each([
    ['co_sell', 'priority'],
    ['co_sell', '-confidence'],
    ['co_sell', 'vendorName'],
    ['introductions', '-partnerName'],
    ['white_space', 'partnerName'],
  ])('%s sorted by %s pages one row at a time through the same rows', async (list, sort) => {
    await share('partner_admin_a', { customer: 'full', prospect: 'full' });
    const url = `${base()}/lists/${list}?sort=${sort}`;
    const whole = (await ok<{ items: Row[] }>('partner_manager', url)).items;
    expect(whole.length).toBeGreaterThan(1);
    const paged: Row[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Row[]; nextCursor: string | null } = await ok(
        'partner_manager',
        `${url}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && paged.length <= whole.length);
    expect(paged).toEqual(whole);
  });

  it('refuses a cursor whose values do not fit the sort or the row ids', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const pairId = `${crm.kestrel}:${crm.orchard}`;
    for (const [sort, cursor] of [
      ['priority', ['x', pairId]],
      ['priority', [1.5, pairId]],
      ['confidence', ['high', pairId]],
      ['partnerName', [3, pairId]],
      ['partnerName', ['kestrel', 'not-an-id']],
      ['partnerName', ['kestrel', crm.kestrel]],
    ] as const) {
      const res = await get(
        'partner_manager',
        `${base()}/lists/co_sell?sort=${sort}&cursor=${encode(cursor)}`,
      );
      expect(res.statusCode, `${sort} ${JSON.stringify(cursor)}: ${res.body}`).toBe(400);
      expect(res.json().errors).toEqual([{ field: 'query.cursor', message: expect.any(String) }]);
    }
    const whiteSpace = await get(
      'partner_manager',
      `${base()}/lists/white_space?cursor=${encode(['solvantis', pairId])}`,
    );
    expect(whiteSpace.statusCode).toBe(400);
  });
});

describe('custom populations', () => {
  let vendorUs = '';
  let partnerGerman = '';

  it('are created on the caller’s side, narrowed by country and industry, hidden until shared', async () => {
    await share('partner_admin_a', { customer: 'counts', prospect: 'hidden' });
    await share('partner_manager', { customer: 'counts', prospect: 'counts', open_opportunity: 'hidden' });
    const vendor = await createPopulation('partner_manager', {
      name: 'US customers',
      base: 'customer',
      countries: ['US'],
    });
    expect(vendor.statusCode, vendor.body).toBe(201);
    expect(vendor.json()).toMatchObject({
      side: 'vendor',
      name: 'US customers',
      custom: true,
      base: 'customer',
      countries: ['US'],
      industries: [],
      sharing: 'hidden',
    });
    vendorUs = vendor.json().key;
    const partner = await createPopulation('partner_admin_a', {
      name: 'German manufacturers',
      base: 'any',
      countries: ['DE'],
      industries: ['Manufacturing'],
    });
    expect(partner.statusCode, partner.body).toBe(201);
    expect(partner.json()).toMatchObject({ side: 'partner', custom: true, sharing: 'hidden' });
    partnerGerman = partner.json().key;

    const forVendor = await ok<Matrix>('partner_manager', `${base()}/overlap`);
    expect(sizes(forVendor.vendorPopulations)[vendorUs]).toBe(1);
    expect(sizes(forVendor.partnerPopulations)[partnerGerman]).toBeNull();
    expect(cell(forVendor, vendorUs, 'customer')).toBe(1);
    expect(cell(forVendor, 'prospect', partnerGerman)).toBeNull();

    const forPartner = await ok<Matrix>('partner_admin_a', `${base()}/overlap`);
    expect(sizes(forPartner.partnerPopulations)[partnerGerman]).toBe(1);
    expect(sizes(forPartner.vendorPopulations)[vendorUs]).toBeNull();
    expect(cell(forPartner, vendorUs, partnerGerman)).toBeNull();
    expect(cell(forPartner, 'prospect', partnerGerman)).toBe(1);
  });

  it('show in the matrix and the pair lists once shared, with the right counts', async () => {
    await share('partner_admin_a', { [partnerGerman]: 'matched' });
    await share('partner_manager', { [vendorUs]: 'counts' });
    const forVendor = await ok<Matrix>('partner_manager', `${base()}/overlap`);
    expect(sizes(forVendor.partnerPopulations)[partnerGerman]).toBe(1);
    expect(cell(forVendor, 'prospect', partnerGerman)).toBe(1);
    expect(cell(forVendor, 'customer', partnerGerman)).toBe(0);
    expect(cell(forVendor, vendorUs, partnerGerman)).toBe(0);
    const forPartner = await ok<Matrix>('partner_admin_a', `${base()}/overlap`);
    expect(sizes(forPartner.vendorPopulations)[vendorUs]).toBe(1);
    expect(cell(forPartner, vendorUs, 'customer')).toBe(1);

    const pair = await ok<{ items: Row[] }>(
      'partner_manager',
      `${base()}/lists/pair?vendorPopulation=prospect&partnerPopulation=${partnerGerman}`,
    );
    expect(pair.items.map((r) => [r.list, r.partnerAccount.name, r.partnerAccount.id])).toEqual([
      [null, 'Nordlicht Maschinenbau', null],
    ]);
    // Shared as counts only: the partner gets no records of the vendor's custom population.
    const refused = await get('partner_admin_a', `${base()}/lists/pair?vendorPopulation=${vendorUs}`);
    expect(refused.statusCode).toBe(403);
    const unknown = await get(
      'partner_manager',
      `${base()}/lists/pair?vendorPopulation=nope&partnerPopulation=${partnerGerman}`,
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('query.vendorPopulation');
  });

  it('refuses an open-opportunity population on the partner’s side, which the vendor may define', async () => {
    const partner = await createPopulation('partner_admin_a', { name: 'Deals', base: 'open_opportunity' });
    expect(partner.statusCode).toBe(400);
    expect(partner.json().errors).toEqual([{ field: 'base', message: expect.any(String) }]);
    const vendor = await createPopulation('partner_manager', { name: 'Big deals', base: 'open_opportunity' });
    expect(vendor.statusCode, vendor.body).toBe(201);
    const matrix = await ok<Matrix>('partner_manager', `${base()}/overlap`);
    expect(sizes(matrix.vendorPopulations)[vendor.json().key]).toBe(1);
  });

  it('refuses a name already used on the same side, standard names included, but not on the other side', async () => {
    for (const [user, name] of [
      ['partner_manager', ' us CUSTOMERS '],
      ['partner_manager', 'Customers'],
      ['partner_admin_a', 'german manufacturers'],
      ['partner_admin_a', 'Prospects'],
    ] as const) {
      const res = await createPopulation(user, { name, base: 'customer' });
      expect(res.statusCode, `${user} ${name}`).toBe(400);
      expect(res.json().errors).toEqual([{ field: 'name', message: expect.any(String) }]);
    }
    const otherSide = await createPopulation('partner_admin_a', { name: 'US customers', base: 'customer' });
    expect(otherSide.statusCode, otherSide.body).toBe(201);
    // Partner B's populations are its own: the name is free there.
    const elsewhere = await t.request('partner_admin_b', {
      method: 'POST',
      url: `/api/mapping/partners/${partnerB}/populations`,
      payload: { name: 'German manufacturers', base: 'customer' },
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
  });

  it('take sharing levels only for the caller’s own side’s populations', async () => {
    for (const [user, levels, field] of [
      ['partner_admin_a', { [vendorUs]: 'full' }, `levels.${vendorUs}`],
      ['partner_admin_a', { open_opportunity: 'full' }, 'levels.open_opportunity'],
      ['partner_manager', { [partnerGerman]: 'full' }, `levels.${partnerGerman}`],
      ['partner_manager', { nope: 'full' }, 'levels.nope'],
    ] as const) {
      const res = await t.request(user, { method: 'PUT', url: `${base()}/sharing`, payload: { levels } });
      expect(res.statusCode, `${user} ${JSON.stringify(levels)}`).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
  });

  it('are deleted with their sharing levels, by their own side only', async () => {
    await share('partner_manager', { [vendorUs]: 'matched' }, partnerB);
    const sharingRows = (population: string) =>
      t.db.database.db.select().from(mappingSharing).where(eq(mappingSharing.population, population));
    expect((await sharingRows(vendorUs)).length).toBe(2);
    expect((await sharingRows(partnerGerman)).length).toBe(1);

    const del = (user: TestUserKey, id: string) =>
      t.request(user, { method: 'DELETE', url: `/api/mapping/populations/${id}` });
    expect((await del('partner_admin_a', vendorUs)).statusCode).toBe(404);
    expect((await del('partner_admin_b', partnerGerman)).statusCode).toBe(404);
    expect((await del('partner_manager', partnerGerman)).statusCode).toBe(404);
    expect((await del('partner_rep_a', partnerGerman)).statusCode).toBe(403);

    expect((await del('partner_admin_a', partnerGerman)).statusCode).toBe(204);
    expect(await sharingRows(partnerGerman)).toEqual([]);
    expect((await del('partner_manager', vendorUs)).statusCode).toBe(204);
    expect(await sharingRows(vendorUs)).toEqual([]);
    expect((await del('partner_manager', vendorUs)).statusCode).toBe(404);

    const matrix = await ok<Matrix>('partner_manager', `${base()}/overlap`);
    const keys = [...matrix.vendorPopulations, ...matrix.partnerPopulations].map((p) => p.key);
    expect(keys).not.toContain(vendorUs);
    expect(keys).not.toContain(partnerGerman);
    expect(matrix.cells.some((c) => [c.vendorPopulation, c.partnerPopulation].includes(vendorUs))).toBe(
      false,
    );
    const sharing = await ok<{ vendor: Record<string, string>; partner: Record<string, string> }>(
      'partner_admin_a',
      `${base()}/sharing`,
    );
    expect(Object.keys(sharing.vendor)).not.toContain(vendorUs);
    expect(Object.keys(sharing.partner)).not.toContain(partnerGerman);
    // The standard populations' levels are untouched.
    const standard = await t.db.database.db
      .select()
      .from(mappingSharing)
      .where(and(eq(mappingSharing.partnerId, partnerA), eq(mappingSharing.population, 'customer')));
    expect(standard.length).toBe(2);
  });
});
