import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { opportunities } from '../deals.table.js';
import { dealApi } from './deal-test-helpers.js';

let t: TestApp;
const { call, createAccount, view, changesOf, loginAll } = dealApi(() => t);
let hooli: string;
let pied: string;

beforeAll(async () => {
  t = await createTestApp();
  await loginAll();
  hooli = await createAccount('Hooli, Inc.', ['hooli.com']);
  pied = await createAccount('Pied Piper LLC', ['piedpiper.com']);
});
afterAll(async () => t?.close());

function row(overrides: Record<string, unknown> = {}) {
  return {
    accountDomain: 'https://www.hooli.com/about',
    name: 'Hooli data platform',
    amountMinor: 12_000_000,
    currency: 'USD',
    stage: 'proposal',
    closeDate: '2026-05-31',
    ownerEmail: 'Sales.Rep@example.com',
    productLines: ['Analytics'],
    externalId: '006HOOLI1',
    externalSystem: 'salesforce',
    ...overrides,
  };
}

const baseRows = () => [
  row(),
  row({
    accountDomain: null,
    accountName: 'PIED PIPER',
    name: 'Pied Piper compression',
    externalId: null,
    ownerEmail: null,
  }),
  row({ name: 'Hooli security', externalId: '006HOOLI2', stage: 'closed_won', productLines: ['Security'] }),
];

const importDeals = (rows: unknown[], dryRun = false) =>
  call('sales_rep', 'POST', '/api/deals/import', { rows, dryRun });

const dealCount = async () => (await t.db.database.db.select({ n: count() }).from(opportunities))[0]!.n;

describe('importing deals', () => {
  it('a dry run reports what would happen and writes nothing', async () => {
    const { result, changes } = await changesOf(() => importDeals(baseRows(), true));
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json()).toMatchObject({
      dryRun: true,
      committed: false,
      counts: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
    });
    expect(changes).toEqual([]);
  });

  it('rejects the whole import when any row is bad, naming each row and field', async () => {
    const rows = [
      ...baseRows(),
      row({ accountDomain: 'gmail.com', externalId: 'X1' }),
      row({ accountDomain: 'unknown-company.com', externalId: 'X2' }),
      row({ ownerEmail: 'partner.rep.a@example.com', externalId: 'X3' }),
      row({ amountMinor: -5, currency: 'dollars', extra: 1, externalId: 'X4' }),
      row({ accountDomain: null, accountName: null, externalId: 'X5' }),
      row({ name: 'Hooli again' }),
    ];
    const { result, changes } = await changesOf(() => importDeals(rows));
    expect(result.statusCode, result.body).toBe(200);
    const report = result.json();
    expect(report).toMatchObject({ committed: false, counts: { created: 3, rejected: 6 } });
    const rejected = report.rows.filter((r: { status: string }) => r.status === 'rejected');
    expect(
      rejected.map((r: { row: number; errors: Array<{ field: string }> }) => [
        r.row,
        r.errors.map((e) => e.field),
      ]),
    ).toEqual([
      [3, ['accountDomain']],
      [4, ['accountDomain']],
      [5, ['ownerEmail']],
      [6, ['amountMinor', 'currency', 'extra']],
      [7, ['accountDomain']],
      [8, ['externalId']],
    ]);
    expect(rejected[0].errors[0].message).toMatch(/free mail/);
    expect(rejected[1].errors[0].message).toBe('matches no existing account');
    expect(rejected[5].errors[0].message).toBe('repeats row 0 of this import');
    expect(changes).toEqual([]);
  });

  it('creates the rows in one go, then a re-run changes nothing', async () => {
    const first = await importDeals(baseRows());
    expect(first.statusCode, first.body).toBe(200);
    const report = first.json();
    expect(report).toMatchObject({
      committed: true,
      counts: { created: 3, updated: 0, unchanged: 0, rejected: 0 },
    });
    const [hooliDeal, pipedDeal, wonDeal] = report.rows.map((r: { dealId: string }) => r.dealId);
    const hooliView = await view('admin', hooliDeal);
    expect(hooliView.deal).toMatchObject({
      accountId: hooli,
      ownerId: t.fixtures.users.sales_rep.id,
      externalIds: { salesforce: '006HOOLI1' },
      source: 'direct',
    });
    expect(hooliView.activities.map((a: { summary: string }) => a.summary)).toEqual([
      'Imported from CRM at proposal, USD 120,000.00',
    ]);
    expect((await view('admin', pipedDeal)).deal).toMatchObject({
      accountId: pied,
      ownerId: null,
      externalIds: {},
    });
    expect((await view('admin', wonDeal)).deal).toMatchObject({
      stage: 'closed_won',
      closedAt: expect.any(String),
    });

    const { result: again, changes } = await changesOf(() => importDeals(baseRows()));
    expect(again.json()).toMatchObject({ committed: true, counts: { created: 0, updated: 0, unchanged: 3 } });
    expect(again.json().rows.map((r: { dealId: string }) => r.dealId)).toEqual([
      hooliDeal,
      pipedDeal,
      wonDeal,
    ]);
    expect(changes).toEqual([]);
  });

  it('updates a changed row in place and says what changed', async () => {
    const rows = baseRows();
    rows[0] = row({ stage: 'negotiation', amountMinor: 15_000_000 });
    const res = await importDeals(rows);
    expect(res.json()).toMatchObject({ counts: { created: 0, updated: 1, unchanged: 2 } });
    const dealId = res.json().rows[0].dealId;
    const deal = await view('sales_rep', dealId);
    expect(deal.deal).toMatchObject({ stage: 'negotiation', amountMinor: 15_000_000 });
    expect(deal.activities[0].summary).toBe(
      'Updated by CRM import: amount USD 120,000.00 → USD 150,000.00, stage proposal → negotiation',
    );
  });

  it('writes a large import in batches', async () => {
    const before = await dealCount();
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      accountDomain: 'piedpiper.com',
      name: `Bulk ${i}`,
      amountMinor: i,
      currency: 'USD',
      stage: 'prospecting',
      closeDate: '2026-12-31',
      productLines: ['Platform'],
      externalId: `BULK-${i}`,
    }));
    const res = await importDeals(rows);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.json().counts).toEqual({ created: 2000, updated: 0, unchanged: 0, rejected: 0 });
    expect(await dealCount()).toBe(before + 2000);
    const imported = await t.db.database.db
      .select({ n: count() })
      .from(opportunities)
      .where(eq(sql`${opportunities.externalIds} ->> 'other'`, 'BULK-1999'));
    expect(imported[0]!.n).toBe(1);
  });

  it('refuses more than 2000 rows, and partner users', async () => {
    const tooMany = await importDeals(Array.from({ length: 2001 }, () => ({})));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].field).toBe('rows');
    const partner = await call('partner_admin_a', 'POST', '/api/deals/import', {
      rows: [row()],
      dryRun: true,
    });
    expect(partner.statusCode).toBe(403);
  });
});
