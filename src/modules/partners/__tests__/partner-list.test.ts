import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../../../analytics/matching/normalize-name.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

interface Listed {
  id: string;
  name: string;
  type: string;
  stage: string;
  regions: string[];
  specializations: string[];
  ownerId: string | null;
  fitScore: number;
  createdAt: string;
}

let t: TestApp;
let all: Listed[];

// Names start with distinct letters so any collation orders them alike; the two Kestrels tie on the name key.
const SPECS = [
  {
    name: 'Cobalt Partners GmbH',
    type: 'si',
    stage: 'active',
    regions: ['EMEA'],
    specializations: ['security'],
    domains: ['cobalt-partners.de'],
  },
  {
    name: 'Dune Digital Inc.',
    type: 'isv',
    stage: 'prospect',
    regions: ['NA'],
    specializations: ['data'],
    domains: ['dune-digital.io'],
  },
  {
    name: 'Ember Cloud LLC',
    type: 'msp',
    stage: 'onboarding',
    regions: ['NA', 'EMEA'],
    specializations: ['cloud', 'security'],
  },
  { name: 'Fjord Systems AS', type: 'si', stage: 'at_risk', regions: ['EMEA'], specializations: ['cloud'] },
  { name: 'Granite MSP Ltd', type: 'msp', stage: 'active', regions: ['APAC'], specializations: [] },
  {
    name: 'Harbor Resale S.A.',
    type: 'reseller',
    stage: 'churned',
    regions: ['LATAM'],
    specializations: ['security'],
    domains: ['harbor-resale.fr'],
  },
  {
    name: 'Indigo Tech B.V.',
    type: 'isv',
    stage: 'recruited',
    regions: ['EMEA'],
    specializations: ['data', 'cloud'],
  },
  { name: 'Juniper Referral', type: 'referral', stage: 'prospect', regions: [], specializations: [] },
  {
    name: 'Kestrel Systems Inc',
    type: 'si',
    stage: 'active',
    regions: ['NA'],
    specializations: ['security', 'cloud'],
  },
  {
    name: 'Kestrel Systems GmbH',
    type: 'si',
    stage: 'active',
    regions: ['EMEA'],
    specializations: ['security', 'cloud'],
  },
  {
    name: 'Lumen Marketplace',
    type: 'cloud_marketplace',
    stage: 'active',
    regions: ['NA'],
    specializations: ['cloud'],
  },
  {
    name: 'Meridian Integrators Pty Ltd',
    type: 'si',
    stage: 'onboarding',
    regions: ['APAC'],
    specializations: ['security'],
  },
];

