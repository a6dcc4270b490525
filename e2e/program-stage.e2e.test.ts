import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import { logIn, navigate, skipAfterFirstFailure, waitForPath } from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

const EDITED = 'Our joint AI solution opens industries we never sold into';

describe('the program owner reads the stage, drafts and keeps a SWOT, and checks co-innovation', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  skipAfterFirstFailure(() => screenshot(browser.page, 'program-stage-failure'));

  it('shows the stage on the stepper and what the next stage still needs', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, adminEmail, adminPassword);
    await waitForPath(page, '/console');
    await navigate(page, 'Program stage');
    await waitForPath(page, '/console/program');
    const stage = await (await page.request.get(`${baseUrl}/api/program/stage`)).json();
    const labels: Record<string, string> = {
      startup: 'Startup',
      growth: 'Growth',
      scale_up: 'Scale-up',
      global: 'Global',
    };
    const current = stage.stage ? labels[stage.stage]! : 'Before Startup';
    await expect.poll(() => page.getByText(current, { exact: true }).first().isVisible()).toBe(true);
    if (stage.next) {
      const missing = page.getByRole('region', { name: 'Missing for the next stage' });
      await expect.poll(() => missing.isVisible()).toBe(true);
      for (const capability of stage.missing.slice(0, 2)) {
        await expect.poll(() => missing.getByText(capability.label, { exact: false }).isVisible()).toBe(true);
      }
    }
    await page.getByRole('table', { name: 'White space per partner' }).waitFor();
    await expect.poll(() => page.getByText('No mapping yet').first().isVisible()).toBe(true);
    await screenshot(page, 'program-01-stage');
  });

  it('drafts a SWOT from the metrics, edits one line with the keyboard, saves, and finds it after a reload', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Draft from metrics' }).click();
    const opportunities = page.getByRole('region', { name: 'Opportunities' });
    await expect.poll(() => opportunities.getByRole('textbox').count()).toBeGreaterThan(0);
    const first = page.getByRole('textbox', { name: 'Strengths line 1', exact: true });
    if (!(await first.isVisible())) {
      await page.getByRole('button', { name: 'Add a strength' }).click();
    }
    await first.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(EDITED);
    await page.getByRole('button', { name: 'Save SWOT' }).click();
    await expect.poll(() => page.getByText('SWOT saved').isVisible()).toBe(true);
    await screenshot(page, 'program-02-swot-saved');

    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Strengths line 1', exact: true }).inputValue())
      .toBe(EDITED);
  });

  it("opens co-innovation and sees the launched project's metrics", async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Co-innovation' }).click();
    await waitForPath(page, '/console/program/co-innovation');
    const table = page.getByRole('table', { name: 'Co-innovation projects' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: 'Launched' });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(async () => (await row.textContent()) ?? '').toMatch(/AI Studio/);
    await expect.poll(async () => (await row.textContent()) ?? '').toMatch(/\d+(\.\d)? %/);
    await expect.poll(() => page.getByRole('region', { name: 'Attach rate and ROI' }).isVisible()).toBe(true);
    await screenshot(page, 'program-03-co-innovation');
  });
});
