import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { eventConsumerCursors } from '../../../platform/events/events.table.js';
import { publishEvent } from '../../../platform/events/publish-event.js';
import { createTestApp } from '../../../testing/test-app.js';
import { createAccount } from '../../accounts/create-account.js';
import { addDealPartner } from '../../deals/add-deal-partner.js';
import { closeDeal } from '../../deals/close-deal.js';
import { createDeal } from '../../deals/create-deal.js';
import { getTierProgram } from '../../tiers/get-tier-program.js';
import { replaceTierProgram } from '../../tiers/replace-tier-program.js';
import { accrueIncentives, INCENTIVES_CONSUMER } from '../accrue-incentives.js';
import { createIncentiveRule } from '../create-rule.js';
import type { IncentiveRuleInput } from '../incentives.schemas.js';
import { incentiveLedger } from '../incentives.table.js';
import { previewIncentiveRule } from '../preview-rule.js';

const t = await createTestApp();
afterAll(async () => t.close());
const db = t.db.database.db;
const { partnerA, partnerB } = t.fixtures;
const rep = t.fixtures.users.sales_rep.id;

const at = (iso: string): Ctx => ({ ...t.systemCtx, clock: fixedClock(new Date(iso), 1) });

const rule = (over: Partial<IncentiveRuleInput>): IncentiveRuleInput => ({
  name: 'Rule',
  kind: 'partner_rebate',
  trigger: 'sourced_deal',
  conditions: {},
  amountType: 'fixed',
  amountValue: 10_000,
  currency: 'USD',
  capPerQuarterMinor: null,
  active: true,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  ...over,
});

async function winDeal(
  when: string,
  input: { amountMinor: number; currency?: string; accountId?: string; productLines?: string[] },
  partners: Array<[string, 'sourcing' | 'influencing' | 'fulfilling' | 'technology']>,
) {
  const ctx = at(when);
  const accountId =
    input.accountId ??
    (
      await createAccount(ctx, {
        name: `Customer ${Math.random()}`,
        domains: [],
        status: 'prospect',
        externalIds: {},
      })
    ).id;
  const deal = await createDeal(ctx, {
    accountId,
    name: `Deal ${when}`,
    amountMinor: input.amountMinor,
    currency: input.currency ?? 'USD',
    stage: 'proposal',
    closeDate: when.slice(0, 10),
    ownerId: rep,
    productLines: input.productLines ?? ['Analytics'],
    externalIds: {},
  });
  for (const [partnerId, role] of partners) await addDealPartner(ctx, deal.id, { partnerId, role });
  await closeDeal(ctx, deal.id, { outcome: 'won', reason: 'Signed' });
  return { dealId: deal.id, accountId };
}

async function certify(when: string, partnerId: string, renewal = false) {
  await publishEvent(at(when), {
    type: 'enablement.certified',
    entityType: 'certificate',
    entityId: t.systemCtx.ids(),
    partnerId,
    payload: { partnerId, name: 'Security Specialist', renewal },
  });
}

const entriesOf = (ruleId: string) =>
  db
    .select()
    .from(incentiveLedger)
    .where(eq(incentiveLedger.ruleId, ruleId))
    .orderBy(incentiveLedger.earnedAt);

const ids: Record<string, string> = {};

