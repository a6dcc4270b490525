import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';

interface Account {
  id: string;
  name: string;
  domains: string[];
  country: string | null;
  industry: string | null;
  employees: number | null;
  ownerId: string | null;
  status: string;
  externalIds: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function call(
  user: TestUserKey,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) {
  return t.request(user, { method, url, ...(payload ? { payload } : {}) });
}

async function create(payload: object, user: TestUserKey = 'sales_rep'): Promise<Account> {
  const res = await call(user, 'POST', '/api/accounts', payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function list(query: string): Promise<Account[]> {
  const res = await call('finance', 'GET', `/api/accounts?limit=200&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

const names = (items: Account[]) => items.map((a) => a.name).sort();

describe('account CRUD', () => {
  it('creates an account with normalized domains and defaults', async () => {
    const account = await create({
      name: 'Initech Corporation',
      domains: ['https://www.initech.com/about', 'billing@initech.co.uk', 'eu.initech.com'],
      externalIds: { salesforce: '0015g00000XyZ' },
    });
    expect(account).toMatchObject({
      name: 'Initech Corporation',
      domains: ['initech.com', 'initech.co.uk'],
      status: 'prospect',
      country: null,
      industry: null,
      employees: null,
      ownerId: null,
      externalIds: { salesforce: '0015g00000XyZ' },
    });
    const fetched = await call('partner_manager', 'GET', `/api/accounts/${account.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(account);
  });

  it('refuses free mail, IP and garbage domains by index, and stores nothing', async () => {
    const res = await call('sales_rep', 'POST', '/api/accounts', {
      name: 'Freemail Co',
      domains: ['freemail-co.com', 'owner@gmail.com', '8.8.8.8', 'nonsense'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'domains.1', message: expect.stringMatching(/free mail/) },
      { field: 'domains.2', message: expect.stringMatching(/IP address/) },
      { field: 'domains.3', message: expect.stringMatching(/not a domain/) },
    ]);
    expect(await list('q=freemail')).toEqual([]);
  });

  it('accepts only a vendor user as owner', async () => {
    const res = await call('sales_rep', 'POST', '/api/accounts', {
      name: 'Bad Owner',
      ownerId: t.fixtures.users.partner_rep_a.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'ownerId', message: 'is not a vendor user' }]);
  });

  it('updates fields, normalizing a new name and domains', async () => {
    const account = await create({ name: 'Umbrella Ltd', domains: ['umbrella.example.com'] });
    const res = await call('partner_manager', 'PATCH', `/api/accounts/${account.id}`, {
      name: 'Umbrella Holdings plc',
      domains: ['http://www.umbrella-holdings.co.uk/', 'UMBRELLA.IO'],
      status: 'customer',
      country: 'GB',
      industry: 'Pharma',
      employees: 5000,
      ownerId: t.fixtures.users.sales_rep.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Umbrella Holdings plc',
      domains: ['umbrella-holdings.co.uk', 'umbrella.io'],
      status: 'customer',
      country: 'GB',
      industry: 'Pharma',
      employees: 5000,
      ownerId: t.fixtures.users.sales_rep.id,
    });
    expect(names(await list('q=umbrella%20holdings'))).toEqual(['Umbrella Holdings plc']);
    expect(await list('q=example.com')).toEqual([]);
  });

  it('refuses a free mail domain on update and changes nothing', async () => {
    const account = await create({ name: 'Keepdomains Inc', domains: ['keepdomains.com'] });
    const res = await call('sales_rep', 'PATCH', `/api/accounts/${account.id}`, {
      domains: ['keepdomains.com', 'x@outlook.com'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'domains.1', message: expect.stringMatching(/free mail/) }]);
    expect((await call('sales_rep', 'GET', `/api/accounts/${account.id}`)).json().domains).toEqual([
      'keepdomains.com',
    ]);
  });

  it('clears optional fields with null', async () => {
    const account = await create({
      name: 'Clearable GmbH',
      country: 'DE',
      industry: 'Retail',
      employees: 40,
    });
    const res = await call('sales_rep', 'PATCH', `/api/accounts/${account.id}`, {
      country: null,
      industry: null,
      employees: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ country: null, industry: null, employees: null });
  });

  it('deletes an account', async () => {
    const account = await create({ name: 'Deletable SA' });
    expect((await call('admin', 'DELETE', `/api/accounts/${account.id}`)).statusCode).toBe(204);
    expect((await call('admin', 'GET', `/api/accounts/${account.id}`)).statusCode).toBe(404);
    expect((await call('admin', 'DELETE', `/api/accounts/${account.id}`)).statusCode).toBe(404);
    expect(
      (await call('sales_rep', 'PATCH', `/api/accounts/${account.id}`, { name: 'Zombie' })).statusCode,
    ).toBe(404);
  });
});

describe('account search, filters and paging', () => {
  let owned: string;
  beforeAll(async () => {
    owned = t.fixtures.users.partner_manager.id;
    const specs = [
      {
        name: 'Acme Widgets Inc',
        domains: ['acme-widgets.com'],
        status: 'customer',
        country: 'US',
        industry: 'Manufacturing',
        ownerId: owned,
      },
      {
        name: 'Acme Logistics GmbH',
        domains: ['acme-logistics.de'],
        status: 'prospect',
        country: 'DE',
        industry: 'Logistics',
      },
      {
        name: 'Globex S.A.',
        domains: ['globex.fr'],
        status: 'former_customer',
        country: 'FR',
        industry: 'Energy',
        ownerId: owned,
      },
      {
        name: 'Hooli LLC',
        domains: ['hooli.com', 'hooli.xyz'],
        status: 'customer',
        country: 'US',
        industry: 'Software',
      },
      { name: 'Massive Dynamic', domains: [], status: 'prospect', country: 'US', industry: 'Software' },
      {
        name: 'Nakatomi K.K.',
        domains: ['nakatomi.co.jp'],
        status: 'customer',
        country: 'JP',
        industry: 'Manufacturing',
      },
      {
        name: 'Oscorp Industries',
        domains: ['oscorp.com'],
        status: 'prospect',
        country: 'US',
        industry: 'Pharma',
        ownerId: owned,
      },
    ];
    for (const spec of specs) await create(spec);
  });

  it('searches by a name fragment, ignoring case and legal suffixes', async () => {
    expect(names(await list('q=acme'))).toEqual(['Acme Logistics GmbH', 'Acme Widgets Inc']);
    expect(names(await list('q=NAKATOMI%20K.K.'))).toEqual(['Nakatomi K.K.']);
    expect(names(await list('q=hooli%20inc'))).toEqual(['Hooli LLC']);
  });

  it('finds nothing for a query with nothing to match on', async () => {
    for (const q of ['%25', '...', '-', '%25%25']) expect(await list(`q=${q}`), q).toEqual([]);
  });

  it('searches by domain, from a URL or an email address', async () => {
    expect(names(await list('q=hooli.xyz'))).toEqual(['Hooli LLC']);
    expect(names(await list(`q=${encodeURIComponent('https://shop.nakatomi.co.jp/en')}`))).toEqual([
      'Nakatomi K.K.',
    ]);
    expect(names(await list(`q=${encodeURIComponent('ceo@globex.fr')}`))).toEqual(['Globex S.A.']);
    expect(names(await list(`domain=${encodeURIComponent('www.acme-widgets.com')}`))).toEqual([
      'Acme Widgets Inc',
    ]);
    expect(await list('domain=unknown.org')).toEqual([]);
  });

  it('filters by status, country, industry and owner, alone and together', async () => {
    expect(names(await list('status=former_customer'))).toEqual(['Globex S.A.']);
    expect(names(await list('country=JP'))).toEqual(['Nakatomi K.K.']);
    expect(names(await list('industry=Software'))).toEqual(['Hooli LLC', 'Massive Dynamic']);
    expect(names(await list(`ownerId=${owned}`))).toEqual([
      'Acme Widgets Inc',
      'Globex S.A.',
      'Oscorp Industries',
    ]);
    expect(names(await list('country=US&status=customer'))).toEqual(['Acme Widgets Inc', 'Hooli LLC']);
    expect(names(await list(`country=US&status=prospect&ownerId=${owned}`))).toEqual(['Oscorp Industries']);
  });

  it.each(['name', '-name', 'createdAt', '-createdAt'])(
    'pages through every account once, in order, sorted by %s',
    async (sort) => {
      const everything = await list(`sort=${sort}`);
      expect(everything.length).toBeGreaterThanOrEqual(7);
      const seen: Account[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 20; i++) {
        const res = await call(
          'admin',
          'GET',
          `/api/accounts?limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        const body: { items: Account[]; nextCursor: string | null } = res.json();
        seen.push(...body.items);
        cursor = body.nextCursor;
        if (!cursor) break;
      }
      expect(cursor).toBeNull();
      expect(seen.map((a) => a.id)).toEqual(everything.map((a) => a.id));
      const key = (a: Account) => (sort.endsWith('createdAt') ? a.createdAt : a.name.toLowerCase());
      const keys = seen.map(key);
      const sorted = [...keys].sort();
      expect(keys).toEqual(sort.startsWith('-') ? sorted.reverse() : sorted);
    },
  );
});
