import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import {
  choose,
  eventually,
  expectNoText,
  field,
  logIn,
  logOut,
  navigate,
  pathOf,
  skipAfterFirstFailure,
  waitForPath,
} from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

// Unique per run, so a rerun against a kept database never collides.
const run = Date.now().toString(36);
const PARTNER_NAME = `Fernwood Analytics ${run}`;
const PARTNER_ADMIN = {
  name: 'Priya Natarajan',
  email: `priya.${run}@fernwood.example`,
  password: 'fernwood-portal-2026',
};
const COLLEAGUE = {
  name: 'Jonas Berg',
  email: `jonas.${run}@fernwood.example`,
  password: 'fernwood-rep-2026!',
};

interface PartnerRef {
  id: string;
  name: string;
}

describe('a vendor admin onboards a partner, whose admin then works in the partner portal', () => {
  let browser: BrowserSession;
  let partner: PartnerRef;
  let otherPartner: PartnerRef;
  let inviteUrl: string;
  let colleagueInviteUrl: string;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipAfterFirstFailure();

  it('logs the vendor admin in to the console', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/login`);
    await screenshot(page, '01-login');
    await logIn(page, baseUrl, adminEmail, adminPassword);
    await waitForPath(page, '/console');
    await expect.poll(() => page.getByText('Vendor console', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, '02-console-home');
  });

  it('creates a partner from the partners page', async () => {
    const { page } = browser;
    await navigate(page, 'Partners');
    await waitForPath(page, '/console/partners');
    await page.getByRole('table').waitFor();
    await screenshot(page, '03-console-partners');

    await page.getByRole('button', { name: 'New partner' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Name').fill(PARTNER_NAME);
    await choose(page, dialog, 'Type', 'Systems integrator');
    await choose(page, dialog, 'Owner', 'Sofia Marchetti');
    await dialog.getByRole('button', { name: 'Add partner' }).click();

    const path = await waitForPath(page, /^\/console\/partners\/[0-9a-f-]{36}$/);
    partner = { id: path.split('/').pop()!, name: PARTNER_NAME };
    await expect.poll(() => page.getByRole('heading', { name: PARTNER_NAME }).isVisible()).toBe(true);
    await screenshot(page, '04-console-partner-detail');

    // Another organization of the demo program, which the partner's users must never see.
    const list = await page.request.get(`${baseUrl}/api/partners?limit=5&sort=name`);
    expect(list.status()).toBe(200);
    const { items } = (await list.json()) as { items: PartnerRef[] };
    otherPartner = items.find((p) => p.id !== partner.id)!;
    expect(otherPartner).toBeDefined();
  });

  it("invites the partner's admin from the partner's users tab", async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: /^Users/ }).click();
    await page
      .getByRole('button', { name: /Invite (the first )?user/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Name').fill(PARTNER_ADMIN.name);
    await field(dialog, 'Email').fill(PARTNER_ADMIN.email);
    await choose(page, dialog, 'Role', 'Partner admin');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    inviteUrl = ((await dialog.getByTestId('copy-value').textContent()) ?? '').trim();
    expect(inviteUrl).toMatch(new RegExp(`^${baseUrl}/accept-invite\\?token=`));
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  it('shows the other console pages', async () => {
    const { page } = browser;
    const pages: [string, string][] = [
      ['Accounts', '05-console-accounts'],
      ['Ideal partner profile', '06-console-ipp'],
      ['Users', '07-console-users'],
      ['API keys', '08-console-api-keys'],
      ['Audit log', '09-console-audit'],
    ];
    for (const [link, name] of pages) {
      await navigate(page, link);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await screenshot(page, name);
    }
    await logOut(page);
  });

  it('lets the invitee set a password, with errors shown at the fields', async () => {
    const { page } = browser;
    await page.goto(inviteUrl);
    await page.getByRole('button', { name: 'Set password' }).waitFor();
    await screenshot(page, '10-accept-invite');

    const password = field(page, 'Password');
    const confirmation = field(page, 'Confirm password');
    await password.fill('short');
    await confirmation.fill('short');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => page.getByText('Use at least 10 characters').isVisible()).toBe(true);
    expect(await password.getAttribute('aria-invalid')).toBe('true');

    await password.fill(PARTNER_ADMIN.password);
    await confirmation.fill(`${PARTNER_ADMIN.password}!`);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => page.getByText('The two passwords do not match').isVisible()).toBe(true);

    await confirmation.fill(PARTNER_ADMIN.password);
    await page.getByRole('button', { name: 'Set password' }).click();
    await waitForPath(page, '/login');
    await expect.poll(() => page.getByText('Your password is set').isVisible()).toBe(true);

    // The link works once.
    await page.goto(inviteUrl);
    await field(page, 'Password').fill(PARTNER_ADMIN.password);
    await field(page, 'Confirm password').fill(PARTNER_ADMIN.password);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => page.getByText('This invitation link does not work').isVisible()).toBe(true);
  });

  it('lands the partner admin in the portal, which shows only its own organization', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, PARTNER_ADMIN.email, PARTNER_ADMIN.password);
    await waitForPath(page, '/portal');
    await page.getByRole('heading', { name: 'Welcome, Priya' }).waitFor();
    await expect.poll(() => page.getByText('Partner portal', { exact: true }).isVisible()).toBe(true);

    const tier = page.getByTestId('tier-card');
    expect(await tier.textContent()).toContain('No tier yet');
    const manager = page.getByTestId('vendor-contact-card');
    expect(await manager.textContent()).toContain('Sofia Marchetti');
    expect(await manager.getByRole('link').getAttribute('href')).toMatch(/^mailto:.+@.+/);
    for (const task of ['profile', 'primary-contact', 'invite']) {
      expect(await page.getByTestId(`task-${task}`).isVisible(), `task ${task}`).toBe(true);
    }
    expect(await page.getByTestId('organization-card').textContent()).toContain(PARTNER_NAME);
    await screenshot(page, '11-portal-home');
    await expectNoText(page, otherPartner.name);

    const response = await page.request.get(`${baseUrl}/api/partners`);
    const body = (await response.json()) as { items: PartnerRef[] };
    expect(body.items.map((p) => p.id)).toEqual([partner.id]);
  });

  it('edits the profile and adds a primary contact; the tasks follow', async () => {
    const { page } = browser;
    await page.getByTestId('task-profile').getByRole('link', { name: 'Edit profile' }).click();
    await waitForPath(page, '/portal/organization');
    await page.getByRole('heading', { name: PARTNER_NAME }).waitFor();
    await screenshot(page, '12-portal-organization');

    await page.getByRole('button', { name: 'Edit profile' }).click();
    const form = page.getByRole('form', { name: 'Edit organization profile' });
    // A website the API refuses: its reason appears at the field.
    const website = field(form, 'Website');
    await website.fill('https://fernwood.invalid-suffix');
    await field(form, 'Country').fill('DE');
    await choose(page, form, 'Regions you cover', 'Europe, Middle East and Africa');
    await page.keyboard.press('Escape');
    const specializations = form.getByRole('combobox', { name: 'Specializations' });
    await specializations.fill('Data Platform');
    await specializations.press('Enter');
    await field(form, 'Description').fill('Data engineering and analytics for mid-size manufacturers.');
    await form.getByRole('button', { name: 'Save profile' }).click();
    await expect
      .poll(() => form.getByText('is not a domain name with a public suffix').isVisible())
      .toBe(true);
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, '13-portal-organization-edit');
    await website.fill('https://fernwood.example.com');
    await form.getByRole('button', { name: 'Save profile' }).click();
    await form.waitFor({ state: 'detached' });
    const profile = (await page.locator('#profile').textContent()) ?? '';
    expect(profile).toContain('https://fernwood.example.com');
    expect(profile).toContain('data-platform');
    expect(profile).toContain('Europe, Middle East and Africa');

    // The API's field errors appear at the field.
    await page.getByRole('button', { name: 'Add contact' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Name').fill(PARTNER_ADMIN.name);
    const email = field(dialog, 'Email');
    await email.fill('not-an-email');
    await field(dialog, 'Primary contact').check();
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await eventually(
      () => email.getAttribute('aria-invalid'),
      (value: string | null) => value === 'true',
      'the email field to be marked invalid',
    );
    await email.fill(PARTNER_ADMIN.email);
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await dialog.waitFor({ state: 'detached' });
    const contacts = page.locator('#contacts');
    await expect.poll(() => contacts.getByText(PARTNER_ADMIN.email).isVisible()).toBe(true);
    expect(await contacts.getByText('Primary', { exact: true }).isVisible()).toBe(true);

    await navigate(page, 'Home');
    await page.getByTestId('tasks-card').waitFor();
    expect(await page.getByTestId('task-profile').count()).toBe(0);
    expect(await page.getByTestId('task-primary-contact').count()).toBe(0);
    expect(await page.getByTestId('task-invite').isVisible()).toBe(true);
  });

  it('invites a colleague as a partner rep; the link is shown once', async () => {
    const { page } = browser;
    await page.getByTestId('task-invite').getByRole('link', { name: 'Invite users' }).click();
    await waitForPath(page, '/portal/users');
    await page.getByRole('table').getByText(PARTNER_ADMIN.email).waitFor();

    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Name').fill(COLLEAGUE.name);
    await field(dialog, 'Work email').fill(COLLEAGUE.email);
    await dialog.getByRole('button', { name: 'Create invitation' }).click();
    colleagueInviteUrl = await dialog.getByTestId('invite-url').inputValue();
    expect(colleagueInviteUrl).toMatch(new RegExp(`^${baseUrl}/accept-invite\\?token=`));
    expect(await dialog.getByText('shown only this once').isVisible()).toBe(true);
    await screenshot(page, '14-portal-invite-link');
    await dialog.getByRole('button', { name: 'Done' }).click();

    const row = page.getByRole('row').filter({ hasText: COLLEAGUE.email });
    await expect.poll(() => row.getByText('Invited').isVisible()).toBe(true);
    expect(await row.getByText('Partner rep').isVisible()).toBe(true);
    await screenshot(page, '15-portal-users');
    await logOut(page);
  });

  it('shows the partner rep the organization read-only, without the users page', async () => {
    const { page } = browser;
    await page.goto(colleagueInviteUrl);
    await field(page, 'Password').fill(COLLEAGUE.password);
    await field(page, 'Confirm password').fill(COLLEAGUE.password);
    await page.getByRole('button', { name: 'Set password' }).click();
    await waitForPath(page, '/login');
    await logIn(page, baseUrl, COLLEAGUE.email, COLLEAGUE.password);
    await waitForPath(page, '/portal');
    await page.getByRole('heading', { name: 'Welcome, Jonas' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await screenshot(page, '16-portal-home-rep');

    await navigate(page, 'My organization');
    await page.getByRole('heading', { name: PARTNER_NAME }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit profile' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add contact' }).count()).toBe(0);
    expect(
      await page.getByText('Only a partner admin of your organization can edit the profile.').isVisible(),
    ).toBe(true);

    await page.goto(`${baseUrl}/portal/users`);
    await page.getByText('Partner admins only').waitFor();
    await logOut(page);
  });

  it('lets the partner admin disable and re-enable a colleague', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, PARTNER_ADMIN.email, PARTNER_ADMIN.password);
    await waitForPath(page, '/portal');
    await navigate(page, 'Users');
    const row = page.getByRole('row').filter({ hasText: COLLEAGUE.email });
    await expect.poll(() => row.getByText('Active').isVisible()).toBe(true);

    await row.getByRole('button', { name: `Actions for ${COLLEAGUE.name}` }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Disable user' }).click();
    await expect.poll(() => row.getByText('Disabled').isVisible()).toBe(true);
    await row.getByRole('button', { name: `Actions for ${COLLEAGUE.name}` }).click();
    await page.getByRole('menuitem', { name: 'Re-enable' }).click();
    await expect.poll(() => row.getByText('Active').isVisible()).toBe(true);
  });

  it('creates an API key whose secret is shown once and works until revoked', async () => {
    const { page } = browser;
    await navigate(page, 'API keys');
    await waitForPath(page, '/portal/api-keys');
    await page.getByText('No API keys yet').waitFor();

    await page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Name').fill('CRM sync');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const secret = ((await dialog.getByTestId('api-key-secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^trk_/);
    expect(await dialog.getByText('Copy the secret now').isVisible()).toBe(true);
    await screenshot(page, '17-portal-api-key-secret');
    await dialog.getByRole('button', { name: 'I have copied it' }).click();

    // The key reads as the partner admin: its own organization only.
    const asKey = await fetch(`${baseUrl}/api/partners`, { headers: { authorization: `Bearer ${secret}` } });
    expect(asKey.status).toBe(200);
    expect(((await asKey.json()) as { items: PartnerRef[] }).items.map((p) => p.id)).toEqual([partner.id]);

    const row = page.getByRole('row').filter({ hasText: 'CRM sync' });
    await expect.poll(() => row.getByText('Active').isVisible()).toBe(true);
    await screenshot(page, '18-portal-api-keys');
    await row.getByRole('button', { name: 'Revoke CRM sync' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await expect.poll(() => row.getByText('Revoked').isVisible()).toBe(true);
    const revoked = await fetch(`${baseUrl}/api/partners`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(revoked.status).toBe(401);
  });

  it("does not show another partner's organization, in the portal or the console", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/portal/partners/${partner.id}`);
    await page.getByRole('heading', { name: PARTNER_NAME }).waitFor();

    await page.goto(`${baseUrl}/portal/partners/${otherPartner.id}`);
    await page.getByTestId('not-found').waitFor();
    await screenshot(page, '19-portal-other-partner-not-found');
    await expectNoText(page, otherPartner.name);
    const direct = await page.request.get(`${baseUrl}/api/partners/${otherPartner.id}`);
    expect(direct.status()).toBe(404);

    await page.goto(`${baseUrl}/console/partners/${otherPartner.id}`);
    await waitForPath(page, '/portal');
    await page.getByRole('heading', { name: 'Welcome, Priya' }).waitFor();
    await expectNoText(page, otherPartner.name);
  });

  it('logs out; the portal then asks to sign in again', async () => {
    const { page } = browser;
    await logOut(page);
    await page.goto(`${baseUrl}/portal/organization`);
    await waitForPath(page, '/login');
    expect(pathOf(page)).toBe('/login');
    expect(browser.pageErrors).toEqual([]);
  });
});
