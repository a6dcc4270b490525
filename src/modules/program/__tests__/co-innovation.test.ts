import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.table.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { accounts } from '../../accounts/accounts.table.js';
import { dealPartners, opportunities } from '../../deals/deals.table.js';
import { analyticsSettings } from '../../scorecard/scorecard.table.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const at = (iso: string) => new Date(iso);

async function account(name: string, country: string, industry: string): Promise<string> {
  const id = t.systemCtx.ids();
  const now = t.systemCtx.clock.now();
  await t.systemCtx.db.insert(accounts).values({
    id,
    name,
    normalizedName: name.toLowerCase(),
    domains: [],
    country,
    industry,
    status: 'customer',
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

async function deal(
  accountId: string,
  stage: string,
  amountMajor: number,
  currency: string,
  productLines: string[],
  closed: string,
  partnerId?: string,
): Promise<void> {
  const id = t.systemCtx.ids();
  await t.systemCtx.db.insert(opportunities).values({
    id,
    accountId,
    name: `Deal ${id.slice(-6)}`,
    amountMinor: amountMajor * 100,
    currency,
    stage,
    closeDate: closed.slice(0, 10),
    productLines,
    source: 'direct',
    closedAt: stage.startsWith('closed') ? at(closed) : null,
    createdAt: at('2025-05-01T00:00:00Z'),
    updatedAt: at(closed),
  });
  if (partnerId) {
    await t.systemCtx.db.insert(dealPartners).values({
      id: t.systemCtx.ids(),
      opportunityId: id,
      partnerId,
      role: 'fulfilling',
      addedAt: at(closed),
    });
  }
}

const projectBody = (overrides: object = {}) => ({
  name: 'Fraud Shield with Alpha',
  description: 'Fraud models on Alpha integration services',
  solutionProductLine: 'Fraud Shield',
  status: 'launched',
  buildCostMinor: 1_000_000,
  currency: 'USD',
  newMarkets: { regions: ['APAC'], industries: ['Insurance'] },
  launchedAt: '2025-07-01T00:00:00Z',
  partners: [{ partnerId: t.fixtures.partnerA, role: 'builder' }],
  ...overrides,
});

let projectId: string;

describe('co-innovation projects', () => {
  it('measures a launched project by hand-counted deals', async () => {
    const japan = await account('Kaido Retail', 'JP', 'Retail');
    const germany = await account('Werk Maschinen', 'DE', 'Manufacturing');
    const insurer = await account('Shield Mutual', 'US', 'Insurance');
    const retailer = await account('Main Street Stores', 'US', 'Retail');
    const partnerA = t.fixtures.partnerA;
    // In the period (won since 2025-07-01):
    await deal(
      japan,
      'closed_won',
      20_000,
      'USD',
      ['Analytics', 'Fraud Shield'],
      '2025-08-01T10:00:00Z',
      partnerA,
    );
    await deal(germany, 'closed_won', 10_000, 'EUR', ['fraud shield'], '2025-09-01T10:00:00Z');
    await deal(insurer, 'closed_won', 5_000, 'USD', ['Security', 'Fraud Shield'], '2025-10-01T10:00:00Z');
    await deal(retailer, 'closed_won', 30_000, 'USD', ['Analytics'], '2025-11-01T10:00:00Z', partnerA);
    await deal(retailer, 'closed_won', 8_000, 'USD', ['Security'], '2025-12-01T10:00:00Z');
    // Not counted: won before launch, lost, still open.
    await deal(japan, 'closed_won', 50_000, 'USD', ['Fraud Shield'], '2025-06-01T10:00:00Z', partnerA);
    await deal(retailer, 'closed_lost', 9_000, 'USD', ['Fraud Shield'], '2025-09-01T10:00:00Z');
    await deal(insurer, 'negotiation', 7_000, 'USD', ['Fraud Shield'], '2026-03-01T10:00:00Z');

    const created = await t.request('partner_manager', {
      method: 'POST',
      url: '/api/co-innovation/projects',
      payload: projectBody(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const project = created.json();
    projectId = project.id;
    expect(project.partners).toEqual([
      { partnerId: partnerA, partnerName: 'Alpha Integrators Ltd', partnerType: 'si', role: 'builder' },
    ]);
    // 5 won in the period, 3 with the solution; 2 with partner A on them, 1 of those with the solution.
    // Revenue USD 20,000 + EUR 10,000 × 1.08 + USD 5,000 = 35,800; new markets: Japan (APAC) and the insurer.
    // Gross profit at the default 75% = 26,850; ROI = (26,850 − 10,000) / 10,000.
    expect(project.metrics).toMatchObject({
      wonDeals: 5,
      solutionWonDeals: 3,
      attachRate: 60,
      partnerWonDeals: 2,
      partnerSolutionWonDeals: 1,
      partnerAttachRate: 50,
      solutionRevenueMinor: 3_580_000,
      newMarketDeals: 2,
      newMarketRevenueMinor: 2_500_000,
      grossMarginPct: 75,
      grossMarginSource: 'default',
      grossProfitMinor: 2_685_000,
      roi: 1.685,
      unconvertedCurrencies: [],
    });
  });

  it("uses the program's gross margin once it is set", async () => {
    await t.systemCtx.db.insert(analyticsSettings).values({
      id: 'default',
      settings: { grossMarginPercent: 60 },
      updatedAt: t.systemCtx.clock.now(),
    });
    const res = await t.request('finance', {
      method: 'GET',
      url: `/api/co-innovation/projects/${projectId}/metrics`,
    });
    expect(res.statusCode, res.body).toBe(200);
    // 35,800 × 60% = 21,480; (21,480 − 10,000) / 10,000
    expect(res.json()).toMatchObject({
      grossMarginSource: 'settings',
      grossProfitMinor: 2_148_000,
      roi: 1.148,
    });
    await t.systemCtx.db.delete(analyticsSettings).where(eq(analyticsSettings.id, 'default'));
  });

  it('shows an idea without metrics and lists projects filtered by status and partner', async () => {
    const idea = await t.request('admin', {
      method: 'POST',
      url: '/api/co-innovation/projects',
      payload: projectBody({
        name: 'Edge observability kit',
        status: 'idea',
        launchedAt: null,
        partners: [],
      }),
    });
    expect(idea.statusCode, idea.body).toBe(201);
    expect(idea.json().metrics).toMatchObject({ from: null, wonDeals: 0, attachRate: null, roi: null });
    const launched = await t.request('sales_rep', {
      method: 'GET',
      url: `/api/co-innovation/projects?status=launched&partnerId=${t.fixtures.partnerA}`,
    });
    expect(launched.statusCode, launched.body).toBe(200);
    expect(launched.json().items.map((p: { name: string }) => p.name)).toEqual(['Fraud Shield with Alpha']);
    const paged = await t.request('admin', {
      method: 'GET',
      url: '/api/co-innovation/projects?limit=1&sort=name',
    });
    expect(paged.json().items.map((p: { name: string }) => p.name)).toEqual(['Edge observability kit']);
    const next = await t.request('admin', {
      method: 'GET',
      url: `/api/co-innovation/projects?limit=1&sort=name&cursor=${paged.json().nextCursor}`,
    });
    expect(next.json()).toMatchObject({ items: [{ name: 'Fraud Shield with Alpha' }], nextCursor: null });
  });

  it('refuses inconsistent input with field errors and writes nothing', async () => {
    const res = await t.request('admin', {
      method: 'POST',
      url: '/api/co-innovation/projects',
      payload: projectBody({
        name: 'Broken',
        status: 'building',
        launchedAt: '2025-07-01T00:00:00Z',
        partners: [
          { partnerId: t.fixtures.partnerB, role: 'builder' },
          { partnerId: t.fixtures.partnerB, role: 'reseller' },
          { partnerId: '019bc0e2-0000-7000-8000-00000000dead', role: 'reseller' },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'launchedAt',
      'partners.1.partnerId',
      'partners.2.partnerId',
    ]);
    const list = await t.request('admin', { method: 'GET', url: '/api/co-innovation/projects?q=Broken' });
    expect(list.json().items).toEqual([]);
  });

  it('updates partners and status with an audit entry, then deletes', async () => {
    const res = await t.request('partner_manager', {
      method: 'PUT',
      url: `/api/co-innovation/projects/${projectId}`,
      payload: projectBody({
        status: 'retired',
        partners: [
          { partnerId: t.fixtures.partnerA, role: 'builder' },
          { partnerId: t.fixtures.partnerB, role: 'reseller' },
        ],
      }),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().partners.map((p: { role: string }) => p.role)).toEqual(['builder', 'reseller']);
    // Partner B's 0 won deals add nothing; partner A's two still count.
    expect(res.json().metrics.partnerWonDeals).toBe(2);
    const audits = await t.systemCtx.db.select().from(auditLog).where(eq(auditLog.entityId, projectId));
    expect(audits.map((a) => a.action)).toEqual(['co_innovation.create', 'co_innovation.update']);
    const removed = await t.request('admin', {
      method: 'DELETE',
      url: `/api/co-innovation/projects/${projectId}`,
    });
    expect(removed.statusCode).toBe(204);
    const gone = await t.request('admin', { method: 'GET', url: `/api/co-innovation/projects/${projectId}` });
    expect(gone.statusCode).toBe(404);
  });

  it('is the vendor staff only', async () => {
    const res = await t.request('partner_admin_a', { method: 'GET', url: '/api/co-innovation/projects' });
    expect(res.statusCode).toBe(403);
  });
});
