import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { domainEvents, eventConsumerCursors } from '../../../platform/events/events.table.js';
import { publishEvent } from '../../../platform/events/publish-event.js';
import { JOBS } from '../../../platform/jobs/job-catalog.js';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { createActiveUser } from '../../identity/create-active-user.js';
import { completeOnboardingStep } from '../complete-onboarding-step.js';
import { consumeEvents } from '../consume-events.js';
import { flagStalledOnboardings } from '../flag-stalled.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const user of Object.keys(t.fixtures.users) as TestUserKey[]) await t.as(user);
});
afterAll(async () => t?.close());

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
async function call(user: TestUserKey, method: Method, url: string, payload?: object) {
  return t.request(user, { method, url, ...(payload ? { payload } : {}) });
}

const START = Date.parse('2026-01-15T09:00:00Z');
const DAY = 86_400_000;
const atDay = (days: number): Ctx => ({ ...t.systemCtx, clock: fixedClock(new Date(START + days * DAY), 1) });

/** Runs the event consumer the way the scheduler does: as a job, through the jobs API. */
async function runConsumer() {
  const res = await call('admin', 'POST', '/api/jobs/onboarding.consume-events/run');
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().ok, res.json().error).toBe(true);
  return res.json().result as Record<string, number>;
}

async function createPartner(name: string, type: string, stage: string) {
  const res = await call('partner_manager', 'POST', '/api/partners', {
    name,
    type,
    stage,
    domains: [`${name.toLowerCase().replaceAll(' ', '-')}.com`],
    regions: ['NA'],
    ownerId: t.fixtures.users.partner_manager.id,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** A partner admin of the partner, logged in; returns the session headers. */
async function partnerAdminOf(partnerId: string, email: string) {
  await createActiveUser(t.systemCtx, {
    email,
    name: 'Partner Admin',
    role: 'partner_admin',
    partnerId,
    password: TEST_PASSWORD,
  });
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: TEST_PASSWORD },
  });
  const session = login.cookies.find((c) => c.name === 'trellis_session')!;
  return { cookie: `trellis_session=${session.value}` };
}

async function checklist(partnerId: string, user: TestUserKey = 'partner_manager') {
  const res = await call(user, 'GET', `/api/partners/${partnerId}/onboarding`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    onboarding: { status: string; done: number; total: number; percent: number; stalled: boolean };
    steps: Array<{
      id: string;
      key: string;
      done: boolean;
      kind: string;
      source: Record<string, unknown> | null;
    }>;
  };
}

async function eventsOf(type: string, partnerId: string) {
  return t.db.database.db
    .select()
    .from(domainEvents)
    .where(and(eq(domainEvents.type, type), eq(domainEvents.partnerId, partnerId)));
}

