import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { loadOnboardingDetail } from '../onboarding-view.js';
import { startOnboarding } from '../start-onboarding.js';

let t: TestApp;
let stepOfA = '';
let stepOfB = '';
const MISSING_ID = '019bc0e2-0000-7000-8000-00000000dead';
const PARTNER_A_USERS = ['partner_admin_a', 'partner_rep_a'] as const;

beforeAll(async () => {
  t = await createTestApp();
  for (const user of Object.keys(t.fixtures.users) as TestUserKey[]) await t.as(user);
  for (const partnerId of [t.fixtures.partnerA, t.fixtures.partnerB])
    await startOnboarding(t.systemCtx, partnerId);
  const manual = async (partnerId: string) =>
    (await loadOnboardingDetail(t.systemCtx, partnerId))!.steps.find((s) => s.key === 'kickoff_meeting')!.id;
  stepOfA = await manual(t.fixtures.partnerA);
  stepOfB = await manual(t.fixtures.partnerB);
});
afterAll(async () => t?.close());

function outcome(res: LightMyRequestResponse) {
  const body = res.json() as { code?: string; detail?: string };
  return { status: res.statusCode, code: body.code, detail: body.detail };
}

/** Sends a request and reports what it changed in the database. */
async function unchanged(fn: () => Promise<LightMyRequestResponse>) {
  const before = await snapshotDatabase(t.db.database.db);
  const res = await fn();
  return { res, changes: diffSnapshots(before, await snapshotDatabase(t.db.database.db)) };
}

const markersOfB = () => [t.fixtures.partnerB, 'Beta Resellers', stepOfB];

describe("a partner user and another partner's onboarding", () => {
  it("reads partner B's checklist as if it did not exist", async () => {
    for (const caller of PARTNER_A_USERS) {
      const real = await t.request(caller, {
        method: 'GET',
        url: `/api/partners/${t.fixtures.partnerB}/onboarding`,
      });
      const ghost = await t.request(caller, { method: 'GET', url: `/api/partners/${MISSING_ID}/onboarding` });
      expect(real.statusCode).toBe(404);
      expect(outcome(real)).toEqual(outcome(ghost));
      expect(markersOfB().filter((m) => real.body.includes(m) && m !== t.fixtures.partnerB)).toEqual([]);
      const own = await t.request(caller, {
        method: 'GET',
        url: `/api/partners/${t.fixtures.partnerA}/onboarding`,
      });
      expect(own.statusCode, own.body).toBe(200);
      expect(own.json().onboarding.partnerId).toBe(t.fixtures.partnerA);
    }
  });

  it('lists its own onboarding only, whatever the filters', async () => {
    const control = await t.request('partner_manager', { method: 'GET', url: '/api/onboardings' });
    expect(control.json().items.map((o: { partnerId: string }) => o.partnerId)).toContain(
      t.fixtures.partnerB,
    );
    for (const caller of PARTNER_A_USERS) {
      for (const query of [
        '',
        `?partnerId=${t.fixtures.partnerB}`,
        '?partnerType=reseller',
        '?sort=percent',
      ]) {
        const res = await t.request(caller, { method: 'GET', url: `/api/onboardings${query}` });
        expect(res.statusCode, res.body).toBe(200);
        const ids = res.json().items.map((o: { partnerId: string }) => o.partnerId);
        expect(
          ids.every((id: string) => id === t.fixtures.partnerA),
          `${caller} ${query}`,
        ).toBe(true);
        expect(markersOfB().filter((m) => res.body.includes(m))).toEqual([]);
      }
    }
  });

  it("cannot tick partner B's steps, by B's id or under its own, and nothing is written", async () => {
    const tick = (partnerId: string, stepId: string) =>
      t.request('partner_admin_a', {
        method: 'POST',
        url: `/api/partners/${partnerId}/onboarding/steps/${stepId}/complete`,
        payload: {},
      });
    const underB = await unchanged(() => tick(t.fixtures.partnerB, stepOfB));
    const ghostPartner = await unchanged(() => tick(MISSING_ID, MISSING_ID));
    expect(underB.res.statusCode).toBe(404);
    expect(outcome(underB.res)).toEqual(outcome(ghostPartner.res));
    const underA = await unchanged(() => tick(t.fixtures.partnerA, stepOfB));
    const ghostStep = await unchanged(() => tick(t.fixtures.partnerA, MISSING_ID));
    expect(underA.res.statusCode).toBe(404);
    expect(outcome(underA.res)).toEqual(outcome(ghostStep.res));
    for (const attempt of [underB, ghostPartner, underA, ghostStep]) expect(attempt.changes).toEqual([]);
    const b = await loadOnboardingDetail(t.systemCtx, t.fixtures.partnerB);
    expect(b!.steps.find((s) => s.id === stepOfB)!.done).toBe(false);
  });

  it('lets only the partner admin of the partner tick its manual steps', async () => {
    const url = `/api/partners/${t.fixtures.partnerA}/onboarding/steps/${stepOfA}/complete`;
    const rep = await unchanged(() => t.request('partner_rep_a', { method: 'POST', url, payload: {} }));
    expect(rep.res.statusCode).toBe(403);
    expect(rep.changes).toEqual([]);
    const admin = await t.request('partner_admin_a', {
      method: 'POST',
      url,
      payload: { note: 'Held on Monday' },
    });
    expect(admin.statusCode, admin.body).toBe(200);
    expect(admin.json().steps.find((s: { id: string }) => s.id === stepOfA)).toMatchObject({
      done: true,
      note: 'Held on Monday',
      source: { kind: 'user', userId: t.fixtures.users.partner_admin_a.id },
    });
  });

  it('keeps templates and revenue metrics from partner users', async () => {
    for (const caller of [...PARTNER_A_USERS, 'partner_admin_b'] as const) {
      for (const url of [
        '/api/onboarding-templates',
        '/api/lifecycle/first-revenue',
        '/api/lifecycle/first-revenue/cohorts',
      ]) {
        expect((await t.request(caller, { method: 'GET', url })).statusCode, `${caller} ${url}`).toBe(403);
      }
    }
  });
});
