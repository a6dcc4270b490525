import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TEAM, teamEmail } from '../src/demo/demo-team.js';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import {
  choose,
  eventually,
  field,
  logIn,
  logOut,
  navigate,
  skipAfterFirstFailure,
  waitForPath,
} from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

// Unique per run, so a rerun against a kept database never collides.
const run = Date.now().toString(36);
const WHITE_SPACE = `Wrenfield Atelier ${run}`;
const PARTNER_PROSPECT = `Ostrava Kiln Works ${run}`;

const manager = DEMO_TEAM.find((member) => member.key === 'pm-americas')!;

interface PortalUser {
  email: string;
  partnerId: string;
}

interface Account {
  id: string;
  name: string;
  domains: string[];
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** A signed-in API client outside the browser, for setting up what the flow needs. */
async function apiSession(email: string, password: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status, `log in as ${email}`).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status, `${method} ${path}`).toBeLessThan(300);
    return (await response.json()) as T;
  };
}

describe('a partner uploads its account list and the vendor works the overlap', () => {
  let browser: BrowserSession;
  let partnerAdmin: PortalUser;
  let partnerName: string;
  let customers: Account[];
  let prospects: Account[];
  let csv: string;
  /** The line of the file's one row without a name or a website. */
  let badLine: number;

  beforeAll(async () => {
    const admin = await apiSession(adminEmail, adminPassword);
    const users = await admin<{ items: PortalUser[] }>(
      'GET',
      '/api/users?role=partner_admin&status=active&kind=partner&sort=createdAt&limit=1',
    );
    partnerAdmin = users.items[0]!;
    expect(partnerAdmin, 'the demo has an active partner admin').toBeDefined();
    partnerName = (await admin<{ name: string }>('GET', `/api/partners/${partnerAdmin.partnerId}`)).name;
    const withDomain = async (status: string) =>
      (
        await admin<{ items: Account[] }>('GET', `/api/accounts?status=${status}&sort=name&limit=100`)
      ).items.filter((a) => a.domains.length > 0);
    customers = (await withDomain('customer')).slice(0, 3);
    prospects = (await withDomain('prospect')).slice(0, 2);
    expect(customers.length, 'the demo has customers with a website').toBe(3);
    expect(prospects.length, 'the demo has prospects with a website').toBe(2);

    // The partner's CRM export: some of the vendor's customers and prospects as its customers, one
    // account the vendor does not have (white space), one prospect, and one row with neither name nor website.
    const rows = [
      'Account Name,Website,Type,Billing Country',
      ...customers.map((a) => `${quoted(a.name)},https://www.${a.domains[0]}/,Customer,US`),
      ...prospects.map((a) => `${quoted(a.name)},${a.domains[0]},Customer - Direct,US`),
      `${WHITE_SPACE},wrenfield-atelier-${run}.com,Customer,DE`,
      `${PARTNER_PROSPECT},ostrava-kiln-${run}.com,Prospect,CZ`,
      ',,Customer,US',
    ];
    csv = `${rows.join('\r\n')}\r\n`;
    badLine = rows.length;

    // Both sides start from sharing nothing, whatever the demo set, so each step below sees its effect.
    await admin('PUT', `/api/mapping/partners/${partnerAdmin.partnerId}/sharing`, {
      levels: { customer: 'hidden', prospect: 'hidden', open_opportunity: 'hidden' },
    });
    const partner = await apiSession(partnerAdmin.email, DEMO_PASSWORD);
    await partner('PUT', `/api/mapping/partners/${partnerAdmin.partnerId}/sharing`, {
      levels: { customer: 'hidden', prospect: 'hidden' },
    });
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipAfterFirstFailure(async () => {
    if (browser) await screenshot(browser.page, 'mapping-failure');
  });

  it('lets the partner admin upload a CSV and read the per-row report', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, partnerAdmin.email, DEMO_PASSWORD);
    await waitForPath(page, '/portal');
    await navigate(page, 'Account mapping');
    await waitForPath(page, '/portal/mapping');
    await page.getByRole('heading', { name: 'Account mapping', level: 2 }).waitFor();
    await page.getByRole('tab', { name: 'Uploads' }).click();

    const form = page.getByRole('form', { name: 'Upload an account list' });
    await form.locator('input[type="file"]').setInputFiles({
      name: 'crm-accounts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    // The column mapping is read from the file's header in the browser.
    await eventually(
      () => field(form, 'Company name').inputValue(),
      (value) => value === 'Account Name',
      'the company name column to be filled in from the header',
    );
    expect(await field(form, 'Website or domain').inputValue()).toBe('Website');
    expect(await field(form, 'Customer or prospect').inputValue()).toBe('Type');
    await screenshot(page, 'mapping-01-portal-upload-form');
    await form.getByRole('button', { name: 'Upload list' }).click();

    // One bad row refuses the whole file, and the report says which line and why.
    const refused = page.getByTestId('import-refused');
    await refused.waitFor();
    const problem = refused.getByRole('table', { name: 'Rows with problems' }).getByRole('row').nth(1);
    expect(await problem.textContent()).toContain(String(badLine));
    await screenshot(page, 'mapping-02-portal-upload-refused');

    await refused.getByRole('button', { name: 'Import the valid rows, skip these' }).click();
    const report = page.getByTestId('import-report').first();
    await report.waitFor();
    expect(await report.getByTestId('import-accepted').textContent()).toBe(String(badLine - 2));
    expect(await report.getByTestId('import-rejected').textContent()).toBe('1');
    expect(await report.getByRole('table', { name: 'Rejected rows' }).textContent()).toContain(
      String(badLine),
    );
    // The upload is listed with its report.
    await page.getByRole('table', { name: 'Latest uploads' }).getByText('crm-accounts.csv').first().waitFor();
    await screenshot(page, 'mapping-03-portal-upload-report');
  });

  it('shows the partner its own list, and explains a list the vendor does not share', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Your account list' }).click();
    const table = page.getByRole('table', { name: 'Your uploaded accounts' });
    await table.getByRole('row').filter({ hasText: customers[0]!.name }).first().waitFor();
    await page
      .getByRole('search', { name: 'Filter your accounts' })
      .locator('label', { hasText: /^Not matched$/ })
      .click();
    await table.getByRole('row').filter({ hasText: WHITE_SPACE }).waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: customers[0]!.name }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Overlap and lists' }).click();
    await page.getByTestId('overlap-heat-map').waitFor();
    await page.getByRole('tab', { name: 'Introductions' }).click();
    const notShared = page.getByTestId('not-shared');
    await notShared.waitFor();
    expect(await notShared.textContent()).toContain('Not shared by the vendor');
    await screenshot(page, 'mapping-04-portal-overlap');
  });

  it('lets the partner admin share its customers with the vendor', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Sharing and populations' }).click();
    const form = page.getByRole('form', { name: 'Your sharing settings' });
    await choose(page, form, 'Customers', 'Full');
    await form.getByRole('button', { name: 'Save sharing' }).click();
    await page.getByText('Sharing saved').waitFor();
    await eventually(
      () => form.getByRole('button', { name: 'Save sharing' }).isDisabled(),
      (disabled) => disabled,
      'the saved form to have nothing left to save',
    );
    await screenshot(page, 'mapping-05-portal-sharing');
    await logOut(page);
  });

  it("shows the partner manager the program summary and the partner's heat map", async () => {
    const { page } = browser;
    await logIn(page, baseUrl, teamEmail(manager), DEMO_PASSWORD);
    await waitForPath(page, '/console');
    await navigate(page, 'Account mapping');
    await waitForPath(page, '/console/mapping');
    const summary = page.getByRole('table', { name: 'Account mapping by partner' });
    const row = summary.getByRole('row').filter({ hasText: partnerName });
    await row.waitFor();
    expect(await row.textContent()).not.toContain('Not shared');
    await screenshot(page, 'mapping-06-console-summary');
    await row.getByRole('link', { name: partnerName, exact: true }).click();

    await waitForPath(page, `/console/partners/${partnerAdmin.partnerId}`);
    await page.getByRole('tab', { name: 'Account mapping', selected: true }).waitFor();
    const cell = page.getByTestId('heat-cell-customer-customer');
    const count = await eventually(
      async () => Number((await cell.getAttribute('data-count')) || 'NaN'),
      (n) => Number.isInteger(n),
      'the customer × customer cell to show a number',
    );
    expect(count).toBeGreaterThanOrEqual(customers.length);
    expect(await cell.textContent()).toBe(count.toLocaleString('en'));
    await screenshot(page, 'mapping-07-console-heat-map');
  });

  it('opens the accounts behind a cell and the white space list', async () => {
    const { page } = browser;
    await page.getByTestId('heat-cell-customer-customer').getByRole('button').click();
    const pairTab = page.getByRole('tab', { name: 'Your customers × their customers', selected: true });
    await pairTab.waitFor();
    const pair = page.getByRole('table', { name: 'Your customers × their customers' });
    for (const account of customers)
      await pair.getByRole('row').filter({ hasText: account.name }).first().waitFor();
    expect(await pair.getByRole('link', { name: customers[0]!.name }).count()).toBeGreaterThan(0);
    await screenshot(page, 'mapping-08-console-pair-list');

    await page.getByRole('tab', { name: 'Introductions' }).click();
    const introductions = page.getByRole('table', { name: 'Introductions' });
    await introductions.getByRole('row').filter({ hasText: prospects[0]!.name }).first().waitFor();

    await page.getByRole('tab', { name: 'White space' }).click();
    const whiteSpace = page.getByRole('table', { name: 'White space' });
    await whiteSpace.getByRole('row').filter({ hasText: WHITE_SPACE }).waitFor();
    expect(await whiteSpace.textContent()).not.toContain(PARTNER_PROSPECT);
    await screenshot(page, 'mapping-09-console-white-space');
  });

  it("shows the partner's sharing read-only and lets the manager set the vendor's", async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Sharing and populations' }).click();
    const theirs = page.getByRole('table', { name: `What ${partnerName} shares` });
    expect(await theirs.getByTestId('sharing-customer').textContent()).toContain('Full');
    const form = page.getByRole('form', { name: 'Your sharing settings' });
    await choose(page, form, 'Customers', 'Counts only');
    await form.getByRole('button', { name: 'Save sharing' }).click();
    await page.getByText('Sharing saved').waitFor();
    await screenshot(page, 'mapping-10-console-sharing');

    // Matching on hashed lists has its own view, with an upload for the vendor's side.
    await page.getByRole('tab', { name: 'Hashed lists' }).click();
    await page.getByRole('heading', { name: 'Private matching on hashed lists' }).waitFor();
    await page.getByRole('form', { name: 'Upload a hashed list' }).waitFor();
    await screenshot(page, 'mapping-11-console-hashed-lists');
  });

  it("lists the partner on the account's page", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/console/accounts/${customers[0]!.id}`);
    const panel = page.getByRole('region', { name: 'Partners with this account' });
    await panel.getByRole('link', { name: partnerName }).waitFor();
    expect(await panel.textContent()).toContain('Customer');
    await screenshot(page, 'mapping-12-console-account-partners');
  });

  it('previews a CRM import of accounts without writing anything', async () => {
    const { page } = browser;
    await navigate(page, 'Accounts');
    await waitForPath(page, '/console/accounts');
    await page.getByRole('button', { name: 'Import from CRM' }).click();
    const form = page.getByRole('form', { name: 'Import accounts from a CRM' });
    await form.locator('input[type="file"]').setInputFiles({
      name: 'crm-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `Account Name,Website,Type\r\n${WHITE_SPACE},wrenfield-atelier-${run}.com,Customer\r\n`,
      ),
    });
    await eventually(
      () => field(form, 'Company name').inputValue(),
      (value) => value === 'Account Name',
      'the company name column to be filled in from the header',
    );
    await form.getByRole('button', { name: 'Preview' }).click();
    const report = page.getByTestId('crm-import-report');
    await report.waitFor();
    expect(await page.getByText('Preview: nothing was written yet').isVisible()).toBe(true);
    expect(await report.getByTestId('import-created').textContent()).toBe('1');
    await screenshot(page, 'mapping-13-console-crm-import-preview');
  });
});
