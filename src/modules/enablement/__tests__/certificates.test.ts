import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { certificationMomentum, momentumOf } from '../certification-momentum.js';
import { completeLesson } from '../complete-lesson.js';
import { countCertifiedPeople } from '../count-certified-people.js';
import { enroll } from '../enroll.js';
import { findCertificates } from '../find-certificates.js';
import { getCertificationMomentum } from '../get-certification-momentum.js';
import { getCertificationReport } from '../get-certification-report.js';
import { notifyExpiringCertificates } from '../notify-expiring-certificates.js';
import { submitQuizAttempt } from '../submit-quiz-attempt.js';
import { DAY, enablementApi, eventsOf, START, systemAt, userAt } from './enablement-test-helpers.js';

let t: TestApp;
const api = enablementApi(() => t);
let course: { id: string; lessonIds: string[] };
const at = (days: number) => new Date(START + days * DAY);

/** The user passes the course's quiz on that day (enrolling and finishing its lessons first). */
async function pass(user: TestUserKey, day: number) {
  const ctx = userAt(t, user, day);
  await enroll(ctx, course.id);
  for (const lessonId of course.lessonIds) await completeLesson(ctx, course.id, lessonId);
  const result = await submitQuizAttempt(ctx, course.id, { answers: await api.answers(course.id, 2) });
  expect(result.certificate).not.toBeNull();
  return result.certificate!;
}

const certs = {} as Record<
  'repA1' | 'adminA' | 'repB1' | 'repA2' | 'repB2',
  { id: string; expiresAt: string }
>;

beforeAll(async () => {
  t = await createTestApp();
  course = await api.course({
    openToAll: true,
    lessons: 2,
    certification: { name: 'Certified Admin', validDays: 100 },
  });
});
afterAll(async () => t?.close());

// Timeline (days after the start): three people certify on day 0 (valid 100 days); partner A's rep
// renews before expiry on day 65; partner B's rep lets it lapse and renews on day 150.
describe('certificates over time', () => {
  it('certifies with an expiry of the valid days', async () => {
    certs.repA1 = await pass('partner_rep_a', 0);
    certs.adminA = await pass('partner_admin_a', 0);
    certs.repB1 = await pass('partner_rep_b', 0);
    expect(Date.parse(certs.repA1.expiresAt)).toBeGreaterThanOrEqual(at(100).getTime());
    expect(Date.parse(certs.repA1.expiresAt)).toBeLessThan(at(100).getTime() + 1000);
  });

  it('says valid, expiring within 30 days, then expired', async () => {
    const stateOn = async (day: number) =>
      (await findCertificates(userAt(t, 'partner_rep_b', day), { limit: 10, sort: '-issuedAt' })).items.map(
        (c) => c.state,
      );
    expect(await stateOn(10)).toEqual(['valid']);
    expect(await stateOn(75)).toEqual(['expiring']);
    expect(await stateOn(101)).toEqual(['expired']);
    const expiring = await findCertificates(systemAt(t, 75), {
      limit: 10,
      sort: 'expiresAt',
      state: 'expiring',
    });
    expect(expiring.items).toHaveLength(3);
  });

  it('announces a certificate 30 days before expiry, once, and not one already renewed', async () => {
    expect(await notifyExpiringCertificates(systemAt(t, 60))).toEqual({ notified: 0 });
    certs.repA2 = await pass('partner_rep_a', 65);
    expect(await notifyExpiringCertificates(systemAt(t, 75))).toEqual({ notified: 2 });
    expect(await notifyExpiringCertificates(systemAt(t, 76))).toEqual({ notified: 0 });
    expect(await notifyExpiringCertificates(systemAt(t, 101))).toEqual({ notified: 0 });
    const events = await eventsOf(t, 'enablement.certificate_expiring');
    expect(events.map((e) => e.entityId).sort()).toEqual([certs.adminA.id, certs.repB1.id].sort());
    expect(events.find((e) => e.entityId === certs.repB1.id)).toMatchObject({
      partnerId: t.fixtures.partnerB,
      payload: {
        courseId: course.id,
        userId: t.fixtures.users.partner_rep_b.id,
        expiresAt: certs.repB1.expiresAt,
      },
    });
    // The renewal (expiring on day 165) is announced in its own window.
    expect(await notifyExpiringCertificates(systemAt(t, 140))).toEqual({ notified: 1 });
    expect((await eventsOf(t, 'enablement.certificate_expiring', certs.repA2.id)).length).toBe(1);
    // The scheduler runs it as a catalogued job; nothing is left to announce today.
    const run = await api.ok('admin', 'POST', '/api/jobs/certificates.expiring/run');
    expect(run).toMatchObject({ name: 'certificates.expiring', ok: true, result: { notified: 0 } });
  });

  it('renews before and after expiry, each new certificate naming the one it renews', async () => {
    expect(certs.repA2).toMatchObject({ previousCertificateId: certs.repA1.id });
    certs.repB2 = await pass('partner_rep_b', 150);
    expect(certs.repB2).toMatchObject({ previousCertificateId: certs.repB1.id, state: 'valid' });
    const [renewal] = await eventsOf(t, 'enablement.certified', certs.repB2.id);
    expect(renewal?.payload).toMatchObject({ renewal: true, previousCertificateId: certs.repB1.id });
    const current = await findCertificates(systemAt(t, 150), { limit: 10, sort: 'issuedAt', current: true });
    expect(current.items.map((c) => c.id).sort()).toEqual(
      [certs.adminA.id, certs.repA2.id, certs.repB2.id].sort(),
    );
    const renewed = await findCertificates(systemAt(t, 150), { limit: 10, sort: 'issuedAt', current: false });
    expect(renewed.items.map((c) => [c.id, c.renewedById])).toEqual([
      [certs.repA1.id, certs.repA2.id],
      [certs.repB1.id, certs.repB2.id],
    ]);
  });
});

