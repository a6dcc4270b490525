import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { completeLesson } from '../complete-lesson.js';
import { enroll } from '../enroll.js';
import { submitQuizAttempt } from '../submit-quiz-attempt.js';
import { DAY, enablementApi, START, userAt } from './enablement-test-helpers.js';

let t: TestApp;
const api = enablementApi(() => t);
const iso = (days: number) => new Date(START + days * DAY).toISOString();

let certified: { id: string; lessonIds: string[] };
let siDraft: { id: string };

/** The user finishes the certified course on that day (enrolling, doing its lessons, passing the quiz). */
async function pass(user: TestUserKey, day: number) {
  const ctx = userAt(t, user, day);
  await enroll(ctx, certified.id);
  for (const lessonId of certified.lessonIds) await completeLesson(ctx, certified.id, lessonId);
  const result = await submitQuizAttempt(ctx, certified.id, { answers: await api.answers(certified.id, 2) });
  expect(result.certificate).not.toBeNull();
}

beforeAll(async () => {
  t = await createTestApp();
  certified = await api.course({
    title: 'Certified administrator',
    openToAll: true,
    lessons: 2,
    certification: { name: 'Certified Admin', validDays: 365 },
  });
  siDraft = await api.course({ title: 'Integration deep dive', publish: false, lessons: 1 });
  await api
    .course({ title: 'Reseller pricing', lessons: 3 })
    .then((c) => api.path('Reseller sales path', ['reseller'], ['partner_rep'], [c.id]));
  await api.path('Technical SI path', ['si', 'isv'], ['partner_admin', 'partner_rep'], [siDraft.id]);
  await api.path('SI leads', ['si'], ['partner_admin'], [siDraft.id, certified.id]);
  await pass('partner_rep_a', 0);
  await pass('partner_admin_a', 0);
  await pass('partner_rep_b', 100);
  await enroll(userAt(t, 'partner_admin_b', 101), certified.id);
});
afterAll(async () => t?.close());

describe('GET /api/enablement/reports/courses', () => {
  it('gives each course its pass mark, audience and learner counts', async () => {
    const page = await api.ok('partner_manager', 'GET', '/api/enablement/reports/courses?sort=title');
    expect(page.items.map((c: { title: string }) => c.title)).toEqual([
      'Certified administrator',
      'Integration deep dive',
      'Reseller pricing',
    ]);
    const [cert, draft, reseller] = page.items;
    expect(cert).toMatchObject({
      status: 'published',
      lessonCount: 2,
      hasQuiz: true,
      passMark: 0.5,
      questionCount: 2,
      certification: { name: 'Certified Admin', validDays: 365 },
      audience: { openToAll: true, pathCount: 1, partnerTypes: ['si'], roles: ['partner_admin'] },
      enrolled: 4,
      completed: 3,
    });
    // Certificates issued on days 0 and 100, valid a year; the app's clock is at day 0.
    expect(cert.certifiedPeople).toBe(2);
    expect(draft).toMatchObject({
      status: 'draft',
      hasQuiz: false,
      passMark: null,
      questionCount: 0,
      audience: {
        openToAll: false,
        pathCount: 2,
        partnerTypes: ['si', 'isv'],
        roles: ['partner_admin', 'partner_rep'],
      },
      enrolled: 0,
      completed: 0,
      certifiedPeople: 0,
    });
    expect(reseller.audience).toEqual({
      openToAll: false,
      pathCount: 1,
      partnerTypes: ['reseller'],
      roles: ['partner_rep'],
    });
  });

  it('filters by status, title and the partner type a course reaches', async () => {
    const titles = async (query: string) =>
      (await api.ok('admin', 'GET', `/api/enablement/reports/courses?${query}`)).items.map(
        (c: { title: string }) => c.title,
      );
    expect(await titles('status=draft')).toEqual(['Integration deep dive']);
    expect(await titles('q=pricing')).toEqual(['Reseller pricing']);
    // Open to all reaches every type; the draft is in SI paths.
    expect(await titles('partnerType=si')).toEqual(['Certified administrator', 'Integration deep dive']);
    expect(await titles('partnerType=msp')).toEqual(['Certified administrator']);
  });

  it('sorts by learners and pages with a cursor without losing or repeating a course', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `sort=-enrolled&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await api.ok('partner_manager', 'GET', `/api/enablement/reports/courses?${query}`);
      seen.push(...page.items.map((c: { title: string }) => c.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen[0]).toBe('Certified administrator');
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    const bad = await api.call(
      'partner_manager',
      'GET',
      '/api/enablement/reports/courses?sort=title&cursor=WzFd',
    );
    expect(bad.statusCode).toBe(400);
  });

  it('is for the vendor only', async () => {
    for (const user of ['partner_admin_a', 'partner_rep_b', 'sales_rep'] as const) {
      expect((await api.call(user, 'GET', '/api/enablement/reports/courses')).statusCode).toBe(403);
    }
  });
});

describe('GET /api/enablement/reports/momentum/summary', () => {
  it('adds up the program: last 90 days over the 90 before, in 30-day periods', async () => {
    // As of day 120 the windows are (-60, 30] and (30, 120]: two certificates on day 0, one on day 100.
    const summary = await api.ok(
      'partner_manager',
      'GET',
      `/api/enablement/reports/momentum/summary?asOf=${iso(120)}`,
    );
    expect(summary).toMatchObject({
      asOf: iso(120),
      last90Days: 1,
      previous90Days: 2,
      momentum: 0.5,
      partnersCertifying: 1,
    });
    expect(summary.periods.map((p: { certifications: number }) => p.certifications)).toEqual([
      0, 0, 2, 0, 0, 1,
    ]);
    expect(summary.periods.map((p: { window: string }) => p.window)).toEqual([
      'previous90Days',
      'previous90Days',
      'previous90Days',
      'last90Days',
      'last90Days',
      'last90Days',
    ]);
    expect(summary.periods[0].from).toBe(iso(-60));
    expect(summary.periods[5].to).toBe(iso(120));
  });

  it('agrees with the per-partner momentum report and takes its filters', async () => {
    const asOf = iso(120);
    const perPartner = await api.ok('admin', 'GET', `/api/enablement/reports/momentum?asOf=${asOf}`);
    const sum = (key: 'last90Days' | 'previous90Days') =>
      perPartner.items.reduce((n: number, r: Record<string, number>) => n + r[key]!, 0);
    const all = await api.ok('admin', 'GET', `/api/enablement/reports/momentum/summary?asOf=${asOf}`);
    expect([all.last90Days, all.previous90Days]).toEqual([sum('last90Days'), sum('previous90Days')]);
    const partnerA = await api.ok(
      'admin',
      'GET',
      `/api/enablement/reports/momentum/summary?asOf=${asOf}&partnerId=${t.fixtures.partnerA}`,
    );
    expect(partnerA).toMatchObject({ last90Days: 0, previous90Days: 2, momentum: 0, partnersCertifying: 0 });
    const resellers = await api.ok(
      'admin',
      'GET',
      `/api/enablement/reports/momentum/summary?asOf=${asOf}&partnerType=reseller`,
    );
    expect(resellers).toMatchObject({
      last90Days: 1,
      previous90Days: 0,
      momentum: null,
      partnersCertifying: 1,
    });
  });

  it('is for the vendor only', async () => {
    const res = await api.call('partner_admin_a', 'GET', '/api/enablement/reports/momentum/summary');
    expect(res.statusCode).toBe(403);
  });
});
