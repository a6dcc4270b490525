import { readFile } from 'node:fs/promises';
import { type APIRequestContext, request } from 'playwright-core';
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

const TIERED_STAGES = ['onboarding', 'active', 'at_risk'];

interface TierDefinition {
  key: string;
  name: string;
  rank: number;
  criteria: { metric: string; min: number }[];
  benefits: Record<string, number>;
}
interface TierProgram {
  demotionGraceDays: number;
  promotionNeedsApproval: boolean;
  currency: string;
  exchangeRates: Record<string, number>;
  tiers: TierDefinition[];
  updatedAt: string | null;
}

const benefits = (discountPercent: number, protectionDays: number) => ({
  discountPercent,
  protectionDays,
  mdfSharePercent: discountPercent / 10,
  leadPriorityWeight: protectionDays / 60,
});

/**
 * The program this flow works on, whatever the demo set up: an entry tier every partner meets and two
 * tiers far above any demo partner, so a partner below Gold that is evaluated here holds Silver with
 * Gold ahead; Platinum also asks for a custom metric.
 */
const PROGRAM = {
  demotionGraceDays: 90,
  promotionNeedsApproval: false,
  currency: 'USD',
  exchangeRates: { EUR: 1.08, GBP: 1.27 },
  tiers: [
    { key: 'silver', name: 'Silver', rank: 1, criteria: [], benefits: benefits(10, 60) },
    {
      key: 'gold',
      name: 'Gold',
      rank: 2,
      criteria: [
        { metric: 'sourcedRevenueMinor', min: 90_000_000_00 },
        { metric: 'wonDeals', min: 400 },
        { metric: 'certifiedPeople', min: 2 },
      ],
      benefits: benefits(20, 90),
    },
    {
      key: 'platinum',
      name: 'Platinum',
      rank: 3,
      criteria: [
        { metric: 'sourcedRevenueMinor', min: 500_000_000_00 },
        { metric: 'wonDeals', min: 900 },
        { metric: 'custom:joint-webinars', min: 3 },
      ],
      benefits: benefits(30, 120),
    },
  ],
};

interface Progress {
  tier: string | null;
  demotionWarnedAt: string | null;
  nextTier: { key: string; name: string; criteria: { met: boolean; skipped: boolean }[] } | null;
}

const tierNameOf = (key: string | null) => PROGRAM.tiers.find((t) => t.key === key)?.name ?? key ?? 'No tier';

