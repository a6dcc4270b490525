import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TEAM, teamEmail } from '../src/demo/demo-team.js';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import {
  choose,
  eventually,
  expectNoText,
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
const DEAL_NAME = `Co-sell platform rollout ${run}`;
const SHARED_NOTE = `Customer wants a joint workshop in two weeks (${run})`;
const INTERNAL_NOTE = `Internal: discount ceiling is 18 percent (${run})`;
const TASK_TITLE = `Send the security questionnaire ${run}`;
const LATE_TASK_TITLE = `Confirm the budget owner ${run}`;
const NEXT_STEPS = `Partner runs the proof of concept on site next Tuesday (${run})`;
const TOUCH_NOTE = `Demo for the CFO's team (${run})`;
const OFFER_LISTING = `Larkspur Analytics Enterprise ${run}`;
const WIN_REASON = 'Partner-led proof of concept convinced the CIO';

const rep = DEMO_TEAM.find((member) => member.key === 'rep-na-1')!;
const REP = { name: `${rep.first} ${rep.last}`, email: teamEmail(rep) };

interface PartnerUser {
  email: string;
  name: string;
  partnerId: string;
}

/** Reads as the admin over the API (outside the browser), to find demo data the flow works with. */
async function adminApi() {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async <T>(path: string): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };
}

