import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { createAccount } from '../../accounts/create-account.js';
import { addDealPartner } from '../../deals/add-deal-partner.js';
import { closeDeal } from '../../deals/close-deal.js';
import { createDeal } from '../../deals/create-deal.js';
import { changePartnerStage } from '../../partners/change-partner-stage.js';
import { createPartner } from '../../partners/create-partner.js';
import { consumeEvents } from '../consume-events.js';
import { daysBetween, quarterOf } from '../milestones.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'partner_manager', 'partner_admin_a'] as TestUserKey[]) await t.as(user);
});
afterAll(async () => t?.close());

const on = (iso: string): Ctx => ({ ...t.systemCtx, clock: fixedClock(new Date(`${iso}T12:00:00Z`), 1) });

let accountId: string;
const partnerIds: Record<string, string> = {};

async function newPartner(name: string, date: string) {
  const partner = await createPartner(on(date), {
    name,
    type: 'reseller',
    stage: 'onboarding',
    domains: [],
    regions: ['NA'],
    specializations: [],
  });
  partnerIds[name] = partner.id;
  return partner.id;
}

async function activate(name: string, date: string) {
  await changePartnerStage(on(date), partnerIds[name]!, { stage: 'active', reason: 'Onboarding done' });
}

/** A deal with the partners on it, closed on the date. */
async function closeWith(names: string[], date: string, outcome: 'won' | 'lost' = 'won') {
  const deal = await createDeal(on(date), {
    accountId,
    name: `Deal of ${names.join(' and ') || 'nobody'} on ${date}`,
    amountMinor: 1_000_000,
    currency: 'USD',
    stage: 'negotiation',
    closeDate: date,
    productLines: ['Analytics'],
    externalIds: {},
  });
  for (const name of names) {
    await addDealPartner(on(date), deal.id, { partnerId: partnerIds[name]!, role: 'sourcing' });
  }
  await closeDeal(on(date), deal.id, { outcome, reason: 'Customer signed' });
  return deal.id;
}

describe('time to first revenue', () => {
  let firstWinOfKite: string;

  beforeAll(async () => {
    accountId = (
      await createAccount(t.systemCtx, {
        name: 'Customer Co',
        domains: [],
        status: 'customer',
        externalIds: {},
      })
    ).id;
    // Everything happens in date order, as it would.
    await newPartner('Kite', '2026-01-10');
    await newPartner('Lark', '2026-01-10');
    await newPartner('Merlin', '2026-01-10');
    await newPartner('Nightjar', '2026-01-10');
    await newPartner('Oriole', '2026-03-20');
    await newPartner('Plover', '2026-03-20');
    await newPartner('Quail', '2026-03-20');
    await activate('Kite', '2026-01-20');
    await activate('Lark', '2026-02-10');
    await activate('Merlin', '2026-03-01');
    await activate('Nightjar', '2026-03-05');
    await closeWith([], '2026-02-01');
    firstWinOfKite = await closeWith(['Kite'], '2026-02-19');
    await closeWith(['Lark'], '2026-02-20', 'lost');
    await closeWith(['Kite', 'Lark'], '2026-03-02');
    await activate('Oriole', '2026-04-05');
    await closeWith(['Nightjar'], '2026-04-15');
    await closeWith(['Oriole'], '2026-04-15');
    // Plover wins before it is activated; Quail wins and is never activated.
    await closeWith(['Plover', 'Quail'], '2026-05-01');
    await activate('Plover', '2026-05-11');
    await closeWith(['Kite'], '2026-06-01');
    await consumeEvents(t.systemCtx);
  });

  async function perPartner(query: string) {
    const res = await t.request('admin', { method: 'GET', url: `/api/lifecycle/first-revenue?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Array<Record<string, unknown>>;
  }

  it('is recorded at the first closed-won partner deal, from the activation in the stage history', async () => {
    expect(await perPartner(`partnerId=${partnerIds.Kite}`)).toEqual([
      {
        partnerId: partnerIds.Kite,
        partnerName: 'Kite',
        activatedAt: '2026-01-20T12:00:00.000Z',
        cohort: '2026-Q1',
        firstRevenueAt: expect.stringMatching(/^2026-02-19T12:00:00/),
        firstRevenueDealId: firstWinOfKite,
        daysToFirstRevenue: 30,
      },
    ]);
    const [lark] = await perPartner(`partnerId=${partnerIds.Lark}`);
    expect(lark).toMatchObject({
      daysToFirstRevenue: 20,
      firstRevenueAt: expect.stringMatching(/^2026-03-02/),
    });
    const [nightjar] = await perPartner(`partnerId=${partnerIds.Nightjar}`);
    expect(nightjar).toMatchObject({ cohort: '2026-Q1', daysToFirstRevenue: 41 });
    const [merlin] = await perPartner(`partnerId=${partnerIds.Merlin}`);
    expect(merlin).toMatchObject({ cohort: '2026-Q1', firstRevenueAt: null, daysToFirstRevenue: null });
    const [plover] = await perPartner(`partnerId=${partnerIds.Plover}`);
    // Revenue before activation counts as day 0, not as a negative time.
    expect(plover).toMatchObject({ cohort: '2026-Q2', daysToFirstRevenue: 0 });
    // A partner never activated has no time to first revenue yet.
    expect(await perPartner(`partnerId=${partnerIds.Quail}`)).toEqual([]);
  });

  it('reports the median per activation quarter', async () => {
    const res = await t.request('partner_manager', {
      method: 'GET',
      url: '/api/lifecycle/first-revenue/cohorts',
    });
    expect(res.statusCode, res.body).toBe(200);
    // Q1: the two fixture partners and Merlin without a win; Kite 30, Lark 20, Nightjar 41 days.
    // Q2: Oriole 10 and Plover 0 days (its win came before its activation).
    expect(res.json().items).toEqual([
      { cohort: '2026-Q1', activated: 6, withRevenue: 3, medianDays: 30 },
      { cohort: '2026-Q2', activated: 2, withRevenue: 2, medianDays: 5 },
    ]);
  });

  it('lists a cohort, and those still without revenue', async () => {
    const q2 = await perPartner('cohort=2026-Q2&sort=activatedAt');
    expect(q2.map((p) => p.partnerName)).toEqual(['Oriole', 'Plover']);
    const waiting = await perPartner('hasRevenue=false');
    expect(waiting.map((p) => p.partnerName).sort()).toEqual([
      'Alpha Integrators Ltd',
      'Beta Resellers Inc',
      'Merlin',
    ]);
  });

  it('is the vendor’s to read', async () => {
    for (const url of ['/api/lifecycle/first-revenue', '/api/lifecycle/first-revenue/cohorts']) {
      expect((await t.request('partner_admin_a', { method: 'GET', url })).statusCode).toBe(403);
    }
  });

  it('counts calendar days and quarters in UTC', () => {
    expect(quarterOf(new Date('2026-03-31T23:59:59Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-04-01T00:00:00Z'))).toBe('2026-Q2');
    expect(quarterOf(new Date('2026-12-31T12:00:00Z'))).toBe('2026-Q4');
    expect(daysBetween(new Date('2026-01-01T23:00:00Z'), new Date('2026-01-31T01:00:00Z'))).toBe(30);
    expect(daysBetween(new Date('2026-01-11T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))).toBe(-10);
  });
});
