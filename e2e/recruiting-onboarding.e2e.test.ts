import { type APIRequestContext, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import {
  choose,
  eventually,
  field,
  logIn,
  navigate,
  skipAfterFirstFailure,
  waitForPath,
} from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

// Unique per run, so a rerun against a kept database never collides.
const run = Date.now().toString(36);
const PROSPECT = `Fenwick Systems ${run}`;
const PROSPECT_DOMAIN = `fenwick-${run}.com`;
const REJECTED = `Quarry Digital ${run}`;
const DUPLICATE = `Fenwick Systems Europe ${run}`;
const REJECT_REASON = `No coverage in our target regions (${run})`;
const STEP_NOTE = `Kick-off held with their sales team (${run})`;
const TEMPLATE_NAME = `Partner type checklist ${run}`;
const NEW_STEP = `Reference customer call ${run}`;

interface Application {
  id: string;
  status: string;
  partnerId: string | null;
  duplicateOf: { kind: string; id: string } | null;
}
interface OnboardingDetail {
  onboarding: { done: number; total: number };
  steps: { id: string; title: string; done: boolean; note: string | null }[];
}

/** An API session of its own (a cookie jar apart from the browser's), logged in as the admin. */
async function apiSession(): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: baseUrl });
  const response = await context.post('/api/auth/login', {
    data: { email: adminEmail, password: adminPassword },
  });
  expect(response.status(), 'admin login').toBe(200);
  return context;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

function prospectBody(companyName: string, domain: string) {
  return {
    companyName,
    website: `https://www.${domain}`,
    type: 'reseller',
    regions: ['NA'],
    contactName: 'Kim Prospect',
    contactEmail: `kim@${domain}`,
  };
}

