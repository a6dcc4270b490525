import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import { choose, logIn, navigate, skipAfterFirstFailure, waitForPath } from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

describe('the program owner reads the dashboard, a partner scorecard and the peer benchmarks', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  skipAfterFirstFailure(() => screenshot(browser.page, 'analytics-failure'));

  it('shows the KPI tiles with trends, the revenue chart and the partner list', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, adminEmail, adminPassword);
    await waitForPath(page, '/console');
    await navigate(page, 'Program analytics');
    await waitForPath(page, '/console/analytics');
    await page.getByRole('heading', { name: 'Program dashboard' }).waitFor();
    const sourced = page.getByTestId('kpi-sourcedRevenue');
    await expect
      .poll(async () => (await sourced.textContent()) ?? '', { timeout: 60_000 })
      .toMatch(/\$[\d,]+/);
    await expect
      .poll(() => page.getByRole('region', { name: /Partner revenue by (month|quarter)/ }).isVisible())
      .toBe(true);
    const partners = page.getByRole('table', { name: 'Partner scorecards' });
    await partners.waitFor();
    await expect.poll(() => partners.getByRole('link').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await screenshot(page, 'analytics-01-dashboard');
  });

  it("opens the top partner's scorecard with its peer percentiles", async () => {
    const { page } = browser;
    const first = page.getByRole('table', { name: 'Partner scorecards' }).getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await waitForPath(page, /^\/console\/analytics\/scorecard\/[0-9a-f-]+$/);
    await page.getByRole('heading', { name: `Scorecard: ${name}` }).waitFor({ timeout: 60_000 });
    const table = page.getByRole('table', { name: `Scorecard of ${name}` });
    await expect.poll(() => table.getByRole('row').count()).toBe(18); // header and 17 metrics
    await expect.poll(() => table.getByText('Peer percentile').isVisible()).toBe(true);
    await screenshot(page, 'analytics-02-scorecard');
  });

  it('lists benchmarks, filters to flagged partners and shows what differs', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Benchmarks' }).click();
    await waitForPath(page, '/console/analytics/benchmarks');
    await page.getByRole('heading', { name: 'Peer benchmarks' }).waitFor();
    const table = page.getByRole('table', { name: 'Peer benchmarks per partner' });
    await expect.poll(() => table.getByRole('link').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await choose(page, page, 'Flag', 'Flagged either way');
    await expect
      .poll(async () => (await table.textContent()) ?? '', { timeout: 60_000 })
      .toMatch(/(Under|Over)-performer/);
    await expect.poll(async () => (await table.textContent()) ?? '').toMatch(/against a peer median of/);
    await screenshot(page, 'analytics-03-benchmarks');
  });

  it('opens the attribution page from the analytics tabs', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Attribution' }).click();
    await waitForPath(page, '/console/analytics/attribution');
    await page.getByRole('heading', { name: 'Attribution' }).first().waitFor();
    await screenshot(page, 'analytics-04-attribution');
  });
});
