import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-team.js';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import {
  eventually,
  field,
  logIn,
  logOut,
  navigate,
  skipAfterFirstFailure,
  waitForPath,
} from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

// Unique per run, so a rerun against a kept database never collides with an earlier registration.
const run = Date.now().toString(36);
const CUSTOMER = `Quillfeather Robotics ${run}`;
const WEBSITE = `https://www.quillfeather-${run}.com/about`;
const DRAFT_CUSTOMER = `Marrowgate Logistics ${run}`;
const REGISTRATION_PATH = /^\/portal\/registrations\/[0-9a-f-]{36}$/;

interface PortalUser {
  id: string;
  name: string;
  email: string;
  partnerId: string;
}

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
  return async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
}

describe('a partner registers deals in the portal and follows their decisions', () => {
  let browser: BrowserSession;
  /** Two partner admins of the demo program, from two different partner organizations. */
  let first: PortalUser;
  let second: PortalUser;
  let approvedPath: string;

  beforeAll(async () => {
    const admin = await apiSession(adminEmail, adminPassword);
    const users = await admin<{ items: PortalUser[] }>(
      'GET',
      '/api/users?role=partner_admin&status=active&sort=createdAt&limit=50',
    );
    expect(users.status).toBe(200);
    const demoUsers = users.body.items.filter((u) => u.partnerId);
    first = demoUsers[0]!;
    second = demoUsers.find((u) => u.partnerId !== first.partnerId)!;
    expect(first, 'a demo partner admin').toBeDefined();
    expect(second, 'a demo partner admin of another partner').toBeDefined();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipAfterFirstFailure();

  it('opens the deal registrations page from the portal navigation', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, first.email, DEMO_PASSWORD);
    await waitForPath(page, '/portal');
    await navigate(page, 'Deal registrations');
    await waitForPath(page, '/portal/registrations');
    await page.getByRole('heading', { name: 'Deal registrations', level: 2 }).waitFor();
    await page.getByTestId('kpi-protected').waitFor();
    await screenshot(page, 'registrations-01-portal-list');
    await page.getByRole('link', { name: 'Register a deal' }).click();
    await waitForPath(page, '/portal/registrations/new');
  });

  it('shows errors at the fields, from the browser and from the API', async () => {
    const { page } = browser;
    const form = page.getByRole('form', { name: 'Deal registration' });
    const customer = field(form, 'Customer name');
    await customer.waitFor();
    // Nothing filled in: the required fields are marked, and the first takes the focus.
    await form.getByRole('button', { name: 'Submit registration' }).click();
    await eventually(
      () => customer.getAttribute('aria-invalid'),
      (value) => value === 'true',
      'the customer name to be marked invalid',
    );
    expect(await customer.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await form.getByText('Add at least one product line').isVisible()).toBe(true);

    // A website the API refuses: its reason appears at the Website field.
    await customer.fill(CUSTOMER);
    const website = field(form, 'Website');
    await website.fill('localhost');
    const lines = form.getByRole('combobox', { name: 'Product lines' });
    await lines.fill('Analytics');
    await lines.press('Enter');
    await lines.fill('Security');
    await lines.press('Enter');
    await field(form, 'Estimated amount').fill('48500.50');
    await field(form, 'Expected close').fill('2026-12-15');
    await form.getByRole('button', { name: 'Submit registration' }).click();
    await eventually(
      () => website.getAttribute('aria-invalid'),
      (value) => value === 'true',
      'the website to be marked invalid by the API',
    );
    expect(await form.getByText('is not a company website or domain').isVisible()).toBe(true);
    await screenshot(page, 'registrations-02-register-errors');
  });

  it('registers a deal from the keyboard and sees it approved with the reason', async () => {
    const { page } = browser;
    const form = page.getByRole('form', { name: 'Deal registration' });
    await field(form, 'Website').fill(WEBSITE);
    await field(form, 'Country').fill('de');
    await field(form, 'Contact name').fill('Amara Lindgren');
    await field(form, 'Contact title').fill('VP Operations');
    await field(form, 'Contact email').fill(`amara@quillfeather-${run}.com`);
    await field(form, 'Notes').fill('Warehouse automation rollout across three sites.');
    // Enter in a text field submits the registration for a decision.
    await field(form, 'Customer name').press('Enter');

    approvedPath = await waitForPath(page, REGISTRATION_PATH);
    const banner = page.getByTestId('registration-status-banner');
    await eventually(
      () => banner.getAttribute('data-status'),
      (status) => status === 'approved',
      'the registration to show as approved',
    );
    expect(await banner.textContent()).toContain('approved automatically');
    expect(await page.getByRole('heading', { name: CUSTOMER }).isVisible()).toBe(true);
    expect(await page.getByTestId('protection-window').textContent()).toMatch(/Protected until .*days left/);
    const facts = (await page.locator('main').textContent()) ?? '';
    expect(facts).toContain('$48,500.50');
    expect(facts).toContain('Germany (DE)');
    expect(facts).toContain('Amara Lindgren');
    expect(await page.getByTestId('registration-timeline').textContent()).toContain('Automatic approval');
    await screenshot(page, 'registrations-03-approved');
  });

  it('lists the registration with its status, amount and protection', async () => {
    const { page } = browser;
    await navigate(page, 'Deal registrations');
    await waitForPath(page, '/portal/registrations');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill(`quillfeather-${run}.com`);
    await search.press('Enter');
    const row = page.getByRole('row').filter({ hasText: CUSTOMER });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Approved');
    expect(text).toContain('$48,500.50');
    expect(text).toContain('Analytics, Security');
    expect(text).toMatch(/days left/);
    expect(Number(await page.getByTestId('kpi-protected').textContent())).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'registrations-04-list-filtered');
    await logOut(page);
  });

  it('routes the same company from another partner to review, with the reason', async () => {
    const { page } = browser;
    const partner = await apiSession(second.email, DEMO_PASSWORD);
    const created = await partner<{ id: string; status: string; reason: string }>(
      'POST',
      '/api/registrations',
      {
        customerName: `Quillfeather Robotics GmbH ${run}`,
        customerWebsite: `quillfeather-${run}.com`,
        productLines: ['Analytics'],
        amountMinor: 2_000_000,
        currency: 'USD',
        expectedClose: '2026-11-30',
        submit: true,
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('under_review');

    await logIn(page, baseUrl, second.email, DEMO_PASSWORD);
    await waitForPath(page, '/portal');
    await navigate(page, 'Deal registrations');
    await page.getByText('Needs attention', { exact: true }).click();
    const link = page.getByRole('link', { name: `Quillfeather Robotics GmbH ${run}` });
    await link.click();
    await waitForPath(page, `/portal/registrations/${created.body.id}`);
    const banner = page.getByTestId('registration-status-banner');
    await eventually(
      () => banner.getAttribute('data-status'),
      (status) => status === 'under_review',
      'the registration to show as under review',
    );
    const reason = (await banner.textContent()) ?? '';
    expect(reason).toContain('Another partner registered this account first for Analytics');
    expect(reason).toContain(created.body.reason);
    // The partner never sees who the other partner is.
    expect(reason).not.toContain(first.name);
    expect(await page.getByRole('button', { name: 'Dispute decision' }).isVisible()).toBe(true);
    await screenshot(page, 'registrations-05-under-review');
  });

  it('disputes the routing with a reason', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Dispute decision' }).click();
    const dialog = page.getByRole('dialog');
    const reason = field(dialog, 'Why is the decision wrong?');
    await reason.fill('We introduced Quillfeather to the vendor at the spring summit.');
    await dialog.getByRole('button', { name: 'Send dispute' }).click();
    await dialog.waitFor({ state: 'detached' });
    const banner = page.getByTestId('registration-status-banner');
    await eventually(
      () => banner.getAttribute('data-status'),
      (status) => status === 'disputed',
      'the registration to show as disputed',
    );
    const disputes = (await page.getByTestId('registration-disputes').textContent()) ?? '';
    expect(disputes).toContain('We introduced Quillfeather to the vendor at the spring summit.');
    expect(disputes).toContain('Open');
    expect(await page.getByRole('button', { name: 'Dispute decision' }).count()).toBe(0);
  });

  it('saves a draft, then withdraws it with a reason', async () => {
    const { page } = browser;
    await navigate(page, 'Deal registrations');
    await page.getByRole('link', { name: 'Register a deal' }).click();
    const form = page.getByRole('form', { name: 'Deal registration' });
    await field(form, 'Customer name').fill(DRAFT_CUSTOMER);
    const lines = form.getByRole('combobox', { name: 'Product lines' });
    // A product line typed without Enter still counts.
    await lines.fill('Data Platform');
    await field(form, 'Estimated amount').fill('120000');
    await field(form, 'Expected close').fill('2027-01-31');
    await form.getByRole('button', { name: 'Save draft' }).click();

    await waitForPath(page, REGISTRATION_PATH);
    const banner = page.getByTestId('registration-status-banner');
    await eventually(
      () => banner.getAttribute('data-status'),
      (status) => status === 'draft',
      'the registration to show as a draft',
    );
    expect(await page.getByRole('button', { name: 'Submit for decision' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Edit draft' }).isVisible()).toBe(true);
    await screenshot(page, 'registrations-06-draft');

    // A draft can still be edited; only what changed is sent.
    await page.getByRole('button', { name: 'Edit draft' }).click();
    const edit = page.getByRole('form', { name: 'Deal registration' });
    await field(edit, 'Estimated amount').fill('135000');
    await edit.getByRole('button', { name: 'Save draft' }).click();
    await edit.waitFor({ state: 'detached' });
    await eventually(
      async () => (await page.locator('main').textContent()) ?? '',
      (text) => text.includes('$135,000.00'),
      'the edited amount to show',
    );

    await page.getByRole('button', { name: 'Withdraw' }).click();
    const dialog = page.getByRole('dialog');
    // A reason is required.
    await dialog.getByRole('button', { name: 'Withdraw registration' }).click();
    const reason = field(dialog, 'Why are you withdrawing it?');
    await eventually(
      () => reason.getAttribute('aria-invalid'),
      (value) => value === 'true',
      'the reason to be required',
    );
    await reason.fill('The customer postponed the project to next year.');
    await dialog.getByRole('button', { name: 'Withdraw registration' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      () => banner.getAttribute('data-status'),
      (status) => status === 'withdrawn',
      'the registration to show as withdrawn',
    );
    expect(await banner.textContent()).toContain('The customer postponed the project to next year.');
    expect(await page.getByRole('button', { name: 'Withdraw' }).count()).toBe(0);
    await screenshot(page, 'registrations-07-withdrawn');
    await logOut(page);
  });

  it('extends protection once while the deal is active', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, first.email, DEMO_PASSWORD);
    await waitForPath(page, '/portal');
    await page.goto(`${baseUrl}${approvedPath}`);
    await page.getByRole('button', { name: 'Request extension' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Why do you need more time?').fill('Security review is scheduled for next month.');
    await dialog.getByRole('button', { name: 'Request extension' }).click();
    await dialog.waitFor({ state: 'detached' });
    const window = page.getByTestId('protection-window');
    await eventually(
      async () => (await window.textContent()) ?? '',
      (text) => text.includes('Extended'),
      'the protection to show as extended',
    );
    expect(await page.getByRole('button', { name: 'Request extension' }).count()).toBe(0);
    // Only once: the API refuses a second extension with a message the portal would show.
    const partner = await apiSession(first.email, DEMO_PASSWORD);
    const again = await partner<{ detail: string }>(
      'POST',
      `/api/registrations/${approvedPath.split('/').pop()}/extend`,
      {
        reason: 'Once more, please.',
      },
    );
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('already been extended');
  });
});