beforeAll(async () => {
  t = await createTestApp();
  const owners = [t.fixtures.users.partner_manager.id, t.fixtures.users.sales_rep.id, null];
  for (const [i, spec] of SPECS.entries()) {
    const res = await t.request('admin', {
      method: 'POST',
      url: '/api/partners',
      payload: { ...spec, ownerId: owners[i % 3] },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const ipp = await t.request('admin', {
    method: 'PUT',
    url: '/api/ipp',
    payload: {
      criteria: [
        { kind: 'partner_type', label: 'Integrators and MSPs', weight: 40, preferred: ['si', 'msp'] },
        { kind: 'region', label: 'Europe', weight: 30, targets: ['EMEA'] },
        {
          kind: 'specialization',
          label: 'Security and cloud',
          weight: 30,
          wanted: ['security', 'cloud'],
          enough: 2,
        },
      ],
    },
  });
  expect(ipp.statusCode, ipp.body).toBe(200);
  all = await list('');
  expect(all).toHaveLength(SPECS.length + 2);
});
afterAll(async () => t?.close());

async function page(query: string) {
  const res = await t.request('admin', { method: 'GET', url: `/api/partners?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Listed[]; nextCursor: string | null };
}

async function list(query: string): Promise<Listed[]> {
  return (await page(`limit=200&${query}`)).items;
}

const names = (items: Listed[]) => items.map((p) => p.name);

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function expectedOrder(sort: string): Listed[] {
  const key = sort.replace(/^-/, '');
  const read = (p: Listed): string | number =>
    key === 'name' ? normalizeCompanyName(p.name) : key === 'createdAt' ? p.createdAt : p.fitScore;
  const ordered = [...all].sort((a, b) => compare(read(a), read(b)) || compare(a.id, b.id));
  return sort.startsWith('-') ? ordered.reverse() : ordered;
}

describe('partner search', () => {
  it('finds partners by a name fragment, ignoring case and legal suffixes', async () => {
    expect(names(await list('q=integr')).sort()).toEqual([
      'Alpha Integrators Ltd',
      'Meridian Integrators Pty Ltd',
    ]);
    expect(names(await list('q=INTEGRATORS%20Ltd.')).sort()).toEqual([
      'Alpha Integrators Ltd',
      'Meridian Integrators Pty Ltd',
    ]);
    expect(names(await list('q=kestrel%20systems')).sort()).toEqual([
      'Kestrel Systems GmbH',
      'Kestrel Systems Inc',
    ]);
    expect(names(await list('q=cloud'))).toEqual(['Ember Cloud LLC']);
    expect(await list('q=nothing%20like%20this')).toEqual([]);
  });

  it('finds partners by domain, from a bare domain, a URL or an email address', async () => {
    expect(names(await list('q=alpha-integrators.com'))).toEqual(['Alpha Integrators Ltd']);
    expect(names(await list(`q=${encodeURIComponent('https://www.dune-digital.io/team')}`))).toEqual([
      'Dune Digital Inc.',
    ]);
    expect(names(await list(`q=${encodeURIComponent('sales@harbor-resale.fr')}`))).toEqual([
      'Harbor Resale S.A.',
    ]);
    expect(await list('q=unknown-domain.com')).toEqual([]);
  });

  it('finds nothing for a query with nothing to match on', async () => {
    for (const q of ['%25', '...', '-', '%25%25']) expect(await list(`q=${q}`), q).toEqual([]);
  });
});

describe('partner filters', () => {
  it.each([
    ['type=si', (p: Listed) => p.type === 'si'],
    ['type=cloud_marketplace', (p: Listed) => p.type === 'cloud_marketplace'],
    ['stage=active', (p: Listed) => p.stage === 'active'],
    ['stage=onboarding', (p: Listed) => p.stage === 'onboarding'],
    ['region=EMEA', (p: Listed) => p.regions.includes('EMEA')],
    ['region=LATAM', (p: Listed) => p.regions.includes('LATAM')],
    ['specialization=cloud', (p: Listed) => p.specializations.includes('cloud')],
    [
      'type=si&region=EMEA&stage=active',
      (p: Listed) => p.type === 'si' && p.regions.includes('EMEA') && p.stage === 'active',
    ],
  ])('%s', async (query, keep) => {
    const expected = names(all.filter(keep)).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(names(await list(query)).sort()).toEqual(expected);
  });

  it('filters by owner', async () => {
    const ownerId = t.fixtures.users.sales_rep.id;
    const owned = await list(`ownerId=${ownerId}`);
    expect(owned.length).toBe(SPECS.filter((_, i) => i % 3 === 1).length);
    expect(owned.every((p) => p.ownerId === ownerId)).toBe(true);
  });

  it('filters by minimum fit', async () => {
    const scores = new Set(all.map((p) => p.fitScore));
    expect(scores.size).toBeGreaterThan(3);
    for (const minFit of [0, 40, 70, 100]) {
      const expected = names(all.filter((p) => p.fitScore >= minFit)).sort();
      expect(names(await list(`minFit=${minFit}`)).sort(), `minFit=${minFit}`).toEqual(expected);
    }
    expect(names(await list('minFit=100'))).toEqual(['Ember Cloud LLC', 'Kestrel Systems GmbH']);
  });
});

describe('partner sorting and paging', () => {
  const SORTS = ['name', '-name', 'createdAt', '-createdAt', 'fitScore', '-fitScore'];

  it('sorts by name by default', async () => {
    expect((await list('')).map((p) => p.id)).toEqual(expectedOrder('name').map((p) => p.id));
    expect(names(await list('')).slice(0, 3)).toEqual([
      'Alpha Integrators Ltd',
      'Beta Resellers Inc',
      'Cobalt Partners GmbH',
    ]);
  });

  it.each(SORTS)('sorts by %s', async (sort) => {
    const items = await list(`sort=${sort}`);
    expect(items.map((p) => p.id)).toEqual(expectedOrder(sort).map((p) => p.id));
  });

  it('breaks ties on the sort key by id', async () => {
    const kestrels = (await list('sort=name')).filter((p) => p.name.startsWith('Kestrel'));
    expect(kestrels[0]!.id < kestrels[1]!.id).toBe(true);
    const reversed = (await list('sort=-name')).filter((p) => p.name.startsWith('Kestrel'));
    expect(reversed.map((p) => p.id)).toEqual(kestrels.map((p) => p.id).reverse());
  });

  it.each(SORTS)('pages through every partner exactly once, in order, sorted by %s', async (sort) => {
    const seen: Listed[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const result: { items: Listed[]; nextCursor: string | null } = await page(
        `limit=3&sort=${sort}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(result.items.length).toBeLessThanOrEqual(3);
      if (result.nextCursor) expect(result.items).toHaveLength(3);
      seen.push(...result.items);
      cursor = result.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(cursor).toBeNull();
    expect(pages).toBe(Math.ceil(all.length / 3));
    expect(seen.map((p) => p.id)).toEqual(expectedOrder(sort).map((p) => p.id));
  });

  it('pages within a filter', async () => {
    const first = await page('limit=2&type=si&sort=-fitScore');
    const second = await page(
      `limit=2&type=si&sort=-fitScore&cursor=${encodeURIComponent(first.nextCursor!)}`,
    );
    const third = await page(
      `limit=2&type=si&sort=-fitScore&cursor=${encodeURIComponent(second.nextCursor!)}`,
    );
    const expected = expectedOrder('-fitScore').filter((p) => p.type === 'si');
    expect(expected).toHaveLength(6);
    expect([...first.items, ...second.items, ...third.items].map((p) => p.id)).toEqual(
      expected.map((p) => p.id),
    );
    expect(third.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await t.request('admin', { method: 'GET', url: '/api/partners?cursor=bm90LWEtY3Vyc29y' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toMatch(/(^|\.)cursor$/);
  });
});
