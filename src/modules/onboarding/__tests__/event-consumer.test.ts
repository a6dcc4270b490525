import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { queryRows } from '../../../platform/db/rows.js';
import { GAP_WAIT_MS } from '../../../platform/events/consume-outbox.js';
import { domainEvents, eventConsumerCursors } from '../../../platform/events/events.table.js';
import { publishEvent } from '../../../platform/events/publish-event.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { changePartnerStage } from '../../partners/change-partner-stage.js';
import { createPartner } from '../../partners/create-partner.js';
import { deletePartner } from '../../partners/delete-partner.js';
import { consumeEvents } from '../consume-events.js';
import { loadOnboardingDetail } from '../onboarding-view.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const T0 = Date.parse('2026-02-01T08:00:00Z');
const at = (ms: number): Ctx => ({ ...t.systemCtx, clock: fixedClock(new Date(T0 + ms), 1) });

let counter = 0;
async function partnerInOnboarding(): Promise<string> {
  counter += 1;
  const partner = await createPartner(t.systemCtx, {
    name: `Consumer Test Partner ${counter}`,
    type: 'reseller',
    stage: 'onboarding',
    domains: [],
    regions: [],
    specializations: [],
  });
  return partner.id;
}

function courseCompleted(partnerId: string, ctx: Ctx = t.systemCtx) {
  return publishEvent(ctx, {
    type: 'enablement.course_completed',
    entityType: 'course',
    entityId: 'course-1',
    partnerId,
    payload: { partnerId, courseId: 'course-1' },
  });
}

async function stepDone(partnerId: string, key: string) {
  const detail = await loadOnboardingDetail(t.systemCtx, partnerId);
  return detail?.steps.find((s) => s.key === key)?.done ?? false;
}

/** Takes the next event id, as a transaction that inserts an event and has not committed (or rolled back) does. */
async function takeEventId(): Promise<number> {
  const [row] = await queryRows<{ id: string }>(
    t.db.database.db,
    sql`SELECT nextval(pg_get_serial_sequence('domain_events', 'id')) AS id`,
  );
  return Number(row!.id);
}

async function cursor() {
  const [row] = await t.db.database.db
    .select()
    .from(eventConsumerCursors)
    .where(eq(eventConsumerCursors.consumer, 'onboarding'));
  return row!;
}

describe('the onboarding event consumer', () => {
  it('stops before a missing event id, and handles the event once its transaction commits', async () => {
    const partner = await partnerInOnboarding();
    await consumeEvents(at(0));
    const late = await takeEventId();
    await courseCompleted(partner);
    const waiting = await consumeEvents(at(1000));
    expect(waiting).toMatchObject({ waitingOnGap: true, lastEventId: late - 1, stepsCompleted: 0 });
    expect(await stepDone(partner, 'first_course_completed')).toBe(false);
    expect((await cursor()).gapSeenAt).not.toBeNull();

    // The slower transaction commits its event with the id it took.
    await t.db.database.db.insert(domainEvents).values({
      id: late,
      type: 'user.invited',
      entityType: 'user',
      entityId: 'late-user',
      partnerId: partner,
      payload: { partnerId: partner },
      occurredAt: new Date(T0),
    });
    const caughtUp = await consumeEvents(at(2000));
    expect(caughtUp).toMatchObject({ waitingOnGap: false, stepsCompleted: 2 });
    expect(await stepDone(partner, 'portal_users_invited')).toBe(true);
    expect(await stepDone(partner, 'first_course_completed')).toBe(true);
    expect((await cursor()).gapSeenAt).toBeNull();
  });

  it('passes a missing id that stays missing (its transaction rolled back) after waiting', async () => {
    const partner = await partnerInOnboarding();
    await consumeEvents(at(10_000));
    await takeEventId();
    await courseCompleted(partner);
    expect(await consumeEvents(at(20_000))).toMatchObject({ waitingOnGap: true, stepsCompleted: 0 });
    expect(await consumeEvents(at(20_000 + GAP_WAIT_MS / 2))).toMatchObject({
      waitingOnGap: true,
      stepsCompleted: 0,
    });
    expect(await consumeEvents(at(20_000 + GAP_WAIT_MS))).toMatchObject({
      waitingOnGap: false,
      stepsCompleted: 1,
    });
    expect(await stepDone(partner, 'first_course_completed')).toBe(true);
  });

  it('handles each event once when two runs overlap', async () => {
    const partners = [];
    for (let i = 0; i < 4; i++) partners.push(await partnerInOnboarding());
    await consumeEvents(at(300_000));
    for (const partner of partners) await courseCompleted(partner);
    const runs = await Promise.all([consumeEvents(at(301_000)), consumeEvents(at(301_000))]);
    expect(runs[0]!.stepsCompleted + runs[1]!.stepsCompleted).toBe(4);
    const completions = await t.db.database.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.type, 'onboarding.step_completed'));
    for (const partner of partners) {
      expect(completions.filter((e) => e.partnerId === partner)).toHaveLength(1);
    }
  });

  it('passes over payloads that do not fit and partners that are gone, without stopping', async () => {
    await consumeEvents(at(400_000));
    await publishEvent(t.systemCtx, {
      type: 'deal.won',
      entityType: 'deal',
      entityId: '019bc0e2-0000-7000-8000-000000000001',
      payload: { partnerIds: 'not-a-list' },
    });
    const gone = await partnerInOnboarding();
    await deletePartner(t.systemCtx, gone);
    const partner = await partnerInOnboarding();
    await courseCompleted(partner);
    const result = await consumeEvents(at(401_000));
    expect(result).toMatchObject({ ignored: 1, waitingOnGap: false, stepsCompleted: 1 });
    expect(result.started).toBe(1);
  });

  it('starts no checklist for a partner that has left onboarding by the time its event is read', async () => {
    await consumeEvents(at(500_000));
    const movedOn = await partnerInOnboarding();
    await changePartnerStage(t.systemCtx, movedOn, { stage: 'active', reason: 'Onboarded outside Trellis' });
    const stillOnboarding = await partnerInOnboarding();
    const result = await consumeEvents(at(501_000));
    expect(result.started).toBe(1);
    expect(await loadOnboardingDetail(t.systemCtx, movedOn)).toBeNull();
    expect(await loadOnboardingDetail(t.systemCtx, stillOnboarding)).not.toBeNull();
  });
});
