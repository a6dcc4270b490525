/**
 * A small program with every figure the scorecard reads, inserted directly with known dates and
 * amounts so each metric can be worked out by hand (see scorecard-metrics.test.ts).
 *
 * Period under test: [2026-01-01, 2026-04-01), 90 days; the previous period is [2025-10-03, 2026-01-01).
 * Program currency USD; EUR converts at 1.08 (the default tier program); CHF has no rate.
 * Partners: A (gold, EMEA, si), B (silver, NA, reseller), C and D (gold, EMEA, si, no activity).
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import type { TestApp } from '../../../testing/test-app.js';
import { accounts } from '../../accounts/accounts.table.js';
import { dealPartners, opportunities, touchpoints } from '../../deals/deals.table.js';
import { registrationDecisions, registrations } from '../../deals/registrations.table.js';
import { createPartner } from '../../partners/create-partner.js';
import { partners } from '../../partners/partners.table.js';
import { updateAnalyticsSettings } from '../update-analytics-settings.js';
import { at, buildWorldActivity } from './scorecard-world-activity.js';

export const PERIOD = { from: '2026-01-01', to: '2026-04-01' };

/** Chosen so the 90-day period costs round sums: 90 days are 90 / 30.4375 months. */
export const WORLD_SETTINGS = {
  grossMarginPercent: 50,
  enablementCostPerEnrollmentMinor: 1_000,
  enablementCostPerCertificateMinor: 5_000,
  managementCostPerPartnerMonthMinor: 121_750, // × 90 / 30.4375 = 360 000 per partner
  directSalesMarketingCostPerMonthMinor: 243_500, // × 90 / 30.4375 = 720 000
  maxCustomerLifetimeYears: 5,
  attributionModel: 'linear' as const,
};

export interface ScorecardWorld {
  a: string;
  b: string;
  c: string;
  d: string;
}

async function partner(ctx: Ctx, name: string, tier: string): Promise<string> {
  const created = await createPartner(ctx, {
    name,
    type: 'si',
    stage: 'active',
    domains: [],
    regions: ['EMEA'],
    specializations: [],
  });
  await ctx.db.update(partners).set({ tier }).where(eq(partners.id, created.id));
  return created.id;
}

export async function buildScorecardWorld(t: TestApp): Promise<ScorecardWorld> {
  const ctx = t.systemCtx;
  const db = ctx.db;
  const { partnerA: a, partnerB: b } = t.fixtures;
  await db.update(partners).set({ tier: 'gold' }).where(eq(partners.id, a));
  await db.update(partners).set({ tier: 'silver' }).where(eq(partners.id, b));
  const c = await partner(ctx, 'Gamma Consulting', 'gold');
  const d = await partner(ctx, 'Delta Systems', 'gold');
  await updateAnalyticsSettings(ctx, WORLD_SETTINGS);

  // Accounts: 1 and 2 customers, 3 a prospect, 4 a former customer (acquired by B), 5 and 6 direct.
  const account = async (name: string, status: string) => {
    const id = randomUUID();
    await db.insert(accounts).values({
      id,
      name,
      normalizedName: name.toLowerCase(),
      domains: [],
      status,
      createdAt: at('2025-01-01'),
      updatedAt: at('2025-01-01'),
    });
    return id;
  };
  const acct1 = await account('Account One', 'customer');
  const acct2 = await account('Account Two', 'customer');
  const acct3 = await account('Account Three', 'prospect');
  const acct4 = await account('Account Four', 'former_customer');
  const acct5 = await account('Account Five', 'customer');
  const acct6 = await account('Account Six', 'former_customer');

  const deal = async (
    accountId: string,
    amountMinor: number,
    currency: string,
    stage: string,
    created: string,
    closed: string,
  ) => {
    const id = randomUUID();
    await db.insert(opportunities).values({
      id,
      accountId,
      name: `Deal ${id.slice(0, 4)}`,
      amountMinor,
      currency,
      stage,
      closeDate: closed,
      productLines: ['core'],
      source: 'partner',
      closedAt: at(closed),
      createdAt: at(created),
      updatedAt: at(closed),
    });
    return id;
  };
  const role = (opportunityId: string, partnerId: string, r: string) =>
    db
      .insert(dealPartners)
      .values({ id: randomUUID(), opportunityId, partnerId, role: r, addedAt: at('2025-10-01') });
  const touch = (opportunityId: string, partnerId: string, day: string) =>
    db
      .insert(touchpoints)
      .values({ id: randomUUID(), opportunityId, partnerId, kind: 'meeting', occurredAt: at(day) });

  const d1 = await deal(acct1, 1_000_000, 'USD', 'closed_won', '2026-01-01', '2026-01-31'); // 30 days
  await role(d1, a, 'sourcing');
  await touch(d1, a, '2026-01-10');
  const d2 = await deal(acct2, 500_000, 'EUR', 'closed_won', '2025-12-22', '2026-02-20'); // 60 days, 540 000 USD
  await role(d2, b, 'sourcing');
  await role(d2, a, 'influencing');
  await touch(d2, a, '2026-01-05');
  await touch(d2, b, '2026-01-06');
  const d3 = await deal(acct3, 300_000, 'USD', 'closed_lost', '2026-01-10', '2026-03-01');
  await role(d3, a, 'sourcing');
  const d4 = await deal(acct4, 200_000, 'CHF', 'closed_won', '2026-02-28', '2026-03-10'); // 10 days, no rate
  await role(d4, b, 'sourcing');
  await touch(d4, b, '2026-03-01');
  const d5 = await deal(acct5, 400_000, 'USD', 'closed_won', '2026-01-02', '2026-02-01'); // direct, A touched it
  await touch(d5, a, '2026-01-15');
  const d6 = await deal(acct1, 100_000, 'USD', 'closed_won', '2025-11-01', '2025-12-01'); // previous period
  await role(d6, a, 'sourcing');
  await deal(acct6, 250_000, 'USD', 'closed_won', '2026-03-01', '2026-03-15'); // direct

  // Registrations of A: decided in the period 3 (2 approved); submitted in it 3 (1 with a conflict).
  const registration = async (submitted: string, decided: string | null, approved: boolean) => {
    const id = randomUUID();
    await db.insert(registrations).values({
      id,
      partnerId: a,
      status: decided ? (approved ? 'approved' : 'rejected') : 'submitted',
      customerName: 'Customer',
      customerNormalizedName: 'customer',
      productLines: ['core'],
      amountMinor: 1,
      currency: 'USD',
      expectedClose: '2026-06-30',
      submittedAt: at(submitted),
      decidedAt: decided ? at(decided) : null,
      approvedAt: decided && approved ? at(decided) : null,
      createdAt: at(submitted),
      updatedAt: at(submitted),
    });
    return id;
  };
  await registration('2026-01-05', '2026-01-06', true);
  const conflicted = await registration('2026-02-01', '2026-02-02', false);
  await db.insert(registrationDecisions).values({
    id: randomUUID(),
    registrationId: conflicted,
    outcome: 'rejected',
    ruleId: 'direct_opportunity_first',
    reason: 'An open direct opportunity came first',
    inputs: {},
    conflictOpportunityId: d3,
    at: at('2026-02-02'),
  });
  await registration('2026-03-01', null, false);
  await registration('2025-12-20', '2026-01-02', true);

  await buildWorldActivity(t, { a, b, c, deal: d1 });
  return { a, b, c, d };
}
