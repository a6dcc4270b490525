import { type APIRequestContext, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-team.js';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import { eventually, field, logIn, navigate, skipAfterFirstFailure, waitForPath } from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

// Unique per run, so a rerun against a kept database never collides.
const run = Date.now().toString(36);
const CUSTOMER = `Quillon Freight ${run}`;
const WEBSITE = `https://www.quillon-freight-${run}.com`;
const VERSION_NAME = `Stricter auto-approval ${run}`;

interface Registration {
  id: string;
  status: string;
  partnerName: string;
  reason: string | null;
}
interface RuleSet {
  id: string | null;
  version: number;
  name: string;
  active: boolean;
  config: unknown;
}

/** An API session of its own (a cookie jar apart from the browser's), logged in as one user. */
async function apiSession(email: string, password: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: baseUrl });
  const response = await context.post('/api/auth/login', { data: { email, password } });
  expect(response.status(), `login of ${email}`).toBe(200);
  return context;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

function registrationBody(productLines: string[], amountMinor: number) {
  return {
    customerName: CUSTOMER,
    customerWebsite: WEBSITE,
    customerCountry: 'US',
    contactName: 'Ines Moreau',
    contactTitle: 'Head of Logistics IT',
    productLines,
    amountMinor,
    currency: 'USD',
    expectedClose: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    submit: true,
  };
}

