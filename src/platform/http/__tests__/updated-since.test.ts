import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleWorld, type SampleWorld, sampleFor } from '../../../testing/route-samples.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';

/**
 * Incremental sync on every list integrators mirror: `updatedSince` keeps the rows changed at or after
 * an instant, and `sort=updatedAt` pages through them oldest change first, so a client that keeps the
 * largest updatedAt it saw misses nothing.
 */
let t: TestApp;
let w: SampleWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = createSampleWorld(t);
});
afterAll(async () => t.close());

interface Row {
  id: string;
  updatedAt: string;
}

interface SyncCase {
  list: string;
  /** The list's URL (some lists hang under a parent row). */
  url: () => string;
  /** Who writes the rows (a registration is the partner's). */
  writer: TestUserKey;
  /** Creates one row through the API: operation whose sample body is used, and how to read the row. */
  create: { operationId: string; url: () => string; body?: (body: Record<string, unknown>) => unknown };
  created?: (body: Record<string, unknown>) => Row;
  /** Changes a row through the API. */
  update: (id: string) => { url: string; body: unknown };
}

const partnerA = () => t.fixtures.partnerA;

const CASES: SyncCase[] = [
  {
    list: 'partners',
    url: () => '/api/partners',
    writer: 'admin',
    create: { operationId: 'createPartner', url: () => '/api/partners' },
    update: (id) => ({ url: `/api/partners/${id}`, body: { description: 'Changed for sync' } }),
  },
  {
    list: 'partner contacts',
    url: () => `/api/partners/${partnerA()}/contacts`,
    writer: 'admin',
    create: { operationId: 'createPartnerContact', url: () => `/api/partners/${partnerA()}/contacts` },
    update: (id) => ({
      url: `/api/partners/${partnerA()}/contacts/${id}`,
      body: { title: 'Head of alliances' },
    }),
  },
  {
    list: 'accounts',
    url: () => '/api/accounts',
    writer: 'admin',
    create: { operationId: 'createAccount', url: () => '/api/accounts' },
    update: (id) => ({ url: `/api/accounts/${id}`, body: { industry: 'Retail' } }),
  },
  {
    list: 'deals',
    url: () => '/api/deals',
    writer: 'admin',
    create: { operationId: 'createDeal', url: () => '/api/deals' },
    update: (id) => ({ url: `/api/deals/${id}`, body: { name: 'Renamed for sync' } }),
  },
  {
    list: 'registrations',
    url: () => '/api/registrations',
    writer: 'partner_rep_a',
    // Drafts: a submission may be decided at once, which would add writes this case does not expect.
    create: {
      operationId: 'createRegistration',
      url: () => '/api/registrations',
      body: (body) => ({ ...body, submit: false }),
    },
    update: (id) => ({ url: `/api/registrations/${id}`, body: { notes: 'Budget confirmed' } }),
  },
  {
    list: 'leads',
    url: () => '/api/leads',
    writer: 'admin',
    create: { operationId: 'createLead', url: () => '/api/leads' },
    update: (id) => ({ url: `/api/leads/${id}`, body: { contactTitle: 'CTO' } }),
  },
  {
    list: 'users',
    url: () => '/api/users',
    writer: 'admin',
    create: { operationId: 'inviteUser', url: () => '/api/users/invitations' },
    created: (body) => body.user as Row,
    update: (id) => ({ url: `/api/users/${id}`, body: { name: 'Renamed for sync' } }),
  },
];

async function createRow(c: SyncCase): Promise<Row> {
  const sample = await sampleFor(c.create.operationId, w, c.writer);
  const body = c.create.body ? c.create.body(sample.body as Record<string, unknown>) : sample.body;
  const res = await t.request(c.writer, { method: 'POST', url: c.create.url(), payload: body as object });
  expect(res.statusCode, res.body).toBe(201);
  const json = res.json() as Record<string, unknown>;
  return c.created ? c.created(json) : (json as unknown as Row);
}

async function list(user: TestUserKey, url: string, query: Record<string, string>) {
  return t.request(user, { method: 'GET', url, query });
}

