import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import { field, logIn, navigate, skipAfterFirstFailure, waitForPath } from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

const toRiskCount = async (browser: BrowserSession) =>
  Number((await browser.page.getByTestId('health-to-risk').textContent())?.trim());

describe('a vendor admin tunes the lifecycle-health rules and previews who would move', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  skipAfterFirstFailure();

  it('shows the preview of the rules in force', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/login`);
    await logIn(page, baseUrl, adminEmail, adminPassword);
    await waitForPath(page, '/console');
    await navigate(page, 'Lifecycle health');
    await waitForPath(page, '/console/health');
    await page.getByRole('table').waitFor();
    await expect.poll(() => page.getByTestId('health-to-risk').isVisible()).toBe(true);
    await screenshot(page, 'health-01-preview');
  });

  it('makes the activity rule strict, sees more partners at risk in the preview, and puts it back', async () => {
    const { page } = browser;
    const before = await toRiskCount(browser);
    await page.getByRole('tab', { name: 'Rules' }).click();
    const days = field(page, 'Days without activity');
    await days.fill('1');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect.poll(() => page.getByText('Health rules saved').isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'Who would move' }).click();
    await page.getByRole('table').waitFor();
    await expect.poll(() => toRiskCount(browser)).toBeGreaterThan(before);
    await expect.poll(() => page.getByText('Activity').first().isVisible()).toBe(true);
    await screenshot(page, 'health-02-strict-preview');

    await page.getByRole('tab', { name: 'Rules' }).click();
    await field(page, 'Days without activity').fill('90');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.getByRole('tab', { name: 'Who would move' }).click();
    await expect.poll(() => toRiskCount(browser)).toBe(before);
  });

  it('refuses a limit out of range with the reason next to the field', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Rules' }).click();
    await field(page, 'Fall of at least (%)').fill('0');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/too small|>=1|at least 1/i)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await screenshot(page, 'health-03-field-error');
  });

  it("shows a partner's health in its lifecycle tab", async () => {
    const { page } = browser;
    const list = await page.request.get(`${baseUrl}/api/partners?limit=5&sort=name&stage=active`);
    const { items } = (await list.json()) as { items: { id: string }[] };
    await page.goto(`${baseUrl}/console/partners/${items[0]!.id}`);
    await page.getByRole('tab', { name: /^Lifecycle/ }).click();
    await expect.poll(() => page.getByTestId('partner-health').isVisible()).toBe(true);
    await screenshot(page, 'health-04-partner');
  });
});