describe('a partner manager reviews a registration conflict and tunes the rules of engagement', () => {
  let browser: BrowserSession;
  let admin: APIRequestContext;
  const partnerSessions: APIRequestContext[] = [];
  let previouslyActive: RuleSet;
  let first: Registration;
  let second: Registration;

  beforeAll(async () => {
    browser = await openBrowser();
    admin = await apiSession(adminEmail, adminPassword);
    const { items } = await json<{ items: RuleSet[] }>(await admin.get('/api/rule-sets'));
    previouslyActive = items.find((v) => v.active)!;
  });

  afterAll(async () => {
    // Later flows on the same server expect the policy that was active before this one changed it.
    if (admin && previouslyActive) {
      await admin.post('/api/rule-sets', {
        data: {
          name: `Restored after the review flow ${run}`,
          note: `Back to version ${previouslyActive.version}`,
          config: previouslyActive.config,
          activate: true,
        },
      });
    }
    for (const session of [admin, ...partnerSessions]) await session?.dispose();
    await browser?.close();
  });

  skipAfterFirstFailure();

  it('lets two partners register the same company; the second goes to review', async () => {
    // Two partner admins of different demo partners.
    const { items: users } = await json<{ items: { email: string; partnerId: string }[] }>(
      await admin.get('/api/users', {
        params: { kind: 'partner', role: 'partner_admin', status: 'active', sort: 'createdAt', limit: 50 },
      }),
    );
    const byPartner = new Map(users.map((u) => [u.partnerId, u]));
    const [userA, userB] = [...byPartner.values()];
    expect(userB, 'two demo partners with a partner admin').toBeDefined();

    const partnerA = await apiSession(userA!.email, DEMO_PASSWORD);
    const partnerB = await apiSession(userB!.email, DEMO_PASSWORD);
    partnerSessions.push(partnerA, partnerB);

    first = await json<Registration>(
      await partnerA.post('/api/registrations', { data: registrationBody(['Analytics'], 5_000_000) }),
    );
    expect(first.status).toBe('approved');

    second = await json<Registration>(
      await partnerB.post('/api/registrations', {
        data: registrationBody(['Analytics', 'Security'], 7_500_000),
      }),
    );
    expect(second.status).toBe('under_review');
    expect(second.reason).toContain('Another partner registered this account first');
    // The partner's reason never names the other partner.
    expect(second.reason).not.toContain(first.partnerName);
  });

  it('shows the registration in the review queue', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, adminEmail, adminPassword);
    await waitForPath(page, '/console');
    await navigate(page, 'Deal registrations');
    await waitForPath(page, '/console/registrations');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Review queue' }).getAttribute('aria-selected'))
      .toBe('true');
    // Newest first, so this run's registration is on the first page however long the queue is.
    await page.getByRole('button', { name: 'Sort by Registered' }).click();
    const row = page.getByRole('row').filter({ hasText: CUSTOMER });
    await row.waitFor();
    expect(await row.textContent()).toContain(second.partnerName);
    expect(await row.getByText('Under review').isVisible()).toBe(true);
    await page.getByRole('region', { name: 'Registrations by status' }).waitFor();
    await screenshot(page, 'console-registrations-queue');
    await row.getByRole('link', { name: CUSTOMER }).click();
    await waitForPath(page, `/console/registrations/${second.id}`);
  });

  it('shows the conflict side by side, naming the partner who registered first', async () => {
    const { page } = browser;
    const mine = page.getByTestId('this-registration');
    const conflict = page.getByTestId('conflict');
    await conflict.getByText(first.partnerName).waitFor();
    expect(await conflict.getByRole('heading', { name: 'Conflicting registration' }).isVisible()).toBe(true);
    expect(await mine.textContent()).toContain(second.partnerName);
    // The shared product line stands out on both sides; Security is only on this one.
    expect(await mine.locator('[data-shared]').allTextContents()).toEqual(['Analytics']);
    expect(await conflict.locator('[data-shared]').allTextContents()).toEqual(['Analytics']);
    expect(await conflict.textContent()).toContain('covers this registration');
    // What the rule saw: the rule, its version and the account match.
    const seen = page.getByRole('region', { name: 'What the rules saw' });
    expect(await seen.getByTestId('decision-rule').textContent()).toBe('Partner conflict');
    expect(await seen.textContent()).toContain('Website domain');
    await screenshot(page, 'console-registration-review');
  });

  it('approves it with a reason, from the keyboard', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const reason = field(dialog, 'Reason');
    // A reason is required.
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await eventually(
      () => reason.getAttribute('aria-invalid'),
      (value) => value === 'true',
      'the reason to be marked as missing',
    );
    await reason.fill('Different buying centre: security team, confirmed with both partners.');
    await reason.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2 }).locator('[data-status="approved"]').waitFor();
    expect(await page.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
    await page.getByTestId('latest-reason').getByText('Different buying centre').waitFor();

    const detail = await json<{ registration: Registration; decisions: { ruleId: string }[] }>(
      await admin.get(`/api/registrations/${second.id}`),
    );
    expect(detail.registration.status).toBe('approved');
    expect(detail.decisions.at(-1)?.ruleId).toBe('manager');
    await screenshot(page, 'console-registration-approved');
  });

  it('dry-runs a stricter automatic approval limit, then saves and activates it', async () => {
    const { page } = browser;
    await navigate(page, 'Rules of engagement');
    await waitForPath(page, '/console/rules');
    // A setting the API refuses is marked at its field, by the API's field path.
    const lookback = field(page.getByTestId('rule-direct-opportunity'), 'Look back (days)');
    await lookback.fill('');
    await page.getByRole('button', { name: 'Dry run', exact: true }).click();
    await eventually(
      () => lookback.getAttribute('aria-invalid'),
      (value) => value === 'true',
      "the look-back field to carry the API's error",
    );
    await lookback.fill('365');

    const autoApprove = page.getByTestId('rule-auto-approve');
    const limit = field(autoApprove, 'Approve automatically up to');
    await limit.fill('40000');

    await page.getByRole('button', { name: 'Dry run', exact: true }).click();
    const changed = page.getByTestId('dry-run-changed');
    await changed.waitFor();
    expect(Number((await changed.textContent())?.replace(/,/g, ''))).toBeGreaterThanOrEqual(1);
    // The first partner's automatic approval (USD 50,000) would now go to a manager.
    const result = page.getByTestId('dry-run-result');
    const changedRow = result
      .getByRole('row')
      .filter({ hasText: first.partnerName })
      .filter({ hasText: CUSTOMER });
    await changedRow.first().waitFor();
    expect(await changedRow.first().textContent()).toContain('above the automatic approval limit');
    await screenshot(page, 'console-rules-dry-run');

    await field(page, 'Version name').fill(VERSION_NAME);
    await field(page, 'Note').fill('Registrations above USD 40,000 get a manager review.');
    expect(await field(page, 'Activate now').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save as new version' }).click();
    const active = page.getByTestId('active-version');
    await eventually(
      async () => (await active.textContent()) ?? '',
      (text) => text.includes(VERSION_NAME),
      'the new version to be shown as active',
    );
    const history = page.getByRole('region', { name: 'Version history' });
    const activeRow = history.getByRole('row').filter({ has: page.getByTestId('active-version-badge') });
    expect(await activeRow.textContent()).toContain(VERSION_NAME);
    await screenshot(page, 'console-rules-saved');

    const current = await json<
      RuleSet & { config: { rules: { id: string; maxAmountMinor?: number | null }[] } }
    >(await admin.get('/api/rule-sets/active'));
    expect(current.name).toBe(VERSION_NAME);
    expect(current.config.rules.find((r) => r.id === 'auto-approve')?.maxAmountMinor).toBe(4_000_000);
    expect(browser.pageErrors).toEqual([]);
  });
});
