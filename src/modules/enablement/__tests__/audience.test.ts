import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { enablementApi } from './enablement-test-helpers.js';

let t: TestApp;
const api = enablementApi(() => t);
const MISSING = '019bc0e2-0000-7000-8000-00000000dead';

// Partner A is a systems integrator (si), partner B a reseller.
const courses = {} as Record<
  'siTech' | 'siAdmin' | 'resellerSales' | 'open' | 'draftOpen' | 'archivedOpen',
  { id: string; title: string; lessonIds: string[] }
>;
const paths = {} as Record<'siTech' | 'siAdmin' | 'resellerSales', { id: string; name: string }>;

beforeAll(async () => {
  t = await createTestApp();
  courses.siTech = await api.course({ title: 'Integration architecture' });
  courses.siAdmin = await api.course({ title: 'Running an SI practice' });
  courses.resellerSales = await api.course({ title: 'Selling and pricing' });
  courses.open = await api.course({ title: 'Company overview', openToAll: true });
  courses.draftOpen = await api.course({ title: 'Upcoming launch', openToAll: true, publish: false });
  courses.archivedOpen = await api.course({ title: 'Retired product', openToAll: true });
  await api.ok('partner_manager', 'PATCH', `/api/enablement/courses/${courses.archivedOpen.id}`, {
    status: 'archived',
  });
  paths.siTech = await api.path(
    'Technical SI path',
    ['si'],
    ['partner_admin', 'partner_rep'],
    [courses.siTech.id, courses.open.id, courses.draftOpen.id],
  );
  paths.siAdmin = await api.path('SI practice leads', ['si', 'msp'], ['partner_admin'], [courses.siAdmin.id]);
  paths.resellerSales = await api.path(
    'Reseller sales path',
    ['reseller'],
    ['partner_rep'],
    [courses.resellerSales.id],
  );
});
afterAll(async () => t?.close());

async function catalogue(user: TestUserKey): Promise<string[]> {
  const page = await api.ok(user, 'GET', '/api/enablement/courses?limit=200');
  return page.items.map((c: { title: string }) => c.title).sort();
}

async function visiblePaths(user: TestUserKey): Promise<string[]> {
  const page = await api.ok(user, 'GET', '/api/enablement/paths?limit=200');
  return page.items.map((p: { name: string }) => p.name).sort();
}

