import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvents } from '../../../platform/events/events.table.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { dealApi } from '../../deals/__tests__/deal-test-helpers.js';
import {
  DAY,
  enablementApi,
  START,
  systemAt,
  userAt,
} from '../../enablement/__tests__/enablement-test-helpers.js';
import { completeLesson } from '../../enablement/complete-lesson.js';
import { enroll } from '../../enablement/enroll.js';
import { submitQuizAttempt } from '../../enablement/submit-quiz-attempt.js';
import { changePartnerStage } from '../../partners/change-partner-stage.js';
import { partnerStageHistory } from '../../partners/partners.table.js';
import { evaluatePartnerHealth } from '../evaluate-partner-health.js';
import { DEFAULT_HEALTH_RULES } from '../health-settings.js';

let t: TestApp;
const deals = dealApi(() => t);
const learning = enablementApi(() => t);
let partnerA: string;
let partnerB: string;

const evaluateOn = (day: number, dryRun = false, partnerId?: string) =>
  evaluatePartnerHealth(systemAt(t, day), { dryRun, partnerId });

async function stageOf(partnerId: string): Promise<string> {
  const res = await deals.call('partner_manager', 'GET', `/api/partners/${partnerId}`);
  return res.json().stage;
}

async function historyOf(partnerId: string) {
  return t.systemCtx.db
    .select()
    .from(partnerStageHistory)
    .where(eq(partnerStageHistory.partnerId, partnerId))
    .orderBy(partnerStageHistory.at);
}

/** Records something the partner did on a day after the start. */
async function activity(partnerId: string, day: number) {
  await t.systemCtx.db.insert(domainEvents).values({
    type: 'registration.submitted',
    entityType: 'registration',
    entityId: `activity-${day}`,
    partnerId,
    payload: {},
    occurredAt: new Date(START + day * DAY),
  });
}

async function saveRules(rules: object) {
  const res = await deals.call('admin', 'PUT', '/api/partner-health/rules', rules);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  partnerA = t.fixtures.partnerA;
  partnerB = t.fixtures.partnerB;
});
afterAll(async () => t?.close());