/** Every row of the list changed since the instant, following the cursor one row per page. */
async function syncAll(user: TestUserKey, url: string, since: string): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  do {
    const query: Record<string, string> = { updatedSince: since, sort: 'updatedAt', limit: '1' };
    if (cursor) query.cursor = cursor;
    const res = await list(user, url, query);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: Row[]; nextCursor: string | null };
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && rows.length < 20);
  return rows;
}

const later = (iso: string) => new Date(Date.parse(iso) + 1).toISOString();

describe.each(CASES)('updatedSince on $list', (c) => {
  it('returns the rows changed at or after the instant, oldest change first, across cursor pages', async () => {
    const first = await createRow(c);
    const second = await createRow(c);
    const third = await createRow(c);
    const change = c.update(first.id);
    const res = await t.request(c.writer, {
      method: 'PATCH',
      url: change.url,
      payload: change.body as object,
    });
    expect(res.statusCode, res.body).toBe(200);

    // From the second row's creation: the first row is back only because it changed afterwards.
    const synced = await syncAll('admin', c.url(), second.updatedAt);
    expect(synced.map((r) => r.id)).toEqual([second.id, third.id, first.id]);
    const times = synced.map((r) => Date.parse(r.updatedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBe(Date.parse(second.updatedAt));
    expect(times[2]).toBeGreaterThan(Date.parse(third.updatedAt));

    const newestFirst = await list('admin', c.url(), {
      updatedSince: second.updatedAt,
      sort: '-updatedAt',
      limit: '1',
    });
    expect(newestFirst.json().items.map((r: Row) => r.id)).toEqual([first.id]);

    const nothingLater = await list('admin', c.url(), { updatedSince: later(synced[2]!.updatedAt) });
    expect(nothingLater.json().items).toEqual([]);
  });

  it('refuses an updatedSince that is not an ISO 8601 date-time, naming it', async () => {
    for (const value of ['yesterday', '2026-13-01T00:00:00Z', '1700000000']) {
      const res = await list('admin', c.url(), { updatedSince: value });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('query.updatedSince');
    }
  });
});

describe('updatedSince for a partner user', () => {
  it('still shows only its own organization rows', async () => {
    const epoch = '2000-01-01T00:00:00Z';
    // Partner B's rows exist, changed after the instant, and stay out of partner A's sync.
    await createRow(CASES.find((c) => c.list === 'registrations')!);
    await t.request('partner_rep_b', {
      method: 'POST',
      url: '/api/registrations',
      payload: (await sampleFor('createRegistration', w, 'partner_rep_b')).body as object,
    });
    const checks: Array<[string, (row: Record<string, unknown>) => boolean]> = [
      ['/api/partners', (row) => row.id === partnerA()],
      ['/api/registrations', (row) => row.partnerId === partnerA()],
      ['/api/users', (row) => row.partnerId === partnerA()],
    ];
    for (const [url, own] of checks) {
      const rows = (await syncAll('partner_admin_a', url, epoch)) as unknown as Record<string, unknown>[];
      expect(rows.length, url).toBeGreaterThan(0);
      expect(
        rows.filter((row) => !own(row)),
        url,
      ).toEqual([]);
    }
  });
});

describe('writes that change a listed row bump its updatedAt', () => {
  it('puts a deal whose partners changed back into the sync', async () => {
    const deal = await createRow(CASES.find((c) => c.list === 'deals')!);
    const since = later(deal.updatedAt);
    const synced = async () => (await syncAll('admin', '/api/deals', since)).map((r) => r.id);
    expect(await synced()).toEqual([]);
    const added = await t.request('admin', {
      method: 'POST',
      url: `/api/deals/${deal.id}/partners`,
      payload: { partnerId: partnerA(), role: 'influencing' },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(await synced()).toEqual([deal.id]);

    const before = (await syncAll('admin', '/api/deals', since))[0]!.updatedAt;
    const removed = await t.request('admin', {
      method: 'DELETE',
      url: `/api/deals/${deal.id}/partners/${partnerA()}`,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const [after] = await syncAll('admin', '/api/deals', later(before));
    expect(after?.id).toBe(deal.id);
  });
});