describe('the audience rule: partner type × portal role, or open to all', () => {
  it.each([
    ['partner_rep_a', ['Company overview', 'Integration architecture']],
    ['partner_admin_a', ['Company overview', 'Integration architecture', 'Running an SI practice']],
    ['partner_rep_b', ['Company overview', 'Selling and pricing']],
    ['partner_admin_b', ['Company overview']],
  ] as const)('%s sees exactly its courses (published only)', async (user, expected) => {
    expect(await catalogue(user)).toEqual([...expected].sort());
  });

  it('vendor users see every course in every status', async () => {
    for (const user of ['admin', 'partner_manager', 'sales_rep', 'finance'] as const) {
      expect(await catalogue(user)).toHaveLength(6);
    }
    const drafts = await api.ok('admin', 'GET', '/api/enablement/courses?status=draft');
    expect(drafts.items.map((c: { id: string }) => c.id)).toEqual([courses.draftOpen.id]);
  });

  it.each([
    ['partner_rep_a', ['Technical SI path']],
    ['partner_admin_a', ['SI practice leads', 'Technical SI path']],
    ['partner_rep_b', ['Reseller sales path']],
    ['partner_admin_b', []],
  ] as const)('%s sees the learning paths assigned to its type and role', async (user, expected) => {
    expect(await visiblePaths(user)).toEqual([...expected].sort());
  });

  it('a technical SI path and a reseller sales path hold different courses, and a learner sees only published ones', async () => {
    const si = await api.ok('partner_rep_a', 'GET', `/api/enablement/paths/${paths.siTech.id}`);
    expect(si.courses.map((c: { title: string }) => c.title)).toEqual([
      'Integration architecture',
      'Company overview',
    ]);
    const vendorView = await api.ok('admin', 'GET', `/api/enablement/paths/${paths.siTech.id}`);
    expect(vendorView.courses.map((c: { status: string }) => c.status)).toEqual([
      'published',
      'published',
      'draft',
    ]);
    const reseller = await api.ok('partner_rep_b', 'GET', `/api/enablement/paths/${paths.resellerSales.id}`);
    expect(reseller.courses.map((c: { title: string }) => c.title)).toEqual(['Selling and pricing']);
    const inPath = async (user: TestUserKey, pathId: string) =>
      (await api.ok(user, 'GET', `/api/enablement/courses?pathId=${pathId}`)).items.map(
        (c: { title: string }) => c.title,
      );
    expect(await inPath('partner_rep_a', paths.siTech.id)).toEqual([
      'Company overview',
      'Integration architecture',
    ]);
    expect(await inPath('partner_rep_b', paths.siTech.id)).toEqual([]);
    expect(await inPath('admin', paths.siTech.id)).toHaveLength(3);
    const bySi = await api.ok('admin', 'GET', '/api/enablement/paths?partnerType=si&role=partner_rep');
    expect(bySi.items.map((p: { name: string }) => p.name)).toEqual(['Technical SI path']);
  });

  it('a course or path outside the audience answers exactly as a missing one, and taking it writes nothing', async () => {
    const reads: Array<[TestUserKey, string, string]> = [
      [
        'partner_rep_a',
        `/api/enablement/courses/${courses.resellerSales.id}`,
        `/api/enablement/courses/${MISSING}`,
      ],
      [
        'partner_rep_a',
        `/api/enablement/courses/${courses.siAdmin.id}`,
        `/api/enablement/courses/${MISSING}`,
      ],
      [
        'partner_admin_b',
        `/api/enablement/courses/${courses.draftOpen.id}`,
        `/api/enablement/courses/${MISSING}`,
      ],
      [
        'partner_admin_b',
        `/api/enablement/courses/${courses.archivedOpen.id}`,
        `/api/enablement/courses/${MISSING}`,
      ],
      [
        'partner_admin_b',
        `/api/enablement/paths/${paths.resellerSales.id}`,
        `/api/enablement/paths/${MISSING}`,
      ],
      ['partner_rep_b', `/api/enablement/paths/${paths.siTech.id}`, `/api/enablement/paths/${MISSING}`],
    ];
    for (const [user, url, missing] of reads) {
      const real = await api.call(user, 'GET', url);
      const ghost = await api.call(user, 'GET', missing);
      expect(real.statusCode, `${user} ${url}`).toBe(404);
      expect(real.json().detail).toBe(ghost.json().detail);
    }
    const db = t.db.database.db;
    const before = await snapshotDatabase(db);
    const course = courses.resellerSales;
    const writes = [
      api.call('partner_rep_a', 'POST', `/api/enablement/courses/${course.id}/enrollment`),
      api.call(
        'partner_rep_a',
        'POST',
        `/api/enablement/courses/${course.id}/lessons/${course.lessonIds[0]}/complete`,
      ),
      api.call('partner_rep_a', 'POST', `/api/enablement/courses/${course.id}/attempts`, { answers: [] }),
    ];
    for (const res of await Promise.all(writes)) expect(res.statusCode, res.body).toBe(404);
    expect(diffSnapshots(before, await snapshotDatabase(db))).toEqual([]);
  });

  it('reassigning a path changes who sees its courses at once', async () => {
    expect(await catalogue('partner_admin_b')).not.toContain('Selling and pricing');
    await api.ok('partner_manager', 'PATCH', `/api/enablement/paths/${paths.resellerSales.id}`, {
      roles: ['partner_rep', 'partner_admin'],
    });
    expect(await catalogue('partner_admin_b')).toContain('Selling and pricing');
    await api.ok('partner_manager', 'PATCH', `/api/enablement/paths/${paths.resellerSales.id}`, {
      roles: ['partner_rep'],
    });
    expect(await catalogue('partner_admin_b')).not.toContain('Selling and pricing');
  });

  it('opening a course to all partners makes it available without a path', async () => {
    expect(await catalogue('partner_rep_b')).not.toContain('Integration architecture');
    await api.ok('partner_manager', 'PATCH', `/api/enablement/courses/${courses.siTech.id}`, {
      openToAll: true,
    });
    expect(await catalogue('partner_rep_b')).toContain('Integration architecture');
    await api.ok('partner_manager', 'PATCH', `/api/enablement/courses/${courses.siTech.id}`, {
      openToAll: false,
    });
    expect(await catalogue('partner_rep_b')).not.toContain('Integration architecture');
  });

  it('a learner sees its own progress in the catalogue and on the course', async () => {
    const course = courses.open;
    const enrolled = await api.call(
      'partner_rep_a',
      'POST',
      `/api/enablement/courses/${course.id}/enrollment`,
    );
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const again = await api.call('partner_rep_a', 'POST', `/api/enablement/courses/${course.id}/enrollment`);
    expect(again.statusCode).toBe(200);
    expect(again.json().enrollmentId).toBe(enrolled.json().enrollmentId);
    const detail = await api.ok('partner_rep_a', 'GET', `/api/enablement/courses/${course.id}`);
    expect(detail.progress).toMatchObject({ status: 'in_progress', lessonsCompleted: 0, lessonCount: 1 });
    expect(detail.paths.map((p: { name: string }) => p.name)).toEqual(['Technical SI path']);
    const list = await api.ok('partner_rep_a', 'GET', '/api/enablement/courses');
    const mine = list.items.find((c: { id: string }) => c.id === course.id);
    expect(mine.progress.enrollmentId).toBe(enrolled.json().enrollmentId);
    const other = await api.ok('partner_admin_a', 'GET', `/api/enablement/courses/${course.id}`);
    expect(other.progress).toBeNull();
  });
});

