import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-team.js';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import { eventually, field, logIn, skipAfterFirstFailure, waitForPath } from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

const run = Date.now().toString(36);
const TEMPLATE = `Spring security offer ${run}`;
const SCRIPT = '<script>window.__pwned=1</script>';
const IMAGE = '<img src=x onerror="window.__pwned=1">';
const OFFER = `Save 20% ${SCRIPT} ${IMAGE}`;
const CAMPAIGN_PAGE = /^\/portal\/campaigns\/[0-9a-f-]{36}$/;

type Call = <T>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;

async function apiSession(email: string, password: string): Promise<Call> {
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
  return async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
}

describe('a partner co-brands a campaign whose offer text tries to run script', () => {
  let browser: BrowserSession;
  let partnerEmail: string;
  let publicUrl: string;

  beforeAll(async () => {
    const admin = await apiSession(adminEmail, adminPassword);
    const users = await admin<{ items: Array<{ email: string; partnerId: string | null }> }>(
      'GET',
      '/api/users?role=partner_admin&status=active&sort=createdAt&limit=50',
    );
    partnerEmail = users.body.items.find((u) => u.partnerId)!.email;
    const template = await admin<{ id: string }>('POST', '/api/marketing/templates', {
      name: TEMPLATE,
      kind: 'landing_page',
      description: 'A landing page for the end-to-end flow',
      subject: 'Security with {{partner.name}}',
      body: '# Security with {{partner.name}}\n\n**Offer:** {{offer}}\n\nAsk {{contact.name}} at {{contact.email}}.',
      ctaUrl: null,
      ctaLabel: 'Talk to us',
      defaultOffer: 'A free review',
      heroImageFileId: null,
      audience: { partnerTypes: [], tiers: [] },
      productLines: ['Security'],
    });
    expect(template.status).toBe(201);
    expect((await admin('POST', `/api/marketing/templates/${template.body.id}/publish`)).status).toBe(200);
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipAfterFirstFailure(() => screenshot(browser.page, 'co-branded-campaign-failure'));

  it('personalizes the offer, previews it as text in a sandboxed frame, and launches', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, partnerEmail, DEMO_PASSWORD);
    await waitForPath(page, '/portal');
    await page.goto(`${baseUrl}/portal/campaigns`);
    await page.getByRole('button', { name: `Use the template ${TEMPLATE}` }).click();
    await waitForPath(page, CAMPAIGN_PAGE);
    await field(page, 'Offer text').fill(OFFER);
    await field(page, 'Contact name').fill('Rita Partner');
    await field(page, 'Contact email').fill('rita.partner@example.com');
    await page.getByRole('button', { name: 'Save and preview' }).click();
    const frame = page.frameLocator('[data-testid="asset-preview"]');
    await frame.getByText(SCRIPT, { exact: false }).waitFor();
    expect(await frame.locator('body').textContent()).toContain(IMAGE);
    expect(await page.locator('[data-testid="asset-preview"]').getAttribute('sandbox')).toBe('');
    await page.getByRole('button', { name: 'Launch', exact: true }).click();
    const link = page.getByTestId('public-url');
    await link.waitFor();
    publicUrl = (await link.getAttribute('href'))!;
    expect(publicUrl).toMatch(/\/c\/[A-Za-z0-9_-]+$/);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });

  it('shows the offer literally on the public landing page, runs none of it, and takes a lead', async () => {
    const { page } = browser;
    await page.goto(publicUrl);
    const body = page.locator('body');
    await eventually(
      () => body.textContent(),
      (text) => Boolean(text?.includes(SCRIPT)),
      'the offer text',
    );
    expect(await body.textContent()).toContain(IMAGE);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('main script, main img[src="x"]').count()).toBe(0);
    await field(page, 'Your name').fill('Carl Customer');
    await field(page, 'Work email').fill(`carl.${run}@northwind-example.com`);
    await field(page, 'Company').fill('Northwind Example');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you! We received your details').waitFor();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });
});
