/** The scorecard API: who may read what, a partner's own scorecard, and the assumptions settings. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.table.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { DEFAULT_ANALYTICS_SETTINGS } from '../analytics-settings.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const period = 'from=2026-01-01&to=2026-04-01';

describe('assumptions settings', () => {
  it('answers the defaults until an admin saves some, audited', async () => {
    const before = await t.request('finance', { method: 'GET', url: '/api/analytics/settings' });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ ...DEFAULT_ANALYTICS_SETTINGS, updatedAt: null });
    const settings = { ...DEFAULT_ANALYTICS_SETTINGS, grossMarginPercent: 62.5, attributionModel: 'shapley' };
    const refused = await t.request('partner_manager', {
      method: 'PUT',
      url: '/api/analytics/settings',
      payload: settings,
    });
    expect(refused.statusCode).toBe(403);
    const saved = await t.request('admin', {
      method: 'PUT',
      url: '/api/analytics/settings',
      payload: settings,
    });
    expect(saved.statusCode).toBe(200);
    const after = await t.request('sales_rep', { method: 'GET', url: '/api/analytics/settings' });
    expect(after.json()).toMatchObject({ grossMarginPercent: 62.5, attributionModel: 'shapley' });
    const audit = await t.systemCtx.db.select().from(auditLog);
    expect(audit.filter((e) => e.action === 'analytics.settings_updated')).toHaveLength(1);
  });

  it('refuses a margin over 100 with the field named', async () => {
    const response = await t.request('admin', {
      method: 'PUT',
      url: '/api/analytics/settings',
      payload: { ...DEFAULT_ANALYTICS_SETTINGS, grossMarginPercent: 140 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toContain('grossMarginPercent');
  });
});

describe('scorecard reads', () => {
  it('keeps program analytics to vendor staff', async () => {
    for (const url of [
      `/api/scorecard?${period}`,
      `/api/benchmarks?${period}`,
      `/api/analytics/dashboard?${period}`,
    ]) {
      expect((await t.request('partner_admin_a', { method: 'GET', url })).statusCode, url).toBe(403);
    }
  });

  it('answers a partner user its own scorecard with partner-visible metrics only, and 404 for another', async () => {
    const own = await t.request('partner_rep_a', {
      method: 'GET',
      url: `/api/partners/${t.fixtures.partnerA}/scorecard?${period}`,
    });
    expect(own.statusCode).toBe(200);
    const body = own.json();
    expect(body.partnerName).toBe('Alpha Integrators Ltd');
    expect(body.metrics.some((m: { key: string }) => m.key === 'ropi')).toBe(false);
    expect(body.current.ropi).toBeNull();
    expect(body.peers).toBeNull();
    const other = await t.request('partner_rep_a', {
      method: 'GET',
      url: `/api/partners/${t.fixtures.partnerB}/scorecard?${period}`,
    });
    expect(other.statusCode).toBe(404);
  });

  it('gives vendor staff the peer standing and every metric', async () => {
    const response = await t.request('partner_manager', {
      method: 'GET',
      url: `/api/partners/${t.fixtures.partnerB}/scorecard?${period}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().metrics).toHaveLength(17);
    expect(response.json().peers).toBe(1);
  });

  it('pages the partner list sorted by a metric', async () => {
    const first = await t.request('admin', {
      method: 'GET',
      url: `/api/scorecard?groupBy=partner&${period}&limit=1&sort=-portalEngagement`,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toHaveLength(1);
    const next = await t.request('admin', {
      method: 'GET',
      url: `/api/scorecard?groupBy=partner&${period}&limit=1&sort=-portalEngagement&cursor=${first.json().nextCursor}`,
    });
    expect(next.json().items).toHaveLength(1);
    expect(next.json().items[0].key).not.toBe(first.json().items[0].key);
    expect(next.json().nextCursor).toBeNull();
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await t.request('admin', {
      method: 'GET',
      url: '/api/scorecard?from=2026-04-01&to=2026-01-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('query.to');
  });
});