describe('onboarding templates', () => {
  it('start from a default checklist created the first time anyone looks', async () => {
    const res = await call('sales_rep', 'GET', '/api/onboarding-templates');
    expect(res.statusCode, res.body).toBe(200);
    const [standard] = res.json().items;
    expect(standard).toMatchObject({ name: 'Standard onboarding', partnerType: null, stalledAfterDays: 14 });
    expect(
      standard.steps.map((s: { key: string; kind: string; eventType: string | null }) => [
        s.key,
        s.kind,
        s.eventType,
      ]),
    ).toEqual([
      ['agreement_signed', 'automatic', 'recruiting.signed'],
      ['portal_users_invited', 'automatic', 'user.invited'],
      ['kickoff_meeting', 'manual', null],
      ['first_course_completed', 'automatic', 'enablement.course_completed'],
      ['first_deal_registered', 'automatic', 'registration.registered'],
      ['first_campaign_launched', 'automatic', 'campaign.launched'],
      ['business_plan_agreed', 'manual', null],
    ]);
    expect((await call('partner_admin_a', 'GET', '/api/onboarding-templates')).statusCode).toBe(403);
  });

  it('are one per partner type; the default can be edited but stays the default', async () => {
    const body = {
      name: 'ISV onboarding',
      partnerType: 'isv',
      stalledAfterDays: 7,
      steps: [{ key: 'integration_certified', title: 'Integration certified', kind: 'manual' }],
    };
    const created = await call('partner_manager', 'POST', '/api/onboarding-templates', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().steps[0]).toMatchObject({ required: true, eventType: null, description: null });
    const again = await call('partner_manager', 'POST', '/api/onboarding-templates', body);
    expect(again.statusCode).toBe(409);
    const dupKeys = await call('partner_manager', 'POST', '/api/onboarding-templates', {
      ...body,
      partnerType: 'msp',
      steps: [body.steps[0], body.steps[0]],
    });
    expect(dupKeys.statusCode).toBe(400);
    expect(dupKeys.json().errors.map((e: { field: string }) => e.field)).toEqual(['steps.1.key']);
    const manualWithEvent = await call('partner_manager', 'POST', '/api/onboarding-templates', {
      ...body,
      partnerType: 'msp',
      steps: [{ key: 'x1', title: 'X', kind: 'manual', eventType: 'user.invited' }],
    });
    expect(manualWithEvent.statusCode).toBe(400);

    const standard = (await call('admin', 'GET', '/api/onboarding-templates')).json().items[0];
    const retyped = await call('admin', 'PUT', `/api/onboarding-templates/${standard.id}`, {
      ...body,
      partnerType: 'reseller',
    });
    expect(retyped.statusCode).toBe(400);
    expect((await call('admin', 'DELETE', `/api/onboarding-templates/${standard.id}`)).statusCode).toBe(409);
    const deleted = await call('admin', 'DELETE', `/api/onboarding-templates/${created.json().id}`);
    expect(deleted.statusCode).toBe(204);
    expect((await call('admin', 'GET', `/api/onboarding-templates/${created.json().id}`)).statusCode).toBe(
      404,
    );
  });
});

