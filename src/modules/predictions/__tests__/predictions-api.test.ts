import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.table.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { forecastIndirectRevenue } from '../forecast-indirect-revenue.js';
import type { ModelEvaluations, RevenueForecastReport } from '../predictions.schemas.js';
import { predictionModels } from '../predictions.table.js';
import { scorePartnerChurn } from '../score-partner-churn.js';
import type { RegistrationScores } from '../score-registrations.js';
import { seedIndirectDeals, seedRegistrationHistory } from './prediction-fixtures.js';

let t: TestApp;
let open: { conflicted: string; clean: string };

beforeAll(async () => {
  t = await createTestApp();
  open = await seedRegistrationHistory(t);
  await seedIndirectDeals(t);
}, 60_000);
afterAll(async () => t?.close());

describe('before any training', () => {
  it('reports no saved evaluation', async () => {
    const response = await t.request('partner_manager', {
      method: 'GET',
      url: '/api/predictions/evaluation',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ registrationWin: null, partnerChurn: null, revenueForecast: null });
  });

  it('scores open registrations with a model fitted for the request, not saved', async () => {
    const response = await t.request('sales_rep', { method: 'GET', url: '/api/predictions/registrations' });
    const body = response.json() as RegistrationScores;
    expect(body.trainedAt).toBeNull();
    expect(body.items.map((i) => i.registrationId).sort()).toEqual([open.clean, open.conflicted].sort());
    expect(await t.db.database.db.select().from(predictionModels)).toEqual([]);
  });
});

describe('training', () => {
  let trained: ModelEvaluations;

  it('is refused to anyone but an admin, and changes nothing', async () => {
    const response = await t.request('partner_manager', { method: 'POST', url: '/api/predictions/train' });
    expect(response.statusCode).toBe(403);
    expect(await t.db.database.db.select().from(predictionModels)).toEqual([]);
  });

  it('learns the planted signal and beats the partner win-rate baseline on the holdout', async () => {
    const response = await t.request('admin', { method: 'POST', url: '/api/predictions/train' });
    expect(response.statusCode).toBe(200);
    trained = response.json();
    const win = trained.registrationWin!;
    // Resolved from 17 Sep 2025 on (the 120 days before the 15 Jan 2026 clock): submitted from 28 Aug.
    expect(win.trainedThrough).toMatch(/^2025-09-17T09:00:00/);
    expect(win.holdoutRows + win.trainRows).toBe(60);
    expect(win.holdoutRows).toBe(14);
    expect(win.model.auc!).toBeGreaterThan(0.8);
    expect(win.model.auc!).toBeGreaterThan(win.baseline.auc!);
    expect(win.model.brier!).toBeLessThan(win.baseline.brier!);
    expect(win.beatsBaseline).toBe(true);
    expect(win.weights.find((w) => w.feature === 'conflict')!.weight).toBeLessThan(0);
    expect(win.model.calibration.reduce((s, b) => s + b.count, 0)).toBe(win.holdoutRows);
  });

  it('skips the churn model when there is no partner history to learn from', () => {
    expect(trained.partnerChurn).toBeNull();
  });

  it('saves the forecast backtest', () => {
    expect(trained.revenueForecast).toMatchObject({
      currency: 'USD',
      backtest: { points: 1, coverage: null },
    });
  });

  it('audits each saved model and serves the saved evaluation', async () => {
    const entries = await t.db.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'prediction_model.trained'), eq(auditLog.actorId, t.fixtures.users.admin.id)),
      );
    expect(entries.map((e) => (e.after as { kind: string }).kind).sort()).toEqual([
      'registration_win',
      'revenue_forecast',
    ]);
    const response = await t.request('finance', { method: 'GET', url: '/api/predictions/evaluation' });
    expect(response.json()).toEqual(trained);
  });

  it('scores the open registration with a conflict lower, and names the conflict as its main factor', async () => {
    const response = await t.request('partner_manager', {
      method: 'GET',
      url: '/api/predictions/registrations',
    });
    const body = response.json() as RegistrationScores;
    expect(body.trainedAt).not.toBeNull();
    const [first, second] = body.items;
    expect(first!.registrationId).toBe(open.clean);
    expect(second!.registrationId).toBe(open.conflicted);
    expect(first!.probability).toBeGreaterThan(second!.probability);
    const factor = second!.factors.find((f) => f.feature === 'conflict')!;
    expect(factor.contribution).toBeLessThan(0);
    expect(factor.description).toBe('Conflict with another registration or a direct deal');
    expect(second!.factors.length).toBeLessThanOrEqual(3);
  });

  it('filters by partner', async () => {
    const response = await t.request('admin', {
      method: 'GET',
      url: `/api/predictions/registrations?partnerId=${t.fixtures.partnerB}`,
    });
    // Odd-numbered fixture registrations are partner A's, even ones partner B's.
    expect((response.json() as RegistrationScores).items.map((i) => i.registrationId)).toEqual([
      open.conflicted,
    ]);
  });
});

describe('indirect revenue forecast', () => {
  it('sums partner deals per quarter in the program currency and leaves direct-only deals out', async () => {
    const response = await t.request('partner_manager', {
      method: 'GET',
      url: '/api/forecast/indirect-revenue',
    });
    expect(response.statusCode).toBe(200);
    const report = response.json() as RevenueForecastReport;
    expect(report.currency).toBe('USD');
    expect(report.history).toEqual([
      { quarter: '2025-Q2', actualMinor: 100_000 },
      { quarter: '2025-Q3', actualMinor: 200_000 },
      { quarter: '2025-Q4', actualMinor: 108_000 },
    ]);
    expect(report.quarters.map((q) => q.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    // The only pipeline snapshot (1 October) saw one deal open and won that quarter, so an open deal
    // is taken to close won in its first quarter: the 300,000 at proposal lands in 2026-Q1.
    expect(report.quarters.map((q) => q.fromPipelineMinor)).toEqual([300_000, 0, 0, 0]);
    for (const q of report.quarters) {
      expect(q.expectedMinor).toBe(q.fromPipelineMinor + q.fromTrendMinor);
      expect(q.lowMinor).toBeLessThanOrEqual(q.expectedMinor);
      expect(q.highMinor).toBeGreaterThanOrEqual(q.expectedMinor);
    }
    expect(report.backtestPoints).toEqual([
      expect.objectContaining({ origin: '2025-Q4', horizon: 1, actualMinor: 108_000, naiveMinor: 200_000 }),
    ]);
  });

  it('forecasts as of an earlier time from what was known then', async () => {
    const earlier = await forecastIndirectRevenue(t.systemCtx, { asOf: '2025-09-01T00:00:00Z' });
    expect(earlier.history).toEqual([{ quarter: '2025-Q2', actualMinor: 100_000 }]);
    expect(earlier.quarters[0]!.quarter).toBe('2025-Q3');
  });

  it('gives churn scores only when a model can be fitted', async () => {
    expect(await scorePartnerChurn(t.systemCtx, {})).toEqual([]);
    const response = await t.request('partner_manager', { method: 'GET', url: '/api/predictions/churn' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ trainedAt: null, items: [] });
  });

  it('is for vendor staff only', async () => {
    const response = await t.request('partner_admin_a', {
      method: 'GET',
      url: '/api/forecast/indirect-revenue',
    });
    expect(response.statusCode).toBe(403);
  });
});
