import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { domainEvents } from '../../../platform/events/events.table.js';
import { publishEvent } from '../../../platform/events/publish-event.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { expireInvitations } from '../expire-invitations.js';
import { getPartnerEngagement } from '../get-partner-engagement.js';
import { inviteAfterEvents } from '../invite-after-events.js';
import { recordPortalActivity } from '../record-portal-activity.js';
import { sendScheduledSurveys } from '../send-scheduled-surveys.js';
import { portalActivity, surveyInvitations } from '../surveys.table.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const at = (iso: string) => fixedClock(new Date(iso), 1);
const systemAt = (iso: string): Ctx => ({ ...t.systemCtx, clock: at(iso) });
function userAt(user: TestUserKey, iso: string): Ctx {
  const fixture = t.fixtures.users[user];
  const partnerId = user.endsWith('_a')
    ? t.fixtures.partnerA
    : user.endsWith('_b')
      ? t.fixtures.partnerB
      : null;
  return {
    ...systemAt(iso),
    actor: { kind: 'user', userId: fixture.id, role: fixture.role, partnerId, scopes: null, apiKeyId: null },
  };
}

async function call(user: TestUserKey | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.request(user, { method, url, ...(payload ? { payload } : {}) });
}

const baseSurvey = {
  name: 'Quarterly partner satisfaction',
  questions: [
    { key: 'value', text: 'How valuable is the partnership to your business?' },
    { key: 'support', text: 'How satisfied are you with our partner support?' },
  ],
  recommendQuestion: 'How likely are you to recommend partnering with us?',
  commentQuestion: 'What should we do better?',
  trigger: 'schedule',
  intervalDays: 90,
  roles: ['partner_admin', 'partner_rep'],
  responseDays: 14,
};

async function createActiveSurvey(overrides: object = {}) {
  const created = await call('admin', 'POST', '/api/surveys', { ...baseSurvey, ...overrides });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const activated = await call('partner_manager', 'POST', `/api/surveys/${id}/status`, { status: 'active' });
  expect(activated.statusCode, activated.body).toBe(200);
  return id;
}

async function invitationsOf(surveyId: string) {
  return t.systemCtx.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, surveyId));
}

let scheduledId: string;

describe('surveys', () => {
  it('refuses an invalid survey with field errors and writes nothing', async () => {
    const res = await call('admin', 'POST', '/api/surveys', {
      ...baseSurvey,
      intervalDays: null,
      questions: [baseSurvey.questions[0], { key: 'value', text: 'The same key again?' }],
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['intervalDays', 'questions.1.key']));
    const list = await call('admin', 'GET', '/api/surveys');
    expect(list.json().items).toEqual([]);
  });

  it('lets only admins and partner managers manage surveys', async () => {
    expect((await call('sales_rep', 'POST', '/api/surveys', baseSurvey)).statusCode).toBe(403);
    expect((await call('partner_admin_a', 'GET', '/api/surveys')).statusCode).toBe(403);
    scheduledId = await createActiveSurvey();
    const closedTwice = await call('admin', 'POST', `/api/surveys/${scheduledId}/status`, {
      status: 'active',
    });
    expect(closedTwice.statusCode).toBe(409);
  });
});