describe('the course builder', () => {
  it('publishes only a course with a lesson, and one that certifies only with a quiz', async () => {
    const empty = await api.course({ lessons: 0, publish: false });
    const noLesson = await api.call('partner_manager', 'PATCH', `/api/enablement/courses/${empty.id}`, {
      status: 'published',
    });
    expect(noLesson.statusCode).toBe(409);
    const certifying = await api.course({
      certification: { name: 'Certified', validDays: 365 },
      quiz: null,
      publish: false,
    });
    const noQuiz = await api.call('partner_manager', 'PATCH', `/api/enablement/courses/${certifying.id}`, {
      status: 'published',
    });
    expect(noQuiz.statusCode).toBe(409);
    expect(noQuiz.json().detail).toMatch(/needs a quiz/);
    const detail = await api.ok('admin', 'GET', `/api/enablement/courses/${certifying.id}`);
    expect(detail.status).toBe('draft');
  });

  it('keeps a published course publishable: its last lesson and its certifying quiz stay', async () => {
    const course = await api.course({ certification: { name: 'Certified', validDays: 30 } });
    const lastLesson = await api.call(
      'partner_manager',
      'DELETE',
      `/api/enablement/courses/${course.id}/lessons/${course.lessonIds[0]}`,
    );
    expect(lastLesson.statusCode).toBe(409);
    const quiz = await api.call('partner_manager', 'DELETE', `/api/enablement/courses/${course.id}/quiz`);
    expect(quiz.statusCode).toBe(409);
    const back = await api.call('partner_manager', 'PATCH', `/api/enablement/courses/${course.id}`, {
      status: 'draft',
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().errors).toEqual([{ field: 'status', message: 'may be archived' }]);
    const deleted = await api.call('partner_manager', 'DELETE', `/api/enablement/courses/${course.id}`);
    expect(deleted.statusCode).toBe(409);
  });

  it('orders lessons, reorders them, and closes the gap when one is removed', async () => {
    const course = await api.course({ lessons: 3, publish: false });
    const [a, b, c] = course.lessonIds;
    const reordered = await api.ok(
      'partner_manager',
      'PUT',
      `/api/enablement/courses/${course.id}/lesson-order`,
      {
        lessonIds: [c, a, b],
      },
    );
    expect(reordered.items.map((l: { id: string; position: number }) => [l.id, l.position])).toEqual([
      [c, 0],
      [a, 1],
      [b, 2],
    ]);
    const partial = await api.call(
      'partner_manager',
      'PUT',
      `/api/enablement/courses/${course.id}/lesson-order`,
      {
        lessonIds: [a, b],
      },
    );
    expect(partial.statusCode).toBe(400);
    expect(partial.json().errors[0].field).toBe('lessonIds');
    const stranger = await api.call(
      'partner_manager',
      'PUT',
      `/api/enablement/courses/${course.id}/lesson-order`,
      { lessonIds: [a, b, MISSING] },
    );
    expect(stranger.json().errors[0].field).toBe('lessonIds.2');
    await api.ok(
      'partner_manager',
      'DELETE',
      `/api/enablement/courses/${course.id}/lessons/${a}`,
      undefined,
      204,
    );
    const detail = await api.ok('admin', 'GET', `/api/enablement/courses/${course.id}`);
    expect(detail.lessons.map((l: { id: string; position: number }) => [l.id, l.position])).toEqual([
      [c, 0],
      [b, 1],
    ]);
  });

  it('stores the three kinds of lesson, text as Markdown without raw HTML', async () => {
    const course = await api.course({ lessons: 0, publish: false });
    const url = `/api/enablement/courses/${course.id}/lessons`;
    const text = await api.ok(
      'partner_manager',
      'POST',
      url,
      {
        kind: 'text',
        title: 'Welcome',
        body: '# Hello\n\n<script>alert(1)</script> and [a link](javascript:alert(1)) **bold**',
      },
      201,
    );
    expect(text.body).toBe('# Hello\n\n&lt;script>alert(1)&lt;/script> and [a link](#) **bold**');
    const video = await api.ok(
      'partner_manager',
      'POST',
      url,
      {
        kind: 'video',
        title: 'Demo',
        url: 'https://videos.example.com/demo',
      },
      201,
    );
    expect(video).toMatchObject({ kind: 'video', url: 'https://videos.example.com/demo', body: null });
    const asset = await api.ok(
      'partner_manager',
      'POST',
      url,
      {
        kind: 'asset',
        title: 'Battle card',
        url: 'https://files.example.com/card.pdf',
        fileName: 'card.pdf',
      },
      201,
    );
    expect(asset).toMatchObject({ kind: 'asset', fileName: 'card.pdf', position: 2 });
    const script = await api.call('partner_manager', 'POST', url, {
      kind: 'video',
      title: 'Bad',
      url: 'javascript:alert(1)',
    });
    expect(script.statusCode).toBe(400);
    expect(script.json().errors.map((e: { field: string }) => e.field)).toEqual(['url']);
    const folder = await api.call('partner_manager', 'POST', url, {
      kind: 'asset',
      title: 'Bad',
      url: 'https://files.example.com/x',
      fileName: '../etc/passwd',
    });
    expect(folder.json().errors.map((e: { field: string }) => e.field)).toEqual(['fileName']);
  });

  it('deletes a draft course, and audits every change', async () => {
    const course = await api.course({ publish: false });
    await api.ok('partner_manager', 'DELETE', `/api/enablement/courses/${course.id}`, undefined, 204);
    expect((await api.call('admin', 'GET', `/api/enablement/courses/${course.id}`)).statusCode).toBe(404);
    const audit = await api.ok('admin', 'GET', `/api/audit?entityType=course&entityId=${course.id}`);
    expect(audit.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'course.create',
      'course.delete',
    ]);
  });

  it('refuses a path naming a course that does not exist, naming the field', async () => {
    const res = await api.call('partner_manager', 'POST', '/api/enablement/paths', {
      name: 'Broken',
      courseIds: [courses.open.id, MISSING],
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().errors).toEqual([{ field: 'courseIds.1', message: 'is not a course' }]);
  });
});