async function apiSession(email: string, password: string): Promise<APIRequestContext | null> {
  const context = await request.newContext({ baseURL: baseUrl });
  const response = await context.post('/api/auth/login', { data: { email, password } });
  if (response.status() === 200) return context;
  await context.dispose();
  return null;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

describe('a vendor admin tunes the tier program and previews it; a partner sees its tier', () => {
  let browser: BrowserSession;
  let admin: APIRequestContext;
  let original: TierProgram;
  let partnerUser: { email: string; partnerId: string; partnerName: string };
  let evaluatedAction: string;
  let progress: Progress;

  beforeAll(async () => {
    browser = await openBrowser();
    admin = (await apiSession(adminEmail, adminPassword))!;
    original = await json<TierProgram>(await admin.get('/api/tiers'));
    await json(await admin.put('/api/tiers', { data: PROGRAM }));
  });

  afterAll(async () => {
    // Later flows on the same server expect the program the demo set up.
    if (admin && original) {
      const { updatedAt: _, ...program } = original;
      await admin.put('/api/tiers', { data: program });
    }
    await admin?.dispose();
    await browser?.close();
  });

  skipAfterFirstFailure(() => screenshot(browser.page, 'tiers-failure'));

  it('shows an error from the API at its field, then saves a changed threshold', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, adminEmail, adminPassword);
    await waitForPath(page, '/console');
    await navigate(page, 'Tiers');
    await waitForPath(page, '/console/tiers');

    // Two tiers with one key: the API refuses and names the field, which is marked where it is.
    const platinumKey = field(page.getByRole('group', { name: 'Tier Platinum', exact: true }), 'Key');
    await platinumKey.fill('gold');
    await page.getByRole('button', { name: 'Save tier program' }).click();
    await eventually(
      () => platinumKey.getAttribute('aria-invalid'),
      (value) => value === 'true',
      "the key field to carry the API's error",
    );
    await page.getByText('repeats gold').waitFor();
    await platinumKey.fill('platinum');

    const gold = page.getByRole('group', { name: 'Tier Gold', exact: true });
    const wonDeals = field(gold.getByRole('group', { name: 'Won deals', exact: true }), 'Minimum');
    expect(await wonDeals.inputValue()).toBe('400');
    await wonDeals.fill('321');
    await page.getByText('Unsaved changes.').waitFor();
    await screenshot(page, 'tiers-setup');
    // Enter submits the form.
    await wonDeals.press('Enter');
    await page.getByText('Tier program saved').waitFor();

    const saved = await json<TierProgram>(await admin.get('/api/tiers'));
    expect(saved.tiers.find((t) => t.key === 'gold')?.criteria).toContainEqual({
      metric: 'wonDeals',
      min: 321,
    });
    expect(saved.tiers.map((t) => t.key)).toEqual(['silver', 'gold', 'platinum']);

    await page.reload();
    const reloaded = field(
      page
        .getByRole('group', { name: 'Tier Gold', exact: true })
        .getByRole('group', { name: 'Won deals', exact: true }),
      'Minimum',
    );
    await eventually(
      () => reloaded.inputValue(),
      (value) => value === '321',
      'the saved threshold after a reload',
    );
  });

  it('adds and ranks a tier from the keyboard, and discards the draft', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Add tier' }).click();
    // The cursor is in the new tier's name; its key follows the name.
    await page.keyboard.type('Diamond');
    const diamond = page.getByRole('group', { name: 'Tier Diamond', exact: true });
    expect(await field(diamond, 'Key').inputValue()).toBe('diamond');
    await diamond.getByText('Rank 4').waitFor();
    const down = diamond.getByRole('button', { name: 'Move Diamond down a rank' });
    await down.focus();
    await page.keyboard.press('Enter');
    await diamond.getByText('Rank 3').waitFor();
    await eventually(
      () => down.evaluate((element) => element === element.ownerDocument.activeElement),
      (focused) => focused,
      'the focus to stay on the move button',
    );
    await page.keyboard.press('Enter');
    await diamond.getByText('Rank 2').waitFor();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await diamond.waitFor({ state: 'detached' });
  });

  it('runs a dry run and shows who would move, with tiles, a chart and an exportable table', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Evaluation preview' }).click();
    await page.getByRole('button', { name: 'Run dry run', exact: true }).click();
    const result = page.getByTestId('tier-evaluation-result');
    await result.waitFor();
    await result.getByTestId('kpi-promote').waitFor();
    await result.getByRole('region', { name: 'Partners per tier' }).waitFor();

    await result.getByText(/^All partners \(/).click();
    const table = result.getByRole('table', { name: 'Partners the tier evaluation would move' });
    await eventually(
      () => table.getByRole('row').count(),
      (rows) => rows > 1,
      'partners in the evaluation table',
    );
    await screenshot(page, 'tiers-evaluation-preview');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tier-evaluation-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('partner_id,partner,current_tier,tier_after');
  });

  it('fills a custom metric from an uploaded CSV, reporting the rows it cannot use', async () => {
    const { page } = browser;
    const run = await json<{ evaluations: { partnerId: string; partnerName: string }[] }>(
      await admin.post('/api/tiers/evaluate', { data: { dryRun: true } }),
    );
    const target = run.evaluations.find(
      (e) => run.evaluations.filter((o) => o.partnerName === e.partnerName).length === 1,
    )!;
    await page.getByRole('tab', { name: 'Tier setup' }).click();
    const editor = page.getByRole('region', { name: 'Custom metric values' });
    await editor.getByRole('table').waitFor();
    await editor.locator('input[type="file"]').setInputFiles({
      name: 'webinars.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`partner,value\r\n"${target.partnerName}",5\r\nNobody Such Ltd,2\r\n`),
    });
    await editor.getByText('webinars.csv: 1 value read, 1 row not used').waitFor();
    await editor.getByText('Line 3: No partner in tier evaluation is called “Nobody Such Ltd”').waitFor();
    await screenshot(page, 'tiers-custom-metric');
    await editor.getByRole('button', { name: 'Save 1 changed value' }).click();
    await page.getByText('Values saved').waitFor();

    const after = await json<{ evaluations: { partnerId: string; metrics: Record<string, number> }[] }>(
      await admin.post('/api/tiers/evaluate', { data: { dryRun: true, partnerId: target.partnerId } }),
    );
    expect(after.evaluations[0]?.metrics['custom:joint-webinars']).toBe(5);
  });

  it("shows a partner's tier, progress and history on its detail page once it is evaluated", async () => {
    const { page } = browser;
    // A demo partner admin whose partner is in a tiered stage, preferably below Gold (the first ones are
    // left to other flows).
    const { items } = await json<{ items: { email: string; partnerId: string }[] }>(
      await admin.get('/api/users', {
        params: { kind: 'partner', role: 'partner_admin', status: 'active', sort: 'createdAt', limit: 50 },
      }),
    );
    const candidates: (typeof partnerUser & { rank: number })[] = [];
    for (const [index, user] of items.entries()) {
      const partner = await json<{ name: string; stage: string; tier: string | null }>(
        await admin.get(`/api/partners/${user.partnerId}`),
      );
      if (!TIERED_STAGES.includes(partner.stage)) continue;
      const belowGold = partner.tier === null || partner.tier === 'silver';
      candidates.push({
        ...user,
        partnerName: partner.name,
        rank: (belowGold ? 0 : 2) + (index < 2 ? 1 : 0),
      });
    }
    for (const candidate of candidates.sort((a, b) => a.rank - b.rank)) {
      const session = await apiSession(candidate.email, DEMO_PASSWORD);
      if (!session) continue;
      await session.dispose();
      partnerUser = candidate;
      break;
    }
    expect(partnerUser, 'a demo partner admin of a partner that holds tiers').toBeDefined();

    const applied = await json<{ evaluations: { action: string }[] }>(
      await admin.post('/api/tiers/evaluate', { data: { dryRun: false, partnerId: partnerUser.partnerId } }),
    );
    evaluatedAction = applied.evaluations[0]!.action;
    progress = await json<Progress>(await admin.get(`/api/tiers/partners/${partnerUser.partnerId}/progress`));

    await page.goto(`${baseUrl}/console/partners/${partnerUser.partnerId}?tab=lifecycle`);
    const panel = page.getByRole('region', { name: 'Tier', exact: true });
    await panel.getByTestId('next-tier-progress').waitFor();
    expect(await panel.getByText(tierNameOf(progress.tier), { exact: true }).first().isVisible()).toBe(true);
    if (progress.nextTier) {
      await panel.getByRole('heading', { name: `Progress to ${progress.nextTier.name}` }).waitFor();
      expect(await panel.getByTestId('tier-criterion').count()).toBe(progress.nextTier.criteria.length);
    }
    if (evaluatedAction === 'assign') await panel.getByText('Tier assigned').first().waitFor();
    await screenshot(page, 'tiers-partner-panel');
  });

  it('shows the partner admin its tier and what the next tier needs in the portal', async () => {
    const { page } = browser;
    await logOut(page);
    await logIn(page, baseUrl, partnerUser.email, DEMO_PASSWORD);
    await waitForPath(page, '/portal');
    await navigate(page, 'My tier');
    await waitForPath(page, '/portal/tier');

    await eventually(
      () => page.getByTestId('portal-tier-name').textContent(),
      (text) => text === tierNameOf(progress.tier),
      'the tier name',
    );
    const next = page.getByTestId('next-tier-progress');
    if (progress.nextTier) {
      await next.getByRole('heading', { name: `What you need for ${progress.nextTier.name}` }).waitFor();
      const criteria = next.getByTestId('tier-criterion');
      expect(await criteria.count()).toBe(progress.nextTier.criteria.length);
      const unmet = progress.nextTier.criteria.filter((c) => !c.met && !c.skipped).length;
      expect(await next.getByText(/ needed$/).count()).toBe(unmet);
      expect(await next.getByLabel(`Benefits of ${progress.nextTier.name}`).textContent()).toContain('days');
    }
    if (progress.nextTier?.key === 'gold') {
      expect(await next.getByTestId('tier-criterion').filter({ hasText: 'Won deals' }).textContent()).toMatch(
        /\/ 321.*needed/,
      );
      expect(
        await next.getByRole('progressbar', { name: /^Sourced revenue: .* of \$90,000,000\.00$/ }).count(),
      ).toBe(1);
    }
    if (progress.demotionWarnedAt) await page.getByTestId('tier-warning').waitFor();
    if (evaluatedAction === 'assign') {
      await page.getByRole('region', { name: 'Tier history' }).getByText('Tier assigned').first().waitFor();
    }
    await screenshot(page, 'tiers-portal');
  });
});