describe('health rules', () => {
  it('start from the defaults, are saved by an admin only, and refuse bad limits', async () => {
    const defaults = await deals.call('partner_manager', 'GET', '/api/partner-health/rules');
    expect(defaults.json()).toEqual({ ...DEFAULT_HEALTH_RULES, updatedAt: null });
    expect(
      (await deals.call('partner_manager', 'PUT', '/api/partner-health/rules', DEFAULT_HEALTH_RULES))
        .statusCode,
    ).toBe(403);
    expect((await deals.call('partner_admin_a', 'GET', '/api/partner-health/rules')).statusCode).toBe(403);
    expect((await deals.call('partner_admin_a', 'GET', `/api/partners/${partnerA}/health`)).statusCode).toBe(
      403,
    );
    const bad = await deals.call('admin', 'PUT', '/api/partner-health/rules', {
      ...DEFAULT_HEALTH_RULES,
      fallingRevenue: { ...DEFAULT_HEALTH_RULES.fallingRevenue, dropPercent: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('fallingRevenue.dropPercent');
    const saved = await saveRules(DEFAULT_HEALTH_RULES);
    expect(saved.updatedAt).not.toBeNull();
  });
});

describe('no activity', () => {
  it('previews without writing: the idle partner would move, the busy one not', async () => {
    await activity(partnerA, 95);
    const { result, changes } = await deals.changesOf(() => evaluateOn(100, true));
    expect(changes).toEqual([]);
    const byPartner = Object.fromEntries(result.assessments.map((a) => [a.partnerId, a]));
    expect(byPartner[partnerA]).toMatchObject({
      stage: 'active',
      stageAfter: 'active',
      moves: false,
      atRisk: false,
    });
    expect(byPartner[partnerB]).toMatchObject({
      stage: 'active',
      stageAfter: 'at_risk',
      moves: true,
      atRisk: true,
    });
    expect(byPartner[partnerB]!.reason).toMatch(
      /^No partner activity since activation for \d+ days \(limit 90\)/,
    );
  });

  it('moves the idle partner to at_risk with the reason in its stage history', async () => {
    const run = await evaluateOn(100);
    expect(run.moved).toBe(1);
    expect(await stageOf(partnerB)).toBe('at_risk');
    const last = (await historyOf(partnerB)).at(-1)!;
    expect(last).toMatchObject({ fromStage: 'active', toStage: 'at_risk', actorId: null });
    expect(last.reason).toMatch(/^Lifecycle health: No partner activity/);
    const health = await deals.call('partner_manager', 'GET', `/api/partners/${partnerB}/health`);
    expect(health.statusCode, health.body).toBe(200);
    expect(health.json()).toMatchObject({
      stage: 'at_risk',
      atRiskByRules: true,
      findings: expect.arrayContaining([expect.objectContaining({ rule: 'noActivity', fired: true })]),
    });
    expect((await evaluateOn(101)).moved).toBe(0);
  });

  it('moves it back to active once the partner is active again', async () => {
    await activity(partnerB, 102);
    const run = await evaluateOn(103);
    expect(run.assessments.find((a) => a.partnerId === partnerB)).toMatchObject({
      stageAfter: 'active',
      moves: true,
    });
    expect(await stageOf(partnerB)).toBe('active');
    expect((await historyOf(partnerB)).at(-1)!.reason).toMatch(/^Lifecycle health recovered: /);
  });

  it('leaves a partner a manager put at risk where it is', async () => {
    await changePartnerStage(userAt(t, 'partner_manager', 104), partnerA, {
      stage: 'at_risk',
      reason: 'Key contact left',
    });
    const run = await evaluateOn(105);
    const a = run.assessments.find((x) => x.partnerId === partnerA)!;
    expect(a).toMatchObject({ stage: 'at_risk', stageAfter: 'at_risk', moves: false, atRisk: false });
    expect(a.reason).toContain('a manager put it there');
    await changePartnerStage(userAt(t, 'partner_manager', 106), partnerA, {
      stage: 'active',
      reason: 'Contact replaced',
    });
  });
});

describe('falling revenue and lapsed certifications', () => {
  it('flags revenue that halved against the window before', async () => {
    await saveRules({
      ...DEFAULT_HEALTH_RULES,
      noActivity: { enabled: false, days: 90 },
      fallingRevenue: { enabled: true, windowDays: 180, dropPercent: 50, minPreviousRevenueMinor: 100_00 },
    });
    // A won deal on day 0 for partner A (sourced): in the previous window on day 100, gone from it on day 200.
    const accountId = await deals.createAccount('Health Revenue Customer');
    const deal = await deals.createDeal({ accountId, amountMinor: 5_000_00 });
    await deals.addPartner(deal.id, partnerA, 'sourcing');
    const won = await deals.call('sales_rep', 'POST', `/api/deals/${deal.id}/close`, {
      outcome: 'won',
      reason: 'Signed',
    });
    expect(won.statusCode, won.body).toBe(200);
    const early = await evaluateOn(100, true, partnerA);
    expect(early.assessments[0]!.findings).toContainEqual(
      expect.objectContaining({ rule: 'fallingRevenue', fired: false }),
    );
    const late = await evaluateOn(200, true, partnerA);
    const finding = late.assessments[0]!.findings.find((f) => f.rule === 'fallingRevenue')!;
    expect(finding).toMatchObject({ fired: true });
    expect(finding.detail).toContain('fell 100%');
  });

  it("holds off for the override days after a manager's own recovery", async () => {
    await changePartnerStage(userAt(t, 'partner_manager', 185), partnerA, {
      stage: 'at_risk',
      reason: 'Check',
    });
    await changePartnerStage(userAt(t, 'partner_manager', 186), partnerA, {
      stage: 'active',
      reason: 'Fine',
    });
    const held = await evaluateOn(200, true, partnerA);
    expect(held.assessments[0]).toMatchObject({ atRisk: true, stageAfter: 'active', moves: false });
    expect(held.assessments[0]!.reason).toContain('a manager moved it out of at_risk');
    const later = await evaluateOn(230, true, partnerA);
    expect(later.assessments[0]).toMatchObject({ atRisk: true, stageAfter: 'at_risk', moves: true });
  });

  it('flags certificates that lapsed with nobody certified left, not while someone still is', async () => {
    await saveRules({
      ...DEFAULT_HEALTH_RULES,
      noActivity: { enabled: false, days: 90 },
      fallingRevenue: { ...DEFAULT_HEALTH_RULES.fallingRevenue, enabled: false },
    });
    const course = await learning.course({
      openToAll: true,
      lessons: 1,
      certification: { name: 'Certified Health Admin', validDays: 30 },
    });
    const ctx = userAt(t, 'partner_rep_b', 0);
    await enroll(ctx, course.id);
    await completeLesson(ctx, course.id, course.lessonIds[0]!);
    const attempt = await submitQuizAttempt(ctx, course.id, {
      answers: await learning.answers(course.id, 2),
    });
    expect(attempt.certificate).not.toBeNull();
    const valid = await evaluateOn(20, true, partnerB);
    expect(valid.assessments[0]!.atRisk).toBe(false);
    const lapsed = await evaluateOn(40, true, partnerB);
    expect(lapsed.assessments[0]).toMatchObject({ atRisk: true, stageAfter: 'at_risk' });
    expect(lapsed.assessments[0]!.reason).toContain('1 certificate expired without renewal');
    const longAfter = await evaluateOn(200, true, partnerB);
    expect(longAfter.assessments[0]!.atRisk).toBe(false);
  });
});