beforeAll(async () => {
  const program = await getTierProgram(t.systemCtx);
  await replaceTierProgram(t.systemCtx, {
    demotionGraceDays: program.demotionGraceDays,
    promotionNeedsApproval: program.promotionNeedsApproval,
    currency: 'USD',
    exchangeRates: { EUR: 1.1 },
    tiers: program.tiers.map(({ key, name, rank, criteria, benefits }) => ({
      key,
      name,
      rank,
      criteria,
      benefits,
    })),
  });
  const create = async (key: string, input: Partial<IncentiveRuleInput>) => {
    ids[key] = (await createIncentiveRule(t.systemCtx, rule({ name: key, ...input }))).id;
  };
  await create('cert', { kind: 'partner_bonus', trigger: 'certification', amountValue: 25_000 });
  await create('sourced', {
    amountType: 'percent',
    amountValue: 200,
    conditions: { minAmountMinor: 1_000_000 },
  });
  await create('sourcedSiOnly', { conditions: { partnerTypes: ['si'] }, amountValue: 111 });
  await create('coSell', { kind: 'partner_bonus', trigger: 'co_sell_win', amountValue: 50_000 });
  await create('renewal', { kind: 'partner_bonus', trigger: 'renewal', amountValue: 30_000 });
  await create('repReward', {
    kind: 'rep_reward',
    trigger: 'rep_co_sell',
    amountType: 'percent',
    amountValue: 100,
    capPerQuarterMinor: 150_000,
  });
  await create('laterOnly', { trigger: 'sourced_deal', amountValue: 7_000, effectiveFrom: '2026-04-01' });
  await create('analyticsOnly', {
    trigger: 'sourced_deal',
    amountValue: 3_000,
    conditions: { productLines: ['Security'] },
  });

  await certify('2026-02-03T10:00:00Z', partnerA);
  await certify('2026-02-04T10:00:00Z', partnerA, true);
  // Partner A sources, B co-sells: 100,000.00 USD in February.
  const first = await winDeal('2026-02-10T10:00:00Z', { amountMinor: 10_000_000 }, [
    [partnerA, 'sourcing'],
    [partnerB, 'influencing'],
  ]);
  // A second win on the same account is a renewal; its 80,000.00 USD takes the rep past the cap.
  await winDeal('2026-03-05T10:00:00Z', { amountMinor: 8_000_000, accountId: first.accountId }, [
    [partnerA, 'sourcing'],
  ]);
  // Below the sourced rule's minimum, in April (the later rule is in force, a new cap quarter).
  await winDeal('2026-04-02T10:00:00Z', { amountMinor: 500_000 }, [[partnerA, 'sourcing']]);
  // In EUR: converted at the tier program's rate. In JPY: no rate, skipped.
  await winDeal('2026-04-03T10:00:00Z', { amountMinor: 5_000_000, currency: 'EUR' }, [
    [partnerA, 'sourcing'],
  ]);
  await winDeal('2026-04-04T10:00:00Z', { amountMinor: 90_000_000, currency: 'JPY' }, [
    [partnerA, 'sourcing'],
  ]);
  await accrueIncentives(at('2026-04-05T00:00:00Z'));
});