describe('numbers for tiering and the program', () => {
  const db = () => t.db.database.db;

  it('counts certified people: distinct people with a certificate valid at that moment', async () => {
    const count = async (day: number) => Object.fromEntries(await countCertifiedPeople(db(), at(day)));
    const a = t.fixtures.partnerA;
    const b = t.fixtures.partnerB;
    expect(await count(-1)).toEqual({});
    expect(await count(50)).toEqual({ [a]: 2, [b]: 1 });
    // Day 70: partner A's rep holds two valid certificates (the first and its renewal) but is one person.
    expect(await count(70)).toEqual({ [a]: 2, [b]: 1 });
    expect(await count(120)).toEqual({ [a]: 1 });
    expect(await count(160)).toEqual({ [a]: 1, [b]: 1 });
    expect(await count(300)).toEqual({});
  });

  it('leaves out people who were disabled', async () => {
    const admin = t.fixtures.users.partner_admin_a.id;
    await api.ok('admin', 'PATCH', `/api/users/${admin}`, { status: 'disabled' });
    expect((await countCertifiedPeople(db(), at(50))).get(t.fixtures.partnerA)).toBe(1);
    await api.ok('admin', 'PATCH', `/api/users/${admin}`, { status: 'active' });
    expect((await countCertifiedPeople(db(), at(50))).get(t.fixtures.partnerA)).toBe(2);
  });

  it('measures momentum: the last 90 days over the 90 before, null without an earlier base', async () => {
    const a = t.fixtures.partnerA;
    const b = t.fixtures.partnerB;
    const on = async (day: number) => Object.fromEntries(await certificationMomentum(db(), at(day)));
    expect(await on(60)).toEqual({
      [a]: { last90Days: 2, previous90Days: 0, momentum: null },
      [b]: { last90Days: 1, previous90Days: 0, momentum: null },
    });
    expect(await on(100)).toEqual({
      [a]: { last90Days: 1, previous90Days: 2, momentum: 0.5 },
      [b]: { last90Days: 0, previous90Days: 1, momentum: 0 },
    });
    expect(await on(170)).toEqual({
      [a]: { last90Days: 0, previous90Days: 3, momentum: 0 },
      [b]: { last90Days: 1, previous90Days: 1, momentum: 1 },
    });
    expect(momentumOf(3, 2)).toBe(1.5);
    expect(momentumOf(3, 0)).toBeNull();
    expect(momentumOf(0, 0)).toBeNull();
  });

  it('reports per partner: certified people, and current certificates valid, expiring and expired', async () => {
    const report = async (day: number, extra: object = {}) =>
      (
        await getCertificationReport(systemAt(t, 0), {
          limit: 50,
          sort: 'partnerName',
          asOf: at(day).toISOString(),
          ...extra,
        })
      ).items;
    const row = (items: Awaited<ReturnType<typeof report>>, id: string) =>
      items.find((r) => r.partnerId === id);
    const day75 = await report(75);
    expect(row(day75, t.fixtures.partnerA)).toMatchObject({
      certifiedPeople: 2,
      validCertificates: 2,
      expiringIn30Days: 1,
      expired: 0,
    });
    expect(row(day75, t.fixtures.partnerB)).toMatchObject({
      certifiedPeople: 1,
      validCertificates: 1,
      expiringIn30Days: 1,
    });
    const day120 = await report(120);
    expect(row(day120, t.fixtures.partnerA)).toMatchObject({
      certifiedPeople: 1,
      validCertificates: 1,
      expired: 1,
    });
    expect(row(day120, t.fixtures.partnerB)).toMatchObject({
      certifiedPeople: 0,
      validCertificates: 0,
      expired: 1,
    });
    // Renewed after it lapsed: the lapsed one no longer counts as expired.
    const day160 = await report(160);
    expect(row(day160, t.fixtures.partnerB)).toMatchObject({
      certifiedPeople: 1,
      validCertificates: 1,
      expired: 0,
    });
    expect((await report(75, { partnerType: 'reseller' })).map((r) => r.partnerId)).toEqual([
      t.fixtures.partnerB,
    ]);
    expect(await report(75, { courseId: '019bc0e2-0000-7000-8000-00000000dead' })).toEqual([
      expect.objectContaining({ certifiedPeople: 0 }),
      expect.objectContaining({ certifiedPeople: 0 }),
    ]);
  });

  it('pages the report by any of its sort keys, one partner at a time', async () => {
    for (const sort of ['partnerName', '-partnerName', '-certifiedPeople', 'expired', '-expiringIn30Days']) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await getCertificationReport(systemAt(t, 0), {
          limit: 1,
          sort,
          asOf: at(75).toISOString(),
          ...(cursor ? { cursor } : {}),
        });
        seen.push(...page.items.map((r) => r.partnerId));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.sort(), sort).toEqual([t.fixtures.partnerA, t.fixtures.partnerB].sort());
    }
    const ranked = await getCertificationReport(systemAt(t, 0), {
      limit: 10,
      sort: '-certifiedPeople',
      asOf: at(75).toISOString(),
    });
    expect(ranked.items.map((r) => r.certifiedPeople)).toEqual([2, 1]);
  });

  it('serves both reports to the vendor over HTTP, and refuses a forged cursor', async () => {
    const asOf = at(100).toISOString();
    const momentum = await api.ok('partner_manager', 'GET', `/api/enablement/reports/momentum?asOf=${asOf}`);
    expect(
      momentum.items.find((r: { partnerId: string }) => r.partnerId === t.fixtures.partnerA),
    ).toMatchObject({
      last90Days: 1,
      previous90Days: 2,
      momentum: 0.5,
    });
    const viaUseCase = await getCertificationMomentum(systemAt(t, 0), {
      limit: 50,
      sort: 'partnerName',
      asOf,
    });
    expect(momentum.items).toEqual(viaUseCase.items);
    const report = await api.ok(
      'admin',
      'GET',
      `/api/enablement/reports/certifications?asOf=${asOf}&sort=-certifiedPeople`,
    );
    expect(report.items[0].partnerId).toBe(t.fixtures.partnerA);
    const forged = Buffer.from(JSON.stringify(['many', t.fixtures.partnerA])).toString('base64url');
    const bad = await api.call(
      'admin',
      'GET',
      `/api/enablement/reports/certifications?sort=-certifiedPeople&cursor=${forged}`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query.cursor');
    for (const user of ['partner_admin_a', 'partner_rep_b', 'sales_rep'] as const) {
      expect((await api.call(user, 'GET', '/api/enablement/reports/certifications')).statusCode).toBe(403);
    }
  });
});
