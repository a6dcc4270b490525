import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { enablementApi, eventsOf, keysOf, QUIZ } from './enablement-test-helpers.js';

let t: TestApp;
const api = enablementApi(() => t);
let course: { id: string; title: string; lessonIds: string[] };
/** Every body a learner received in this file, checked at the end for the answer key. */
const learnerBodies: Array<{ url: string; body: string }> = [];

async function learner(method: 'GET' | 'POST', url: string, payload?: unknown, status?: number) {
  const res = await api.call('partner_rep_a', method, url, payload);
  learnerBodies.push({ url, body: res.body });
  if (status !== undefined) expect(res.statusCode, res.body).toBe(status);
  return res;
}

beforeAll(async () => {
  t = await createTestApp();
  course = await api.course({
    title: 'Certified integrator',
    openToAll: true,
    lessons: 2,
    quiz: { ...QUIZ, attemptsLimit: 2 },
    certification: { name: 'Certified Integrator', validDays: 365 },
  });
});
afterAll(async () => t?.close());

describe('taking a course', () => {
  it('needs an enrollment before lessons or the quiz', async () => {
    const lesson = await learner(
      'POST',
      `/api/enablement/courses/${course.id}/lessons/${course.lessonIds[0]}/complete`,
    );
    expect(lesson.statusCode).toBe(409);
    expect(lesson.json().detail).toBe('Enroll in the course first');
    const attempt = await learner('POST', `/api/enablement/courses/${course.id}/attempts`, { answers: [] });
    expect(attempt.statusCode).toBe(409);
  });

  it('enrolls once and announces it, with the partner set', async () => {
    const res = await learner('POST', `/api/enablement/courses/${course.id}/enrollment`, undefined, 201);
    expect(res.json()).toMatchObject({
      status: 'in_progress',
      lessonsCompleted: 0,
      lessonCount: 2,
      quizPassed: false,
      attemptsUsed: 0,
      attemptsLeft: 2,
    });
    const [event] = await eventsOf(t, 'enablement.enrolled', res.json().enrollmentId);
    expect(event).toMatchObject({
      partnerId: t.fixtures.partnerA,
      payload: { courseId: course.id, userId: t.fixtures.users.partner_rep_a.id },
    });
    await learner('POST', `/api/enablement/courses/${course.id}/enrollment`, undefined, 200);
    expect(await eventsOf(t, 'enablement.enrolled', res.json().enrollmentId)).toHaveLength(1);
  });

  it('grades on the server, says which questions were wrong, and stops at the attempts limit', async () => {
    const wrong = await api.answers(course.id, 0);
    const first = await learner(
      'POST',
      `/api/enablement/courses/${course.id}/attempts`,
      { answers: wrong },
      201,
    );
    expect(first.json().attempt).toMatchObject({ number: 1, passed: false, score: 0, rightCount: 0 });
    expect(first.json().attempt.wrongQuestions.map((w: { prompt: string }) => w.prompt)).toEqual(
      QUIZ.questions.map((q) => q.prompt),
    );
    expect(first.json().progress.attemptsLeft).toBe(1);
    const second = await learner(
      'POST',
      `/api/enablement/courses/${course.id}/attempts`,
      { answers: [] },
      201,
    );
    expect(second.json().attempt).toMatchObject({ number: 2, passed: false });
    expect(second.json().progress.attemptsLeft).toBe(0);

    const db = t.db.database.db;
    const before = await snapshotDatabase(db);
    const third = await learner('POST', `/api/enablement/courses/${course.id}/attempts`, {
      answers: await api.answers(course.id, 2),
    });
    expect(third.statusCode).toBe(409);
    expect(third.json().detail).toMatch(/No attempts left/);
    expect(diffSnapshots(before, await snapshotDatabase(db))).toEqual([]);
  });

  it('passes at exactly the pass mark; without every lesson done there is no certificate yet', async () => {
    // The vendor allows one more attempt (the quiz is replaced, so its questions get new ids).
    await api.ok('partner_manager', 'PUT', `/api/enablement/courses/${course.id}/quiz`, {
      ...QUIZ,
      attemptsLimit: 3,
    });
    const half = await api.answers(course.id, 1);
    const res = await learner(
      'POST',
      `/api/enablement/courses/${course.id}/attempts`,
      { answers: half },
      201,
    );
    expect(res.json().attempt).toMatchObject({ number: 3, passed: true, score: 0.5, passMark: 0.5 });
    expect(res.json().certificate).toBeNull();
    expect(res.json().progress).toMatchObject({ status: 'in_progress', quizPassed: true, attemptsLeft: 3 });
  });

  it('completes the course with the last lesson, once, and certifies then', async () => {
    const [a, b] = course.lessonIds;
    const one = await learner(
      'POST',
      `/api/enablement/courses/${course.id}/lessons/${a}/complete`,
      undefined,
      200,
    );
    expect(one.json()).toMatchObject({ status: 'in_progress', lessonsCompleted: 1, completedLessonIds: [a] });
    const two = await learner(
      'POST',
      `/api/enablement/courses/${course.id}/lessons/${b}/complete`,
      undefined,
      200,
    );
    expect(two.json()).toMatchObject({ status: 'completed', lessonsCompleted: 2 });
    const enrollmentId = two.json().enrollmentId;
    await learner('POST', `/api/enablement/courses/${course.id}/lessons/${b}/complete`, undefined, 200);

    const completed = await eventsOf(t, 'enablement.course_completed', enrollmentId);
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({
      partnerId: t.fixtures.partnerA,
      payload: { courseId: course.id, userId: t.fixtures.users.partner_rep_a.id },
    });
    const certs = await learner('GET', '/api/enablement/certificates', undefined, 200);
    expect(certs.json().items).toHaveLength(1);
    const cert = certs.json().items[0];
    expect(cert).toMatchObject({
      name: 'Certified Integrator',
      courseId: course.id,
      state: 'valid',
      previousCertificateId: null,
      renewedById: null,
    });
    expect(Date.parse(cert.expiresAt) - Date.parse(cert.issuedAt)).toBe(365 * 86_400_000);
    const [certified] = await eventsOf(t, 'enablement.certified', cert.id);
    expect(certified).toMatchObject({
      partnerId: t.fixtures.partnerA,
      payload: { courseId: course.id, userId: t.fixtures.users.partner_rep_a.id, renewal: false },
    });
  });

  it('renews with a new pass: a new certificate names the one it renews', async () => {
    const res = await learner(
      'POST',
      `/api/enablement/courses/${course.id}/attempts`,
      {
        answers: await api.answers(course.id, 2),
      },
      201,
    );
    const renewal = res.json().certificate;
    expect(renewal.previousCertificateId).not.toBeNull();
    const old = await learner(
      'GET',
      `/api/enablement/certificates/${renewal.previousCertificateId}`,
      undefined,
      200,
    );
    expect(old.json().renewedById).toBe(renewal.id);
    const current = await learner('GET', '/api/enablement/certificates?current=true', undefined, 200);
    expect(current.json().items.map((c: { id: string }) => c.id)).toEqual([renewal.id]);
    expect(await eventsOf(t, 'enablement.course_completed')).toHaveLength(1);
  });

  it('shows the learner its progress, attempts and certificates', async () => {
    const list = await learner('GET', '/api/enablement/enrollments', undefined, 200);
    expect(list.json().items).toHaveLength(1);
    const id = list.json().items[0].id;
    const detail = await learner('GET', `/api/enablement/enrollments/${id}`, undefined, 200);
    expect(detail.json()).toMatchObject({
      status: 'completed',
      lessonsCompleted: 2,
      attemptsUsed: 4,
      quizPassed: true,
    });
    expect(detail.json().attempts.map((a: { passed: boolean }) => a.passed)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(detail.json().certificates).toHaveLength(2);
    await learner('GET', `/api/enablement/courses/${course.id}`, undefined, 200);
    await learner('GET', '/api/enablement/courses', undefined, 200);
    await learner('GET', '/api/enablement/paths', undefined, 200);
  });

  it('never sends the answer key to a learner: not before, during or after an attempt', async () => {
    const key = await api.quizKey(course.id);
    const rightOptions = key.questions.flatMap((q) => q.options.filter((o) => o.correct).map((o) => o.id));
    expect(learnerBodies.length).toBeGreaterThan(10);
    for (const { url, body } of learnerBodies) {
      const keys = keysOf(JSON.parse(body));
      expect(keys.has('correct'), url).toBe(false);
      expect(body, url).not.toMatch(/"correct"/);
      // Only the course itself lists options (all of them, unmarked); nothing else names one.
      if (!url.endsWith(`/courses/${course.id}`) && !url.endsWith('/courses')) {
        for (const option of rightOptions) expect(body, url).not.toContain(option);
      }
    }
    const quiz = (await learner('GET', `/api/enablement/courses/${course.id}`, undefined, 200)).json().quiz;
    expect(quiz.questions[1].options.map((o: object) => Object.keys(o).sort())).toEqual([
      ['id', 'text'],
      ['id', 'text'],
      ['id', 'text'],
    ]);
    for (const user of ['partner_rep_a', 'partner_admin_a', 'partner_admin_b'] as const) {
      const res = await api.call(user, 'GET', `/api/enablement/courses/${course.id}/quiz`);
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toMatch(/"correct"/);
    }
  });

  it('refuses answers to questions or options that are not in the quiz, naming the field', async () => {
    const key = await api.quizKey(course.id);
    const [single, multi] = key.questions;
    const cases: Array<[object, string]> = [
      [
        { answers: [{ questionId: '019bc0e2-0000-7000-8000-00000000dead', optionIds: [] }] },
        'answers.0.questionId',
      ],
      [
        { answers: [{ questionId: single!.id, optionIds: [multi!.options[0]!.id] }] },
        'answers.0.optionIds.0',
      ],
      [
        { answers: [{ questionId: single!.id, optionIds: single!.options.map((o) => o.id) }] },
        'answers.0.optionIds',
      ],
      [{ answers: [{ questionId: 'nope', optionIds: [] }] }, 'answers.0.questionId'],
      [
        {
          answers: [{ questionId: single!.id, optionIds: [single!.options[0]!.id, single!.options[0]!.id] }],
        },
        'answers.0.optionIds',
      ],
      [{ answers: 'all right' }, 'answers'],
      [{ answers: [], extra: 1 }, 'extra'],
    ];
    const db = t.db.database.db;
    for (const [payload, field] of cases) {
      const before = await snapshotDatabase(db);
      const res = await api.call(
        'partner_rep_a',
        'POST',
        `/api/enablement/courses/${course.id}/attempts`,
        payload,
      );
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(diffSnapshots(before, await snapshotDatabase(db))).toEqual([]);
    }
  });
});

describe('bad input to the builder is a problem with field paths', () => {
  it.each([
    ['POST', '/api/enablement/courses', { estimatedMinutes: 10 }, ['title']],
    ['POST', '/api/enablement/courses', { title: 'x', estimatedMinutes: 0 }, ['estimatedMinutes']],
    [
      'POST',
      '/api/enablement/courses',
      { title: 'x', estimatedMinutes: 5, certification: { name: 'c', validDays: 0 } },
      ['certification.validDays'],
    ],
    ['POST', '/api/enablement/paths', { name: 'p', partnerTypes: ['distributor'] }, ['partnerTypes.0']],
    ['POST', '/api/enablement/paths', { name: 'p', roles: ['admin'] }, ['roles.0']],
  ] as const)('%s %s %j → 400 naming %j', async (method, url, payload, fields) => {
    const res = await api.call('partner_manager', method, url, payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(fields);
  });

  it('checks quiz questions: a right option each, one only unless multiple, a pass mark 0..1', async () => {
    const url = `/api/enablement/courses/${course.id}/quiz`;
    const question = QUIZ.questions[0]!;
    const cases: Array<[object, string]> = [
      [{ ...QUIZ, passMark: 1.5 }, 'passMark'],
      [
        {
          ...QUIZ,
          questions: [{ ...question, options: question.options.map((o) => ({ ...o, correct: false })) }],
        },
        'questions.0.options',
      ],
      [
        {
          ...QUIZ,
          questions: [{ ...question, options: question.options.map((o) => ({ ...o, correct: true })) }],
        },
        'questions.0.options',
      ],
      [{ ...QUIZ, questions: [{ ...question, options: [question.options[0]] }] }, 'questions.0.options'],
      [{ ...QUIZ, questions: [] }, 'questions'],
      [{ ...QUIZ, attemptsLimit: 0 }, 'attemptsLimit'],
    ];
    for (const [payload, field] of cases) {
      const res = await api.call('partner_manager', 'PUT', url, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const several = await api.ok('partner_manager', 'PUT', url, {
      ...QUIZ,
      questions: [
        { ...question, multiple: true, options: question.options.map((o) => ({ ...o, correct: true })) },
      ],
    });
    expect(several.questions[0].options.every((o: { correct: boolean }) => o.correct)).toBe(true);
  });
});