describe('accruing incentives from domain events', () => {
  it('earns a certification bonus per new certificate (not for a renewal)', async () => {
    const rows = await entriesOf(ids.cert!);
    expect(rows.map((r) => [r.partnerId, r.amountMinor, r.status, r.period])).toEqual([
      [partnerA, 25_000, 'accrued', '2026-02'],
    ]);
    expect(rows[0]!.description).toContain('certificate Security Specialist');
  });

  it('pays the sourced-deal rebate as a percent, above the minimum, converting other currencies', async () => {
    const rows = await entriesOf(ids.sourced!);
    // 2% of 100,000.00, 2% of 80,000.00, and 2% of EUR 50,000.00 at 1.10 = USD 55,000.00
    expect(rows.map((r) => r.amountMinor)).toEqual([200_000, 160_000, 110_000]);
    expect(rows.every((r) => r.partnerId === partnerA && r.beneficiaryType === 'partner')).toBe(true);
  });

  it('applies partner type, product line and effective date conditions', async () => {
    // Partner A is an SI: every deal it sourced, the JPY one too (a fixed amount needs no conversion).
    expect((await entriesOf(ids.sourcedSiOnly!)).length).toBe(5);
    expect(await entriesOf(ids.analyticsOnly!)).toEqual([]);
    const later = await entriesOf(ids.laterOnly!);
    expect(later.map((r) => r.period)).toEqual(['2026-04', '2026-04', '2026-04']);
  });

  it('gives the co-sell bonus to the influencing partner and the renewal bonus on the second win', async () => {
    const coSell = await entriesOf(ids.coSell!);
    expect(coSell.map((r) => r.partnerId)).toEqual([partnerB]);
    const renewal = await entriesOf(ids.renewal!);
    expect(renewal.map((r) => [r.partnerId, r.period])).toEqual([[partnerA, '2026-03']]);
  });

  it('rewards the credited rep, cut to the quarterly cap with the cut explained', async () => {
    const rows = await entriesOf(ids.repReward!);
    expect(rows.map((r) => [r.userId, r.amountMinor, r.period])).toEqual([
      [rep, 100_000, '2026-02'],
      [rep, 50_000, '2026-03'],
      [rep, 5_000, '2026-04'],
      [rep, 55_000, '2026-04'],
    ]);
    expect(rows[1]!.description).toContain('quarterly cap of USD 1,500.00');
    expect(rows.every((r) => r.beneficiaryType === 'rep' && r.partnerId === null)).toBe(true);
  });

  it('earns once even when every event is read again', async () => {
    const before = await db.select().from(incentiveLedger);
    await db
      .update(eventConsumerCursors)
      .set({ lastEventId: 0 })
      .where(eq(eventConsumerCursors.consumer, INCENTIVES_CONSUMER));
    const rerun = await accrueIncentives(at('2026-04-06T00:00:00Z'));
    expect(rerun.accrued).toBe(0);
    expect(rerun.events).toBeGreaterThan(0);
    expect((await db.select().from(incentiveLedger)).length).toBe(before.length);
  });

  it('previews a draft rule over past events without writing anything', async () => {
    const before = await db.select().from(incentiveLedger);
    const preview = await previewIncentiveRule(at('2026-04-10T00:00:00Z'), {
      rule: rule({ name: 'Draft', amountType: 'percent', amountValue: 500, effectiveFrom: '2027-01-01' }),
      days: 90,
    });
    expect(preview.entries).toBe(4);
    expect(preview.totalMinor).toBe(500_000 + 400_000 + 25_000 + 275_000);
    expect(preview.skipped.map((s) => s.reason)).toEqual([
      'no exchange rate from JPY to USD in the tier program',
    ]);
    expect(await db.select().from(incentiveLedger)).toHaveLength(before.length);
  });

  it('refuses a rule whose parts do not fit, naming the field', async () => {
    const res = await t.request('finance', {
      method: 'POST',
      url: '/api/incentives/rules',
      payload: rule({ trigger: 'certification', amountType: 'percent', amountValue: 20_000 }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['amountType', 'amountValue']);
    const partner = await t.request('partner_admin_a', {
      method: 'POST',
      url: '/api/incentives/rules',
      payload: rule({}),
    });
    expect(partner.statusCode).toBe(403);
  });

  it('shows partner users the partner rules in force for their type, never rep rewards', async () => {
    const res = await t.request('partner_rep_a', { method: 'GET', url: '/api/incentives/rules?limit=200' });
    const names = res.json().items.map((r: { name: string }) => r.name);
    expect(names).toContain('sourcedSiOnly');
    expect(names).not.toContain('repReward');
    const b = await t.request('partner_rep_b', { method: 'GET', url: '/api/incentives/rules?limit=200' });
    expect(b.json().items.map((r: { name: string }) => r.name)).not.toContain('sourcedSiOnly');
    const hidden = await t.request('partner_rep_a', {
      method: 'GET',
      url: `/api/incentives/rules/${ids.repReward}`,
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('counts a win on an account the CRM already lists as a customer as a renewal', async () => {
    const ctx = at('2026-06-01T10:00:00Z');
    const customer = await createAccount(ctx, {
      name: 'Longstanding Customer Co',
      domains: [],
      status: 'customer',
      externalIds: {},
    });
    await winDeal('2026-06-02T10:00:00Z', { amountMinor: 1_000_000, accountId: customer.id }, [
      [partnerB, 'technology'],
    ]);
    await accrueIncentives(at('2026-06-03T00:00:00Z'));
    const renewal = await entriesOf(ids.renewal!);
    expect(renewal.map((r) => [r.partnerId, r.period])).toEqual([
      [partnerA, '2026-03'],
      [partnerB, '2026-06'],
    ]);
  });
});