describe('a partner entering onboarding', () => {
  let falcon: string;
  let falconAdmin: Record<string, string>;

  beforeAll(async () => {
    falcon = await createPartner('Falcon Resellers', 'reseller', 'recruited');
    falconAdmin = await partnerAdminOf(falcon, 'admin@falcon-resellers.com');
    // Invited before onboarding begins: the step counts it from the start.
    const invite = await call('admin', 'POST', '/api/users/invitations', {
      email: 'rep@falcon-resellers.com',
      name: 'Falcon Rep',
      role: 'partner_rep',
      partnerId: falcon,
    });
    expect(invite.statusCode, invite.body).toBe(201);
  });

  it('gets its checklist from the event stream once the job has run', async () => {
    const moved = await call('partner_manager', 'POST', `/api/partners/${falcon}/stage`, {
      stage: 'onboarding',
      reason: 'Agreement signed offline',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await call('partner_manager', 'GET', `/api/partners/${falcon}/onboarding`)).statusCode).toBe(404);
    expect(await runConsumer()).toMatchObject({ started: 1 });
    const list = await checklist(falcon);
    expect(list.onboarding).toMatchObject({ status: 'in_progress', done: 1, total: 7, stalled: false });
    const [invited] = await eventsOf('user.invited', falcon);
    expect(list.steps.find((s) => s.key === 'portal_users_invited')).toMatchObject({
      done: true,
      source: { kind: 'event', eventId: invited!.id, eventType: 'user.invited' },
    });
    expect(await eventsOf('onboarding.started', falcon)).toHaveLength(1);
  });

  it('completes steps from real events: a registration through the deals module, a completed course', async () => {
    const registration = await t.app.inject({
      method: 'POST',
      url: '/api/registrations',
      headers: falconAdmin,
      payload: {
        customerName: 'Sparrow Logistics',
        customerWebsite: 'sparrow-logistics.com',
        productLines: ['Analytics'],
        amountMinor: 5_000_000,
        currency: 'USD',
        expectedClose: '2026-06-30',
        submit: true,
      },
    });
    expect(registration.statusCode, registration.body).toBe(201);
    // The enablement module announces completed courses with the learner's partner.
    await publishEvent(t.systemCtx, {
      type: 'enablement.course_completed',
      entityType: 'course',
      entityId: 'course-101',
      partnerId: falcon,
      payload: { courseId: 'course-101', partnerId: falcon },
    });
    // Another partner's events complete nothing here.
    await publishEvent(t.systemCtx, {
      type: 'enablement.course_completed',
      entityType: 'course',
      entityId: 'course-101',
      partnerId: t.fixtures.partnerB,
      payload: { courseId: 'course-101', partnerId: t.fixtures.partnerB },
    });
    expect(await runConsumer()).toMatchObject({ stepsCompleted: 2 });
    const { steps, onboarding } = await checklist(falcon);
    const [registered] = await eventsOf('registration.registered', falcon);
    expect(steps.find((s) => s.key === 'first_deal_registered')).toMatchObject({
      done: true,
      source: { kind: 'event', eventId: registered!.id, eventType: 'registration.registered' },
    });
    expect(steps.find((s) => s.key === 'first_course_completed')?.done).toBe(true);
    expect(onboarding).toMatchObject({ done: 3, percent: 42, status: 'in_progress' });
    expect(await eventsOf('onboarding.step_completed', falcon)).toHaveLength(3);
  });

  it('lets the partner admin tick manual steps only; a vendor manager may complete an automatic one', async () => {
    const { steps } = await checklist(falcon);
    const kickoff = steps.find((s) => s.key === 'kickoff_meeting')!;
    const agreement = steps.find((s) => s.key === 'agreement_signed')!;
    const tick = (stepId: string, headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/partners/${falcon}/onboarding/steps/${stepId}/complete`,
        headers,
        payload: { note: 'Done on the call' },
      });
    const refused = await tick(agreement.id, falconAdmin);
    expect(refused.statusCode).toBe(403);
    const ticked = await tick(kickoff.id, falconAdmin);
    expect(ticked.statusCode, ticked.body).toBe(200);
    const falconAdminId = ticked
      .json()
      .steps.find((s: { key: string }) => s.key === 'kickoff_meeting').source;
    expect(falconAdminId).toMatchObject({ kind: 'user', name: 'Partner Admin' });
    // Ticking it again changes nothing.
    const before = await snapshotDatabase(t.db.database.db);
    expect((await tick(kickoff.id, falconAdmin)).statusCode).toBe(200);
    expect(diffSnapshots(before, await snapshotDatabase(t.db.database.db))).toEqual([]);

    const byManager = await tick(agreement.id, await t.as('partner_manager'));
    expect(byManager.statusCode, byManager.body).toBe(200);
    const after = byManager.json();
    expect(after.steps.find((s: { key: string }) => s.key === 'agreement_signed')).toMatchObject({
      done: true,
      note: 'Done on the call',
      source: { kind: 'user', userId: t.fixtures.users.partner_manager.id, name: 'partner_manager' },
    });
    // Every required step is done: the onboarding completes, once.
    expect(after.onboarding).toMatchObject({ status: 'completed', done: 5, total: 7, percent: 71 });
    const completed = await eventsOf('onboarding.completed', falcon);
    expect(completed).toHaveLength(1);
  });

  it('handles each event once: a second run, and a replay from the start, change nothing', async () => {
    expect(await runConsumer()).toMatchObject({ stepsCompleted: 0, started: 0 });
    await t.db.database.db
      .update(eventConsumerCursors)
      .set({ lastEventId: 0 })
      .where(eq(eventConsumerCursors.consumer, 'onboarding'));
    const before = await snapshotDatabase(t.db.database.db);
    const replay = await consumeEvents(t.systemCtx);
    expect(replay).toMatchObject({ stepsCompleted: 0, started: 0, firstRevenues: 0, activations: 0 });
    const changes = diffSnapshots(before, await snapshotDatabase(t.db.database.db));
    expect(changes.map((c) => c.split(':')[0])).toEqual(['public.event_consumer_cursors']);
  });

  it('still records optional steps after completion, without completing again', async () => {
    await publishEvent(t.systemCtx, {
      type: 'campaign.launched',
      entityType: 'campaign',
      entityId: 'spring-promo',
      partnerId: falcon,
      payload: { partnerId: falcon },
    });
    expect(await runConsumer()).toMatchObject({ stepsCompleted: 1 });
    expect((await checklist(falcon)).onboarding).toMatchObject({ status: 'completed', done: 6 });
    expect(await eventsOf('onboarding.completed', falcon)).toHaveLength(1);
  });

  it('is listed with its progress; filters by manager and status', async () => {
    const res = await call(
      'partner_manager',
      'GET',
      `/api/onboardings?managerId=${t.fixtures.users.partner_manager.id}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        partnerId: falcon,
        partnerName: 'Falcon Resellers',
        status: 'completed',
        done: 6,
      }),
    ]);
    const open = await call('partner_manager', 'GET', '/api/onboardings?status=in_progress');
    expect(open.json().items.map((o: { partnerId: string }) => o.partnerId)).not.toContain(falcon);
  });
});

