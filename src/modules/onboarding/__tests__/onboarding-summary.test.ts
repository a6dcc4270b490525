import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { partnerOnboardings } from '../onboarding.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const user of Object.keys(t.fixtures.users) as TestUserKey[]) await t.as(user);
});
afterAll(async () => t?.close());

type Method = 'GET' | 'POST';
async function call(user: TestUserKey, method: Method, url: string, payload?: object) {
  const res = await t.request(user, { method, url, ...(payload ? { payload } : {}) });
  return res;
}

async function ok<T>(user: TestUserKey, method: Method, url: string, payload?: object): Promise<T> {
  const res = await call(user, method, url, payload);
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json() as T;
}

interface Step {
  id: string;
  key: string;
  kind: string;
  done: boolean;
  title: string;
}
interface Detail {
  onboarding: {
    partnerId: string;
    status: string;
    nextStep: { id: string; title: string; kind: string } | null;
  };
  steps: Step[];
}

interface Summary {
  inProgress: number;
  stalled: number;
  completed: number;
  medianDaysToComplete: number | null;
}

let counter = 0;
/** A prospect taken through recruiting into onboarding, which starts its checklist. */
async function onboardedPartner(type: string): Promise<string> {
  counter += 1;
  const application = await ok<{ id: string }>('partner_manager', 'POST', '/api/partner-applications', {
    companyName: `Onboarding Summary ${counter}`,
    website: `https://onboarding-summary-${counter}.com`,
    type,
    regions: ['NA'],
    contactName: 'Olive Onboard',
    contactEmail: `olive@onboarding-summary-${counter}.com`,
  });
  let moved: { partnerId: string | null } = { partnerId: null };
  for (const status of ['qualified', 'agreement_sent', 'signed', 'onboarding']) {
    moved = await ok('partner_manager', 'POST', `/api/partner-applications/${application.id}/stage`, {
      status,
    });
  }
  return moved.partnerId!;
}

const detailOf = (partnerId: string) =>
  ok<Detail>('partner_manager', 'GET', `/api/partners/${partnerId}/onboarding`);

async function completeAll(partnerId: string) {
  for (const step of (await detailOf(partnerId)).steps.filter((s) => !s.done)) {
    await ok(
      'partner_manager',
      'POST',
      `/api/partners/${partnerId}/onboarding/steps/${step.id}/complete`,
      {},
    );
  }
}

/** Moves an onboarding's start back, so it took that many days to complete. */
async function startedDaysBefore(partnerId: string, days: number) {
  await t.db.database.db
    .update(partnerOnboardings)
    .set({ startedAt: sql`${partnerOnboardings.completedAt} - make_interval(days => ${days})` })
    .where(eq(partnerOnboardings.partnerId, partnerId));
}

describe('the next open step of an onboarding', () => {
  it('is the first step not done, in the list and the checklist alike, and null once all are done', async () => {
    const partnerId = await onboardedPartner('reseller');
    const detail = await detailOf(partnerId);
    const firstOpen = detail.steps.find((s) => !s.done)!;
    expect(detail.onboarding.nextStep).toEqual({
      id: firstOpen.id,
      title: firstOpen.title,
      kind: firstOpen.kind,
    });
    const list = await ok<{ items: Detail['onboarding'][] }>(
      'admin',
      'GET',
      `/api/onboardings?partnerId=${partnerId}`,
    );
    expect(list.items[0]!.nextStep).toEqual(detail.onboarding.nextStep);

    await ok(
      'partner_manager',
      'POST',
      `/api/partners/${partnerId}/onboarding/steps/${firstOpen.id}/complete`,
      {},
    );
    const after = await detailOf(partnerId);
    expect(after.onboarding.nextStep?.id).toBe(after.steps.find((s) => !s.done)!.id);
    expect(after.onboarding.nextStep?.id).not.toBe(firstOpen.id);

    await completeAll(partnerId);
    const done = await ok<{ items: Detail['onboarding'][] }>(
      'admin',
      'GET',
      `/api/onboardings?partnerId=${partnerId}`,
    );
    expect(done.items[0]).toMatchObject({ status: 'completed', nextStep: null });
  });
});

describe('the onboarding summary', () => {
  it('counts onboardings under way, stalled and completed, with the median days to complete', async () => {
    const before = await ok<Summary>('sales_rep', 'GET', '/api/onboardings/summary');
    const fast = await onboardedPartner('msp');
    const slow = await onboardedPartner('msp');
    const slower = await onboardedPartner('msp');
    const open = await onboardedPartner('msp');
    const stalled = await onboardedPartner('isv');
    await t.db.database.db
      .update(partnerOnboardings)
      .set({ stalledAt: sql`now()` })
      .where(eq(partnerOnboardings.partnerId, stalled));
    for (const [partnerId, days] of [
      [fast, 10],
      [slow, 20],
      [slower, 45],
    ] as const) {
      await completeAll(partnerId);
      await startedDaysBefore(partnerId, days);
    }
    expect(open).toBeTruthy();

    const msp = await ok('finance', 'GET', '/api/onboardings/summary?partnerType=msp');
    expect(msp).toEqual({ inProgress: 1, stalled: 0, completed: 3, medianDaysToComplete: 20 });
    const isv = await ok('admin', 'GET', '/api/onboardings/summary?partnerType=isv');
    expect(isv).toEqual({ inProgress: 1, stalled: 1, completed: 0, medianDaysToComplete: null });
    const all = await ok<Summary>('admin', 'GET', '/api/onboardings/summary');
    expect(all.inProgress).toBe(before.inProgress + 2);
    expect(all.completed).toBe(before.completed + 3);
  });

  it('filters by the manager who owns the partners, and is for vendor staff only', async () => {
    const mine = await ok<Summary>(
      'admin',
      'GET',
      `/api/onboardings/summary?managerId=${t.fixtures.users.partner_manager.id}`,
    );
    expect(mine.inProgress + mine.completed).toBeGreaterThan(0);
    const nobody = await ok<Summary>(
      'admin',
      'GET',
      `/api/onboardings/summary?managerId=${t.fixtures.users.finance.id}`,
    );
    expect(nobody).toEqual({ inProgress: 0, stalled: 0, completed: 0, medianDaysToComplete: null });
    expect((await call('partner_admin_a', 'GET', '/api/onboardings/summary')).statusCode).toBe(403);
  });
});