describe('sending', () => {
  it('invites every enabled partner user once per interval, however often the job runs', async () => {
    const first = await sendScheduledSurveys(systemAt('2026-01-15T10:00:00Z'));
    expect(first.invited).toBe(4);
    const again = await sendScheduledSurveys(systemAt('2026-01-15T11:00:00Z'));
    const nextDay = await sendScheduledSurveys(systemAt('2026-01-16T10:00:00Z'));
    expect(again.invited + nextDay.invited).toBe(0);
    const invitations = await invitationsOf(scheduledId);
    expect(invitations).toHaveLength(4);
    expect(new Set(invitations.map((i) => i.triggerKey))).toEqual(new Set(['schedule:2026-01-15']));
    const events = await t.systemCtx.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.type, 'survey.invited'));
    expect(events).toHaveLength(4);
    expect(events.every((e) => e.partnerId)).toBe(true);
  });

  it('invites the partner an event concerns, once even when the event is consumed again', async () => {
    const surveyId = await createActiveSurvey({
      name: 'After onboarding',
      trigger: 'onboarding.completed',
      intervalDays: null,
      roles: ['partner_admin'],
    });
    await publishEvent(t.systemCtx, {
      type: 'onboarding.completed',
      entityType: 'onboarding',
      entityId: t.fixtures.partnerB,
      partnerId: t.fixtures.partnerB,
      payload: {},
    });
    const run = await inviteAfterEvents(t.systemCtx);
    expect(run.invited).toBe(1);
    const invitations = await invitationsOf(surveyId);
    expect(invitations.map((i) => i.userId)).toEqual([t.fixtures.users.partner_admin_b.id]);
    expect(invitations[0]!.triggerKey).toMatch(/^onboarding\.completed:\d+$/);
    // A batch offered again (after a crash) invites nobody twice.
    await t.systemCtx.db.execute(
      `update event_consumer_cursors set last_event_id = 0 where consumer = 'surveys'`,
    );
    expect((await inviteAfterEvents(t.systemCtx)).invited).toBe(0);
    expect(await invitationsOf(surveyId)).toHaveLength(1);
  });

  it('sends now only while active, and shows pending surveys to their users only', async () => {
    const draft = await call('admin', 'POST', '/api/surveys', { ...baseSurvey, name: 'Draft survey' });
    const refused = await call('admin', 'POST', `/api/surveys/${draft.json().id}/send`, {});
    expect(refused.statusCode).toBe(409);
    const count = await call('partner_rep_a', 'GET', '/api/survey-invitations/pending-count');
    expect(count.json()).toEqual({ pending: 1 });
    const mine = await call('partner_rep_a', 'GET', '/api/survey-invitations');
    expect(mine.json().items.map((i: { userId: string }) => i.userId)).toEqual([
      t.fixtures.users.partner_rep_a.id,
    ]);
    const all = await call('partner_manager', 'GET', `/api/survey-invitations?surveyId=${scheduledId}`);
    expect(all.json().items).toHaveLength(4);
  });
});

