import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import { logIn, skipAfterFirstFailure, waitForPath } from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

// Unique per run, so a rerun against a kept database never collides.
const run = Date.now().toString(36);
const CSV = [
  'Id,Name,Website,BillingCountry,Industry',
  `001E2E${run}1,Wrenfield Optics ${run},wrenfield-${run}.com,US,Manufacturing`,
  `001E2E${run}2,Tallbrook Foods ${run},tallbrook-${run}.com,Atlantis,Retail`,
  `001E2E${run}3,Quarrymoor Energy ${run},quarrymoor-${run}.com,DE,Energy`,
].join('\n');

/** Acts as the admin over the API (outside the browser), to set up a deal ready to share with AWS. */
async function adminApi() {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify(body),
    });
    expect(response.status, `${path}: ${await response.clone().text()}`).toBe(201);
    return (await response.json()) as T;
  };
}

describe('CRM import wizard and cloud co-sell export', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  skipAfterFirstFailure(async () => {
    if (browser) await screenshot(browser.page, 'integrations-failure');
  });

  it('imports a Salesforce accounts file: the dry run shows the bad row, applying imports the others', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, adminEmail, adminPassword);
    await waitForPath(page, '/console');
    await page.goto(`${baseUrl}/console/integrations`);
    await page.getByRole('region', { name: 'Recent imports' }).waitFor();
    await page.getByRole('link', { name: 'Import from CRM' }).click();
    await waitForPath(page, '/console/integrations/import');

    const form = page.getByRole('form', { name: 'Choose the export' });
    await form.locator('input[type="file"]').setInputFiles({
      name: `accounts-${run}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    await form.getByRole('button', { name: 'Upload and map columns' }).click();
    // The mapping step proposes Salesforce's columns, with sample values.
    const website = page.getByRole('combobox', { name: 'Website', exact: true });
    await website.waitFor();
    expect(await website.inputValue()).toContain('Website');
    await screenshot(page, 'integrations-01-mapping');
    await page.getByRole('button', { name: 'Dry run', exact: true }).click();

    const problems = page.getByRole('table', { name: 'Rows with problems' });
    await problems.waitFor();
    const problemText = await problems.textContent();
    expect(problemText).toContain('3');
    expect(problemText).toContain('Atlantis');
    expect(await page.getByTestId('crm-import-report').textContent()).toMatch(/Would create\s*2/);
    await screenshot(page, 'integrations-02-dry-run');

    await page.getByRole('button', { name: 'Apply import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Import applied' }).waitFor();
    const report = await page.getByTestId('crm-import-report').textContent();
    expect(report).toMatch(/Created\s*2/);
    expect(report).toMatch(/Failed\s*1/);
    await screenshot(page, 'integrations-03-applied');
  });

  it('exports a deal as an AWS Partner Central payload from the deal page', async () => {
    const { page } = browser;
    const post = await adminApi();
    const account = await post<{ id: string }>('/api/accounts', {
      name: `Hollowmere Clinics ${run}`,
      domains: [`hollowmere-${run}.com`],
      country: 'US',
      industry: 'Healthcare',
      status: 'prospect',
    });
    const closeDate = `${new Date().getUTCFullYear() + 1}-03-31`;
    const deal = await post<{ id: string }>('/api/deals', {
      accountId: account.id,
      name: `Hollowmere imaging analytics ${run}`,
      amountMinor: 12_000_000,
      currency: 'USD',
      stage: 'qualification',
      closeDate,
      productLines: ['Analytics'],
      nextSteps: 'Unify imaging reports from four clinics into one analytics workspace',
    });
    await page.goto(`${baseUrl}/console/deals/${deal.id}`);
    const panel = page.getByTestId('cloud-referral-panel');
    await panel.getByText('Every required field is there.').waitFor();
    await panel.getByRole('button', { name: 'Export payload' }).click();
    const payload = panel.getByTestId('cloud-payload');
    await payload.waitFor();
    const text = (await payload.textContent()) ?? '';
    expect(JSON.parse(text)).toMatchObject({
      PartnerOpportunityIdentifier: deal.id,
      Customer: { Account: { CompanyName: `Hollowmere Clinics ${run}`, Industry: 'Healthcare' } },
      LifeCycle: { Stage: 'Qualified', TargetCloseDate: closeDate },
    });
    await panel.getByRole('button', { name: 'Copy payload' }).waitFor();
    await panel.getByTestId('cloud-referral-status').waitFor();
    await screenshot(page, 'integrations-04-aws-payload');
  });
});
