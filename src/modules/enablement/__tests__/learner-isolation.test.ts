import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { enablementApi } from './enablement-test-helpers.js';

let t: TestApp;
const api = enablementApi(() => t);
const MISSING = '019bc0e2-0000-7000-8000-00000000dead';
const learners = ['partner_rep_a', 'partner_admin_a', 'partner_rep_b', 'partner_admin_b'] as const;
type Learner = (typeof learners)[number];

let courseId = '';
const records = {} as Record<Learner, { enrollment: string; certificate: string }>;

beforeAll(async () => {
  t = await createTestApp();
  const course = await api.course({
    openToAll: true,
    certification: { name: 'Certified Partner', validDays: 365 },
  });
  courseId = course.id;
  const answers = await api.answers(course.id, 2);
  for (const user of learners) {
    const enrolled = await api.ok(
      user,
      'POST',
      `/api/enablement/courses/${course.id}/enrollment`,
      undefined,
      201,
    );
    await api.ok(
      user,
      'POST',
      `/api/enablement/courses/${course.id}/lessons/${course.lessonIds[0]}/complete`,
    );
    const attempt = await api.ok(
      user,
      'POST',
      `/api/enablement/courses/${course.id}/attempts`,
      { answers },
      201,
    );
    records[user] = { enrollment: enrolled.enrollmentId, certificate: attempt.certificate.id };
  }
});
afterAll(async () => t?.close());

/** Whose records each partner user may see: a rep its own, an admin its partner's people's. */
const SEES: Record<Learner, Learner[]> = {
  partner_rep_a: ['partner_rep_a'],
  partner_admin_a: ['partner_rep_a', 'partner_admin_a'],
  partner_rep_b: ['partner_rep_b'],
  partner_admin_b: ['partner_rep_b', 'partner_admin_b'],
};

const EXTRA_FILTERS: Record<'enrollments' | 'certificates', Array<Record<string, string>>> = {
  enrollments: [{ status: 'completed' }, { status: 'in_progress' }, { sort: '-updatedAt', limit: '1' }],
  certificates: [{ state: 'valid' }, { current: 'true' }, { sort: 'expiresAt', limit: '1' }],
};

function filtersAimedAt(
  target: Learner,
  what: 'enrollments' | 'certificates',
): Array<Record<string, string>> {
  const partnerId = target.endsWith('_a') ? t.fixtures.partnerA : t.fixtures.partnerB;
  const userId = t.fixtures.users[target].id;
  return [
    {},
    { userId },
    { partnerId },
    { userId, partnerId },
    { courseId },
    { courseId, userId },
    { limit: '1' },
    { limit: '200' },
    ...EXTRA_FILTERS[what].map((extra) => ({ ...extra, userId })),
  ];
}

async function list(user: TestUserKey, what: 'enrollments' | 'certificates', query: Record<string, string>) {
  const page = await api.ok(user, 'GET', `/api/enablement/${what}?${new URLSearchParams(query)}`);
  return page.items as Array<{ id: string; userId: string; partnerId: string }>;
}

describe("a partner user never sees another partner's (or, as a rep, a colleague's) learning records", () => {
  for (const user of learners) {
    it(`${user}: every filter on enrollments and certificates returns only whose records it may see`, async () => {
      const allowed = new Set(SEES[user].map((u) => t.fixtures.users[u].id));
      for (const target of learners) {
        for (const what of ['enrollments', 'certificates'] as const) {
          for (const query of filtersAimedAt(target, what)) {
            const items = await list(user, what, query);
            const label = `${user} ${what} ${JSON.stringify(query)}`;
            expect(
              items.every((item) => allowed.has(item.userId)),
              label,
            ).toBe(true);
          }
        }
      }
      const everything = await list(user, 'enrollments', { limit: '200' });
      expect(everything.map((e) => e.userId).sort()).toEqual([...allowed].sort());
    });

    it(`${user}: asking for someone else's enrollment or certificate by id is the same 404 as a missing one`, async () => {
      const ghost = (await api.call(user, 'GET', `/api/enablement/enrollments/${MISSING}`)).json();
      for (const target of learners) {
        const visible = SEES[user].includes(target);
        for (const [kind, id] of [
          ['enrollments', records[target].enrollment],
          ['certificates', records[target].certificate],
        ] as const) {
          const res = await api.call(user, 'GET', `/api/enablement/${kind}/${id}`);
          if (visible) {
            expect(res.statusCode, `${user} → ${target} ${kind}`).toBe(200);
            continue;
          }
          expect(res.statusCode, `${user} → ${target} ${kind}`).toBe(404);
          const missing = (await api.call(user, 'GET', `/api/enablement/${kind}/${MISSING}`)).json();
          expect(res.json().detail).toBe(missing.detail);
          expect(res.body).not.toContain(t.fixtures.users[target].id);
        }
      }
      expect(ghost.status).toBe(404);
    });
  }

  it("a partner user's course view carries its own progress only", async () => {
    for (const user of learners) {
      const detail = await api.ok(user, 'GET', `/api/enablement/courses/${courseId}`);
      expect(detail.progress.enrollmentId).toBe(records[user].enrollment);
      for (const other of learners.filter((u) => u !== user)) {
        expect(JSON.stringify(detail)).not.toContain(records[other].enrollment);
        expect(JSON.stringify(detail)).not.toContain(t.fixtures.users[other].id);
      }
    }
  });

  it('vendor users see everyone, and can narrow by partner or person', async () => {
    for (const user of ['admin', 'partner_manager', 'sales_rep', 'finance'] as const) {
      expect(await list(user, 'enrollments', { limit: '200' })).toHaveLength(4);
      expect(await list(user, 'certificates', { limit: '200' })).toHaveLength(4);
    }
    const b = await list('partner_manager', 'certificates', { partnerId: t.fixtures.partnerB });
    expect(b.map((c) => c.userId).sort()).toEqual(
      [t.fixtures.users.partner_rep_b.id, t.fixtures.users.partner_admin_b.id].sort(),
    );
    const detail = await api.ok(
      'sales_rep',
      'GET',
      `/api/enablement/enrollments/${records.partner_rep_b.enrollment}`,
    );
    expect(detail.partnerName).toBe('Beta Resellers Inc');
  });

  it('only partner users take courses: the vendor cannot enroll', async () => {
    for (const user of ['admin', 'partner_manager', 'sales_rep', 'finance'] as const) {
      const res = await api.call(user, 'POST', `/api/enablement/courses/${courseId}/enrollment`);
      expect(res.statusCode).toBe(403);
    }
  });
});