describe('answering', () => {
  async function invitationOf(user: TestUserKey) {
    const [row] = await t.systemCtx.db
      .select()
      .from(surveyInvitations)
      .where(
        and(
          eq(surveyInvitations.surveyId, scheduledId),
          eq(surveyInvitations.userId, t.fixtures.users[user].id),
        ),
      );
    return row!.id;
  }

  it('takes one complete answer from the invited user, and refuses everyone else', async () => {
    const id = await invitationOf('partner_rep_a');
    const colleague = await call('partner_admin_a', 'POST', `/api/survey-invitations/${id}/response`, {
      ratings: { value: 5, support: 5 },
      recommend: 10,
    });
    expect(colleague.statusCode).toBe(404);
    const otherPartner = await call('partner_rep_b', 'GET', `/api/survey-invitations/${id}`);
    expect(otherPartner.statusCode).toBe(404);
    const incomplete = await call('partner_rep_a', 'POST', `/api/survey-invitations/${id}/response`, {
      ratings: { value: 5, nope: 3 },
      recommend: 10,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(
      incomplete
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['ratings.nope', 'ratings.support']);
    const outOfScale = await call('partner_rep_a', 'POST', `/api/survey-invitations/${id}/response`, {
      ratings: { value: 6, support: 3 },
      recommend: 11,
    });
    expect(outOfScale.statusCode).toBe(400);
    const answered = await call('partner_rep_a', 'POST', `/api/survey-invitations/${id}/response`, {
      ratings: { value: 5, support: 3 },
      recommend: 10,
      comment: 'Great partner team',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', response: { recommend: 10 } });
    const twice = await call('partner_rep_a', 'POST', `/api/survey-invitations/${id}/response`, {
      ratings: { value: 1, support: 1 },
      recommend: 0,
    });
    expect(twice.statusCode).toBe(409);
    const second = await call(
      'partner_admin_a',
      'POST',
      `/api/survey-invitations/${await invitationOf('partner_admin_a')}/response`,
      {
        ratings: { value: 4, support: 2 },
        recommend: 6,
        comment: 'Slow answers on deal registrations',
      },
    );
    expect(second.statusCode, second.body).toBe(200);
  });

  it('expires invitations past their due date, which can then not be answered', async () => {
    const result = await expireInvitations(systemAt('2026-02-20T00:00:00Z'));
    expect(result.expired).toBe(3);
    const id = await invitationOf('partner_rep_b');
    const late = await call('partner_rep_b', 'POST', `/api/survey-invitations/${id}/response`, {
      ratings: { value: 5, support: 5 },
      recommend: 9,
    });
    expect(late.statusCode).toBe(409);
    expect((await expireInvitations(systemAt('2026-02-21T00:00:00Z'))).expired).toBe(0);
  });
});

describe('reports', () => {
  it('gives PSAT and pNPS by tier, region and month to vendor staff only', async () => {
    expect((await call('partner_admin_a', 'GET', '/api/satisfaction/report')).statusCode).toBe(403);
    expect((await call('partner_rep_a', 'GET', '/api/satisfaction/comments')).statusCode).toBe(403);
    const report = (await call('finance', 'GET', '/api/satisfaction/report')).json();
    // Ratings 5, 3, 4, 2 → 2 of 4 are 4–5; recommends 10 and 6 → 50 % − 50 %.
    expect(report.overall).toMatchObject({ psat: 50, psatAnswers: 4, pnps: 0, responses: 2 });
    expect(report.byRegion).toEqual([expect.objectContaining({ key: 'EMEA', psat: 50, responses: 2 })]);
    expect(report.byTier).toEqual([expect.objectContaining({ key: 'untiered', responses: 2 })]);
    expect(report.byMonth).toHaveLength(12);
    expect(report.byMonth.at(-1)).toMatchObject({ key: '2026-01', responses: 2 });
    expect(report.byMonth[0]).toMatchObject({ key: '2025-02', psat: null, pnps: null, responses: 0 });
    const partners = (await call('admin', 'GET', '/api/satisfaction/partners?sort=-psat')).json();
    expect(
      partners.items.map((p: { partnerId: string; psat: number | null }) => [p.partnerId, p.psat]),
    ).toEqual([
      [t.fixtures.partnerA, 50],
      [t.fixtures.partnerB, null],
    ]);
    const comments = (await call('partner_manager', 'GET', '/api/satisfaction/comments')).json();
    expect(comments.items.map((c: { comment: string }) => c.comment)).toEqual([
      'Slow answers on deal registrations',
      'Great partner team',
    ]);
  });
});

describe('portal engagement', () => {
  async function activityOf(user: TestUserKey) {
    return t.systemCtx.db
      .select()
      .from(portalActivity)
      .where(eq(portalActivity.userId, t.fixtures.users[user].id));
  }

  it("records a partner user's successful requests once per day and area", async () => {
    expect(await activityOf('partner_admin_b')).toEqual([]);
    await call('partner_admin_b', 'GET', '/api/survey-invitations');
    await call('partner_admin_b', 'GET', '/api/survey-invitations/pending-count');
    await call('partner_admin_b', 'GET', `/api/partners/${t.fixtures.partnerB}`);
    const rows = await activityOf('partner_admin_b');
    expect(rows.map((r) => r.area).sort()).toEqual(['partners', 'surveys']);
    expect(rows.every((r) => r.partnerId === t.fixtures.partnerB && r.day === '2026-01-15')).toBe(true);
  });

  it('records nothing for failed requests, session checks or vendor staff', async () => {
    await call('partner_rep_b', 'GET', '/api/survey-invitations/019bc0e2-0000-7000-8000-00000000dead');
    await call('partner_rep_b', 'GET', '/api/satisfaction/report');
    await call('partner_rep_b', 'GET', '/api/auth/me');
    expect(await activityOf('partner_rep_b')).toEqual([]);
    await call('admin', 'GET', '/api/survey-invitations');
    expect(await activityOf('admin')).toEqual([]);
  });

  it('scores engagement from users, days and areas over the last 30 days', async () => {
    await recordPortalActivity(userAt('partner_rep_a', '2026-02-27T09:00:00Z'), 'registrations');
    await recordPortalActivity(userAt('partner_rep_a', '2026-02-28T09:00:00Z'), 'deals');
    await recordPortalActivity(userAt('partner_rep_a', '2026-02-28T10:00:00Z'), 'registrations');
    await recordPortalActivity(userAt('partner_admin_a', '2026-03-01T09:00:00Z'), 'enablement');
    // Outside the window (more than 30 days before 2026-03-01).
    await recordPortalActivity(userAt('partner_admin_a', '2026-01-20T09:00:00Z'), 'mapping');
    const engagement = await getPartnerEngagement(
      userAt('partner_rep_a', '2026-03-01T12:00:00Z'),
      t.fixtures.partnerA,
    );
    // 50 × 2/2 users + 30 × 3/12 days + 20 × 3/5 areas = 50 + 7.5 + 12 = 69.5 → 70
    expect(engagement).toMatchObject({
      score: 70,
      enabledUsers: 2,
      activeUsers: 2,
      activeDays: 3,
      areas: ['deals', 'enablement', 'registrations'],
      from: '2026-01-31',
      to: '2026-03-01',
    });
    await expect(
      getPartnerEngagement(userAt('partner_rep_a', '2026-03-01T12:00:00Z'), t.fixtures.partnerB),
    ).rejects.toMatchObject({ code: 'not_found' });
    const own = await call('partner_rep_a', 'GET', `/api/partners/${t.fixtures.partnerA}/engagement`);
    expect(own.statusCode).toBe(200);
    expect(
      (await call('partner_rep_a', 'GET', `/api/partners/${t.fixtures.partnerB}/engagement`)).statusCode,
    ).toBe(404);
  });
});
