import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { completeLesson } from '../complete-lesson.js';
import { certificatesExpiringJob } from '../enablement-jobs.js';
import { enroll } from '../enroll.js';
import { submitQuizAttempt } from '../submit-quiz-attempt.js';
import { enablementApi, systemAt, userAt } from './enablement-test-helpers.js';

let t: TestApp;
const api = enablementApi(() => t);
let course: { id: string; lessonIds: string[] };

async function pass(user: TestUserKey, day: number) {
  const ctx = userAt(t, user, day);
  await enroll(ctx, course.id);
  for (const lessonId of course.lessonIds) await completeLesson(ctx, course.id, lessonId);
  await submitQuizAttempt(ctx, course.id, { answers: await api.answers(course.id, 2) });
}

async function partnerOf(id: string) {
  return (await api.ok('partner_manager', 'GET', `/api/partners/${id}`)) as {
    certifiedCount: number;
    fitScore: number;
  };
}

beforeAll(async () => {
  t = await createTestApp();
  course = await api.course({
    openToAll: true,
    certification: { name: 'Certified Operator', validDays: 60 },
  });
});
afterAll(async () => t?.close());

describe("partners' certified-people counts", () => {
  it('follow the people holding a valid certificate as certificates are earned and expire', async () => {
    await pass('partner_rep_a', 0);
    expect((await partnerOf(t.fixtures.partnerA)).certifiedCount).toBe(1);
    await pass('partner_admin_a', 1);
    await certificatesExpiringJob.run(systemAt(t, 2));
    expect((await partnerOf(t.fixtures.partnerA)).certifiedCount).toBe(2);
    expect((await partnerOf(t.fixtures.partnerB)).certifiedCount).toBe(0);
    await certificatesExpiringJob.run(systemAt(t, 70));
    expect((await partnerOf(t.fixtures.partnerA)).certifiedCount).toBe(0);
  });
});