const yesterday = () => {
  const date = new Date();
  date.setDate(date.getDate() - 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

describe('a vendor rep and a partner rep co-sell one deal', () => {
  let browser: BrowserSession;
  let partnerUser: PartnerUser;
  let partnerName: string;
  let accountName: string;
  let dealPath: string;

  beforeAll(async () => {
    browser = await openBrowser();
    const get = await adminApi();
    const users = await get<{ items: (PartnerUser & { status: string })[] }>(
      '/api/users?role=partner_rep&status=active&kind=partner&sort=createdAt&limit=1',
    );
    partnerUser = users.items[0]!;
    expect(partnerUser, 'the demo has an active partner rep').toBeDefined();
    partnerName = (await get<{ name: string }>(`/api/partners/${partnerUser.partnerId}`)).name;
    const accounts = await get<{ items: { name: string }[] }>('/api/accounts?sort=name&limit=1');
    accountName = accounts.items[0]!.name;
  });

  afterAll(async () => {
    await browser?.close();
  });

  // What the page showed when a step failed, to read next to the error.
  skipAfterFirstFailure(async () => {
    if (browser) await screenshot(browser.page, 'deal-failure');
  });

  it('lets the sales rep add an opportunity from the deals page', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, REP.email, DEMO_PASSWORD);
    await waitForPath(page, '/console');
    await navigate(page, 'Deals');
    await waitForPath(page, '/console/deals');
    await page.getByRole('table', { name: 'Deals', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Open pipeline by stage' }).waitFor();
    await screenshot(page, 'deal-00-console-deals');

    await page.getByRole('button', { name: 'New opportunity' }).click();
    const dialog = page.getByRole('dialog');
    const account = dialog.getByRole('combobox', { name: 'Account', exact: true });
    await account.fill(accountName.slice(0, 6));
    await page.getByRole('option', { name: accountName }).first().click();
    await field(dialog, 'Opportunity name').fill(DEAL_NAME);
    // A third decimal is refused at the field, before anything is sent.
    await field(dialog, 'Amount').fill('125000.555');
    const productLines = dialog.getByRole('combobox', { name: 'Product lines', exact: true });
    await productLines.fill('Analytics');
    await productLines.press('Enter');
    await choose(page, dialog, 'Stage', 'Qualification');
    await dialog.getByRole('button', { name: 'Add opportunity' }).click();
    await expect.poll(() => dialog.getByText('USD amounts have at most 2 decimals').isVisible()).toBe(true);
    await field(dialog, 'Amount').fill('125000');
    await screenshot(page, 'deal-01-new-opportunity');
    await dialog.getByRole('button', { name: 'Add opportunity' }).click();

    dealPath = await waitForPath(page, /^\/console\/deals\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: DEAL_NAME }).waitFor();
    expect(await page.getByTestId('deal-amount').textContent()).toBe('$125,000.00');
    expect(await page.getByTestId('deal-stage').getAttribute('data-stage')).toBe('qualification');
    expect(await page.getByTestId('deal-partners').textContent()).toContain('No partners on this deal');
  });

  it('puts the partner on the deal and adds notes and tasks', async () => {
    const { page } = browser;
    const partners = page.getByTestId('deal-partners');
    await partners.getByRole('button', { name: 'Add partner' }).click();
    const form = page.getByRole('form', { name: 'Add a partner to the deal' });
    await form.getByRole('combobox', { name: 'Partner', exact: true }).fill(partnerName);
    await page.getByRole('option', { name: partnerName, exact: true }).click();
    await choose(page, form, 'Role on the deal', 'Influencing');
    await form.getByRole('button', { name: 'Add to deal' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => partners.getByText(partnerName).isVisible()).toBe(true);
    expect(await partners.textContent()).toContain('Influencing');

    const notes = page.getByTestId('deal-notes');
    const note = (text: string) => notes.getByTestId('deal-note').filter({ hasText: text });
    await field(notes, 'New note').fill(SHARED_NOTE);
    await notes.getByRole('button', { name: 'Add note' }).click();
    await note(SHARED_NOTE).waitFor();
    await field(notes, 'New note').fill(INTERNAL_NOTE);
    await notes.getByRole('checkbox', { name: /^Internal/ }).check();
    await notes.getByRole('button', { name: 'Add note' }).click();
    await note(INTERNAL_NOTE).waitFor();
    expect(await note(INTERNAL_NOTE).textContent()).toContain('Internal');
    expect(await note(SHARED_NOTE).textContent()).not.toContain('Internal');

    const tasks = page.getByTestId('deal-tasks');
    await field(tasks, 'New task').fill(TASK_TITLE);
    await tasks.getByRole('button', { name: 'Add task' }).click();
    await tasks.getByTestId('deal-task').filter({ hasText: TASK_TITLE }).waitFor();
    // A task past its due date stands out.
    await field(tasks, 'New task').fill(LATE_TASK_TITLE);
    await field(tasks, 'Due date').fill(yesterday());
    await choose(page, tasks, 'Assignee', 'Me');
    await tasks.getByRole('button', { name: 'Add task' }).click();
    const late = tasks.getByTestId('deal-task').filter({ hasText: LATE_TASK_TITLE });
    await late.waitFor();
    expect(await late.getAttribute('data-overdue')).toBe('true');
    expect(await late.textContent()).toContain(`For ${REP.name}`);
    expect(await late.getByText('Overdue', { exact: true }).isVisible()).toBe(true);

    // The stage moves inline; the timeline records it.
    await choose(page, page.locator('main'), 'Stage', 'Proposal');
    await eventually(
      () => page.getByTestId('deal-stage').getAttribute('data-stage'),
      (stage) => stage === 'proposal',
      'the stage badge to show proposal',
    );

    // A marketplace private offer sold through the partner (CPPO), drafted and then sent.
    const offers = page.getByTestId('deal-offers');
    await offers.getByRole('button', { name: 'New offer' }).click();
    const offerForm = page.getByRole('form', { name: 'New private offer' });
    await field(offerForm, 'Listing').fill(OFFER_LISTING);
    await field(offerForm, 'Price').fill('96000');
    await field(offerForm, 'Terms').fill('Annual upfront payment, 250 seats');
    await offerForm.getByRole('checkbox', { name: /^Channel partner private offer/ }).check();
    await choose(page, offerForm, 'Channel partner', partnerName);
    await screenshot(page, 'deal-02-private-offer-dialog');
    await offerForm.getByRole('button', { name: 'Save as draft' }).click();
    await offerForm.waitFor({ state: 'detached' });
    const offer = offers.getByTestId('private-offer').filter({ hasText: OFFER_LISTING });
    await offer.waitFor();
    expect(await offer.getByTestId('cppo-badge').textContent()).toBe(`CPPO via ${partnerName}`);
    await offer.getByRole('button', { name: 'Mark sent' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark sent' }).click();
    await expect.poll(() => offer.getByText('Sent', { exact: true }).isVisible()).toBe(true);

    const activity = page.getByTestId('deal-activity');
    await expect
      .poll(() => activity.getByText(`${partnerName} joined the deal`, { exact: false }).isVisible())
      .toBe(true);
    await screenshot(page, 'deal-03-console-deal');
    await logOut(page);
  });

  it("shows the partner rep the deal in the portal, without the vendor's internal note", async () => {
    const { page } = browser;
    await logIn(page, baseUrl, partnerUser.email, DEMO_PASSWORD);
    await waitForPath(page, '/portal');
    await navigate(page, 'Deals');
    await waitForPath(page, '/portal/deals');
    const row = page.getByRole('row').filter({ hasText: DEAL_NAME });
    await row.waitFor();
    expect(await row.textContent()).toContain('Influencing');
    await screenshot(page, 'deal-04-portal-deals');
    await row.getByRole('link', { name: DEAL_NAME }).click();

    await waitForPath(page, dealPath.replace('/console/', '/portal/'));
    await page.getByRole('heading', { name: DEAL_NAME }).waitFor();
    await page.getByTestId('deal-note').filter({ hasText: SHARED_NOTE }).waitFor();
    await page.getByTestId('deal-task').filter({ hasText: TASK_TITLE }).waitFor();
    const offer = page.getByTestId('private-offer').filter({ hasText: OFFER_LISTING });
    expect(await offer.textContent()).toContain(`CPPO via ${partnerName}`);
    expect(await offer.textContent()).toContain('$96,000.00');
    expect(await offer.getByRole('button').count()).toBe(0);
    await expectNoText(page, INTERNAL_NOTE);
    await expectNoText(page, 'Internal note added');
    // The vendor's sales actions are not offered to a partner.
    for (const action of ['Close won', 'Close lost', 'Edit deal', 'Add partner', 'New offer'])
      expect(await page.getByRole('button', { name: action }).count(), action).toBe(0);
    // … nor does the API let a partner change more than the next steps.
    const refused = await page.request.patch(`${baseUrl}/api/deals/${dealPath.split('/').pop()}`, {
      data: { amountMinor: 1 },
    });
    expect(refused.status()).toBe(403);
  });

  it('lets the partner rep update the next steps and record a touchpoint', async () => {
    const { page } = browser;
    const nextSteps = page.getByTestId('next-steps');
    await nextSteps.getByRole('button', { name: 'Add next steps' }).click();
    await field(nextSteps, 'Next steps').fill(NEXT_STEPS);
    await nextSteps.getByRole('button', { name: 'Save next steps' }).click();
    await expect.poll(() => nextSteps.getByTestId('next-steps-text').textContent()).toBe(NEXT_STEPS);

    const touchpoints = page.getByTestId('deal-touchpoints');
    await touchpoints.getByRole('button', { name: 'Record touchpoint' }).click();
    const form = page.getByRole('form', { name: 'Record a touchpoint' });
    expect(await field(form, 'Partner').inputValue()).toBe(partnerName);
    await choose(page, form, 'What happened', 'Demo');
    await field(form, 'Note').fill(TOUCH_NOTE);
    await form.getByRole('button', { name: 'Record touchpoint' }).click();
    await form.waitFor({ state: 'detached' });
    const touch = touchpoints.getByTestId('deal-touchpoint').filter({ hasText: TOUCH_NOTE });
    await touch.waitFor();
    expect(await touch.textContent()).toContain('Demo');
    await screenshot(page, 'deal-05-portal-deal');
    await logOut(page);
  });

  it('lets the sales rep close the deal won and see the co-sell credit', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, REP.email, DEMO_PASSWORD);
    await waitForPath(page, '/console');
    await page.goto(`${baseUrl}${dealPath}`);
    await page.getByRole('heading', { name: DEAL_NAME }).waitFor();
    await expect.poll(() => page.getByTestId('next-steps-text').textContent()).toBe(NEXT_STEPS);
    expect(await page.getByTestId('deal-touchpoints').textContent()).toContain(TOUCH_NOTE);

    await page.getByRole('button', { name: 'Close won' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Close won' }).click();
    await expect.poll(() => dialog.getByText('Say why, in a sentence').isVisible()).toBe(true);
    await field(dialog, 'Why did we win?').fill(WIN_REASON);
    await screenshot(page, 'deal-06-close-won-dialog');
    await dialog.getByRole('button', { name: 'Close won' }).click();
    await dialog.waitFor({ state: 'detached' });

    await eventually(
      () => page.getByTestId('deal-stage').getAttribute('data-stage'),
      (stage) => stage === 'closed_won',
      'the stage badge to show closed won',
    );
    expect(await page.getByTestId('deal-stage').textContent()).toBe('Closed won');
    const credit = page.getByTestId('rep-credit');
    await credit.waitFor();
    const text = (await credit.textContent()) ?? '';
    expect(text).toContain(REP.name);
    expect(text).toContain('$125,000.00');
    expect(text).toContain(partnerName);
    expect(await page.getByTestId('deal-activity').textContent()).toContain(WIN_REASON);
    expect(await page.getByRole('button', { name: 'Close won' }).count()).toBe(0);
    await screenshot(page, 'deal-07-console-deal-won');

    await navigate(page, 'Deals');
    await page.getByRole('table', { name: 'Deals', exact: true }).waitFor();
    await screenshot(page, 'deal-08-console-deals-pipeline');
    await page
      .getByRole('search', { name: 'Filter deals' })
      .locator('label', { hasText: /^Closed$/ })
      .click();
    await field(page, 'Search').fill(run);
    const row = page.getByRole('row').filter({ hasText: DEAL_NAME });
    await row.waitFor();
    expect(await row.textContent()).toContain('Closed won');
  });
});