describe('a per-type checklist and stalling', () => {
  let osprey: string;
  let templateId: string;

  beforeAll(async () => {
    const created = await call('admin', 'POST', '/api/onboarding-templates', {
      name: 'MSP onboarding',
      partnerType: 'msp',
      stalledAfterDays: 5,
      steps: [
        { key: 'welcome_call', title: 'Welcome call', kind: 'manual' },
        { key: 'noc_connected', title: 'NOC connected', kind: 'manual' },
        { key: 'first_win', title: 'First win', kind: 'automatic', eventType: 'deal.won', required: false },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    templateId = created.json().id;
    // Created straight into onboarding: partner.created starts it.
    osprey = await createPartner('Osprey Managed', 'msp', 'onboarding');
    await runConsumer();
  });

  it('uses the partner type’s own template, and keeps its steps when the template changes later', async () => {
    const before = await checklist(osprey);
    expect(before.steps.map((s) => s.key)).toEqual(['welcome_call', 'noc_connected', 'first_win']);
    const replaced = await call('admin', 'PUT', `/api/onboarding-templates/${templateId}`, {
      name: 'MSP onboarding v2',
      partnerType: 'msp',
      stalledAfterDays: 5,
      steps: [{ key: 'only_step', title: 'Only step', kind: 'manual' }],
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect((await checklist(osprey)).steps.map((s) => s.key)).toEqual([
      'welcome_call',
      'noc_connected',
      'first_win',
    ]);
  });

  it('is flagged stalled by the job after the template’s days without progress, announced once', async () => {
    expect(JOBS.map((job) => job.name)).toContain('onboarding.flag-stalled');
    expect(await flagStalledOnboardings(atDay(4))).toEqual({ flagged: 0 });
    expect(await flagStalledOnboardings(atDay(5.5))).toEqual({ flagged: 1 });
    expect(await flagStalledOnboardings(atDay(6))).toEqual({ flagged: 0 });
    const stalled = await eventsOf('onboarding.stalled', osprey);
    expect(stalled).toHaveLength(1);
    expect(stalled[0]!.payload).toMatchObject({ stalledAfterDays: 5, done: 0, total: 3 });
    const list = await call('partner_manager', 'GET', '/api/onboardings?stalled=true');
    expect(list.json().items.map((o: { partnerId: string }) => o.partnerId)).toEqual([osprey]);
    expect((await checklist(osprey)).onboarding.stalled).toBe(true);

    // Progress on day 7 clears the flag; five more quiet days stall it again, as a new stall.
    const manager: Ctx = {
      ...atDay(7),
      actor: {
        kind: 'user',
        userId: t.fixtures.users.partner_manager.id,
        role: 'partner_manager',
        partnerId: null,
        scopes: null,
        apiKeyId: null,
      },
    };
    const step = (await checklist(osprey)).steps[0]!;
    const after = await completeOnboardingStep(manager, osprey, step.id, {});
    expect(after.onboarding).toMatchObject({ stalled: false, done: 1 });
    expect(await flagStalledOnboardings(atDay(11))).toEqual({ flagged: 0 });
    expect(await flagStalledOnboardings(atDay(12.5))).toEqual({ flagged: 1 });
    expect(await eventsOf('onboarding.stalled', osprey)).toHaveLength(2);
  });
});