describe('a vendor admin recruits a partner on the board and follows its onboarding', () => {
  let browser: BrowserSession;
  let admin: APIRequestContext;
  let prospect: Application;
  let partnerId: string;

  beforeAll(async () => {
    browser = await openBrowser();
    admin = await apiSession();
  });

  afterAll(async () => {
    await admin?.dispose();
    await browser?.close();
  });

  skipAfterFirstFailure();

  it('adds a prospect by hand and sees it on the board with its fit', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, adminEmail, adminPassword);
    await waitForPath(page, '/console');
    await navigate(page, 'Recruiting');
    await waitForPath(page, '/console/recruiting');
    await page.getByTestId('board-column-applied').waitFor();

    await page.getByRole('button', { name: 'Add prospect' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add prospect' });
    await field(dialog, 'Company').fill(PROSPECT);
    await choose(page, dialog, 'Partner type', 'Reseller');
    await field(dialog, 'Website').fill(`https://${PROSPECT_DOMAIN}`);
    await field(dialog, 'Contact name').fill('Robin Fenwick');
    await field(dialog, 'Contact email').fill(`robin@${PROSPECT_DOMAIN}`);
    // Enter submits the form.
    await field(dialog, 'Contact email').press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    // The new application opens in the drawer, with its history.
    const detail = page.getByTestId('application-detail');
    await detail.getByRole('heading', { name: PROSPECT, exact: true }).waitFor();
    expect(await detail.getByText('Added by vendor staff').isVisible()).toBe(true);
    const { items } = await json<{ items: Application[] }>(
      await admin.get('/api/partner-applications', { params: { q: PROSPECT_DOMAIN } }),
    );
    expect(items).toHaveLength(1);
    prospect = items[0]!;
    expect(prospect.status).toBe('applied');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });

    // Searching narrows the board to this run's prospect.
    await field(page.getByRole('search', { name: 'Filter applications' }), 'Search').fill(PROSPECT);
    const card = page
      .getByTestId('board-column-applied')
      .getByRole('article', { name: PROSPECT, exact: true });
    await card.waitFor();
    expect(await card.getByLabel(/^IPP fit \d+ of 100$/).count()).toBeGreaterThan(0);
    await screenshot(page, 'console-recruiting-board');
  });

  it('moves the card to qualified from the board, then on through the drawer to a partner', async () => {
    const { page } = browser;
    await page
      .getByTestId('board-column-applied')
      .getByRole('button', { name: `Move ${PROSPECT} to qualified` })
      .click();
    const qualifiedCard = page
      .getByTestId('board-column-qualified')
      .getByRole('article', { name: PROSPECT, exact: true });
    await qualifiedCard.waitFor();

    await qualifiedCard.getByRole('button', { name: PROSPECT, exact: true }).click();
    const detail = page.getByTestId('application-detail');
    await detail.getByRole('button', { name: 'Move to agreement sent' }).click();
    await detail.getByRole('button', { name: 'Move to signed' }).click();

    const confirm = page.getByRole('dialog', { name: `Move ${PROSPECT} to signed?` });
    expect(await confirm.textContent()).toContain('a partner');
    await confirm.getByRole('button', { name: 'Move to signed' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await detail.getByText('Now a partner').waitFor();

    await detail.getByRole('button', { name: 'Move to onboarding' }).click();
    const confirmOnboarding = page.getByRole('dialog', { name: `Move ${PROSPECT} to onboarding?` });
    await confirmOnboarding.getByRole('button', { name: 'Move to onboarding' }).click();
    await confirmOnboarding.waitFor({ state: 'hidden' });
    await detail.getByRole('link', { name: 'Open checklist' }).waitFor();

    const history = detail.getByTestId('application-history');
    await eventually(
      async () => (await history.textContent()) ?? '',
      (text) => text.includes('Signed → Onboarding'),
      'the onboarding move in the history',
    );
    for (const move of ['Applied → Qualified', 'Qualified → Agreement sent', 'Agreement sent → Signed']) {
      expect(await history.textContent()).toContain(move);
    }
    const { application: moved } = await json<{ application: Application }>(
      await admin.get(`/api/partner-applications/${prospect.id}`),
    );
    expect(moved.status).toBe('onboarding');
    expect(moved.partnerId).toBeTruthy();
    partnerId = moved.partnerId!;
    await screenshot(page, 'console-recruiting-application');

    await detail.getByRole('link', { name: 'Open partner page' }).click();
    await waitForPath(page, `/console/partners/${partnerId}`);
    await page.getByRole('heading', { name: PROSPECT, exact: true }).waitFor();
  });

  it('warns about a later application from the same company, linking to the partner', async () => {
    const { page } = browser;
    const duplicate = await json<Application>(
      await admin.post('/api/partner-applications', { data: prospectBody(DUPLICATE, PROSPECT_DOMAIN) }),
    );
    expect(duplicate.duplicateOf).toMatchObject({ kind: 'partner', id: partnerId });
    await page.goto(`${baseUrl}/console/recruiting?application=${duplicate.id}`);
    const warning = page.getByTestId('duplicate-warning');
    await warning.waitFor();
    expect(await warning.getByRole('link', { name: PROSPECT, exact: true }).getAttribute('href')).toBe(
      `/console/partners/${partnerId}`,
    );
    await page.keyboard.press('Escape');
  });

  it('rejects another prospect with a reason, shown in the rejected list', async () => {
    const { page } = browser;
    const domain = `quarry-${run}.com`;
    const other = await json<Application>(
      await admin.post('/api/partner-applications', { data: prospectBody(REJECTED, domain) }),
    );
    await page.goto(`${baseUrl}/console/recruiting?q=${encodeURIComponent(REJECTED)}`);
    const card = page
      .getByTestId('board-column-applied')
      .getByRole('article', { name: REJECTED, exact: true });
    await card.waitFor();
    await card.getByRole('button', { name: `More actions for ${REJECTED}` }).click();
    await page.getByRole('menuitem', { name: 'Reject…' }).click();

    const dialog = page.getByRole('dialog', { name: `Reject ${REJECTED}` });
    // A reason is required.
    await dialog.getByRole('button', { name: 'Reject application' }).click();
    await dialog.getByText(/Write a reason/).waitFor();
    await field(dialog, 'Reason for rejecting').fill(REJECT_REASON);
    await dialog.getByRole('button', { name: 'Reject application' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: /^Rejected/ }).click();
    const row = page.getByRole('row').filter({ hasText: REJECTED });
    await row.waitFor();
    expect(await row.textContent()).toContain(REJECT_REASON);
    await screenshot(page, 'console-recruiting-rejected');

    await row.getByRole('button', { name: REJECTED, exact: true }).click();
    const reason = page.getByTestId('rejection-reason');
    await reason.waitFor();
    expect(await reason.textContent()).toContain(REJECT_REASON);
    const saved = await json<{ application: Application }>(
      await admin.get(`/api/partner-applications/${other.id}`),
    );
    expect(saved.application.status).toBe('rejected');
    await page.keyboard.press('Escape');
  });

  it("shows the new partner's onboarding and lets the admin tick a manual step", async () => {
    const { page } = browser;
    await navigate(page, 'Onboarding');
    await waitForPath(page, '/console/onboarding');
    await page.getByTestId('kpi-in-onboarding').waitFor();
    await page.getByRole('region', { name: 'Time to first revenue' }).waitFor();

    // Newest first by default, so this run's partner is on the first page.
    const row = page.getByRole('row').filter({ hasText: PROSPECT });
    await row.waitFor();
    expect(await row.textContent()).toContain('In progress');
    const before = await json<OnboardingDetail>(await admin.get(`/api/partners/${partnerId}/onboarding`));
    await screenshot(page, 'console-onboarding-progress');

    await row.getByRole('button', { name: PROSPECT, exact: true }).click();
    const checklist = page.getByTestId('onboarding-checklist');
    await checklist.waitFor();
    const tick = checklist.getByRole('button', { name: /^Mark done: / }).first();
    const label = (await tick.getAttribute('aria-label')) ?? '';
    const title = label.replace(/^Mark done: /, '');
    await tick.click();

    const dialog = page.getByRole('dialog', { name: `Mark “${title}” done` });
    await field(dialog, 'Note').fill(STEP_NOTE);
    await dialog.getByRole('button', { name: 'Mark done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const step = checklist.getByTestId('checklist-step').filter({ hasText: title });
    await eventually(
      () => step.getAttribute('data-done'),
      (done) => done === 'true',
      `the step "${title}" done`,
    );
    expect(await step.textContent()).toContain(STEP_NOTE);
    await screenshot(page, 'console-onboarding-checklist');

    const after = await json<OnboardingDetail>(await admin.get(`/api/partners/${partnerId}/onboarding`));
    expect(after.steps.find((s) => s.title === title)).toMatchObject({ done: true, note: STEP_NOTE });
    expect(after.onboarding.done).toBe(before.onboarding.done + 1);
  });

  it('shows the checklist templates, and creates and deletes one for a partner type', async () => {
    const { page } = browser;
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Checklist templates' }).click();
    const templates = page.getByTestId('onboarding-template');
    await templates.first().waitFor();
    expect(await templates.first().textContent()).toContain('Default for every other type');
    await screenshot(page, 'console-onboarding-templates');

    const newChecklist = page.getByRole('button', { name: 'New checklist for a type' });
    if (!(await newChecklist.isVisible())) {
      // Every partner type has a checklist of its own already: open the default's editor and leave it as it was.
      await templates
        .first()
        .getByRole('button', { name: /^Edit / })
        .click();
      const editor = page.getByRole('dialog', { name: /^Edit / });
      await field(editor, 'Step 1 title').waitFor();
      await editor.getByRole('button', { name: 'Cancel' }).click();
      await editor.waitFor({ state: 'hidden' });
      return;
    }
    await newChecklist.click();
    const dialog = page.getByRole('dialog', { name: 'New checklist for a partner type' });
    await field(dialog, 'Name').fill(TEMPLATE_NAME);
    const steps = await dialog.getByRole('group', { name: /^Step \d+$/ }).count();
    await dialog.getByRole('button', { name: 'Add step' }).click();
    const n = steps + 1;
    // An empty title is refused by the API and shown at the field.
    await dialog.getByRole('button', { name: 'Create checklist' }).click();
    await eventually(
      () => field(dialog, `Step ${n} title`).getAttribute('aria-invalid'),
      (invalid) => invalid === 'true',
      'the error at the new step title',
    );
    await field(dialog, `Step ${n} title`).fill(NEW_STEP);
    expect(await field(dialog, `Step ${n} key`).inputValue()).toBe(`reference_customer_call_${run}`);
    await dialog.getByRole('button', { name: `Move step ${n} up` }).click();
    expect(await field(dialog, `Step ${n - 1} title`).inputValue()).toBe(NEW_STEP);
    await dialog.getByRole('button', { name: 'Create checklist' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const created = page.getByRole('region', { name: TEMPLATE_NAME, exact: true });
    await created.waitFor();
    expect(await created.textContent()).toContain(NEW_STEP);
    // Removed again, so later flows on this server get the checklists they expect.
    await created.getByRole('button', { name: `Delete ${TEMPLATE_NAME}` }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${TEMPLATE_NAME}?` });
    await confirm.getByRole('button', { name: 'Delete checklist' }).click();
    await created.waitFor({ state: 'detached' });
  });
});
