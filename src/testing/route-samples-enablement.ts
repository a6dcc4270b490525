import { addLesson } from '../modules/enablement/add-lesson.js';
import { completeLesson } from '../modules/enablement/complete-lesson.js';
import { createCourse } from '../modules/enablement/create-course.js';
import { createLearningPath } from '../modules/enablement/create-learning-path.js';
import type { CreateCourseInput, ReplaceQuizInput } from '../modules/enablement/enablement-input.schemas.js';
import { enroll } from '../modules/enablement/enroll.js';
import { getQuizKey } from '../modules/enablement/get-quiz-key.js';
import { replaceQuiz } from '../modules/enablement/replace-quiz.js';
import { submitQuizAttempt } from '../modules/enablement/submit-quiz-attempt.js';
import { updateCourse } from '../modules/enablement/update-course.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';
import type { TestUserKey } from './test-app.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

interface PublishedCourse {
  id: string;
  title: string;
  lessonIds: string[];
}

interface EnablementFixtures {
  /** Published, open to all partners, two lessons, a quiz and a certification. */
  openCourse?: Promise<PublishedCourse>;
  /** A path assigned to every partner type and both portal roles, holding the open course. */
  path?: Promise<string>;
  /** A draft the builder samples add lessons and quizzes to. */
  draft?: Promise<{ id: string; lessonId: string }>;
  enrollments: Map<TestUserKey, Promise<string>>;
  certificates: Map<TestUserKey, Promise<string>>;
}

const fixtures = new WeakMap<SampleWorld, EnablementFixtures>();

function fixturesOf(w: SampleWorld): EnablementFixtures {
  let found = fixtures.get(w);
  if (!found) {
    found = { enrollments: new Map(), certificates: new Map() };
    fixtures.set(w, found);
  }
  return found;
}

const manager = (w: SampleWorld) => w.ctxOf('partner_manager');

/** The person taking the course for a caller: the partner user itself, or partner A's rep for the vendor. */
function learnerOf(w: SampleWorld, caller: Caller): TestUserKey {
  return caller && w.partnerIdOf(caller) ? caller : 'partner_rep_a';
}

export const SAMPLE_QUIZ: ReplaceQuizInput = {
  passMark: 0.5,
  attemptsLimit: null,
  questions: [
    {
      prompt: 'Which deployment does the platform support?',
      multiple: false,
      options: [
        { text: 'Cloud', correct: true },
        { text: 'Mainframe', correct: false },
      ],
    },
    {
      prompt: 'Which are partner types?',
      multiple: true,
      options: [
        { text: 'Reseller', correct: true },
        { text: 'Systems integrator', correct: true },
        { text: 'Competitor', correct: false },
      ],
    },
  ],
};

function courseBody(w: SampleWorld, overrides: Partial<CreateCourseInput> = {}): CreateCourseInput {
  return {
    title: `Sample course ${w.unique('course')}`,
    summary: 'What every partner should know',
    estimatedMinutes: 30,
    openToAll: false,
    ...overrides,
  };
}

/** A course with two lessons and the sample quiz, published with a certification. */
export async function publishedCourse(
  w: SampleWorld,
  overrides: Partial<CreateCourseInput> = {},
): Promise<PublishedCourse> {
  const course = await createCourse(
    manager(w),
    courseBody(w, { certification: { name: 'Certified Sample Expert', validDays: 365 }, ...overrides }),
  );
  const first = await addLesson(manager(w), course.id, {
    kind: 'text',
    title: 'Introduction',
    body: '# Welcome\n\nRead this **first**.',
  });
  const second = await addLesson(manager(w), course.id, {
    kind: 'video',
    title: 'Demo',
    url: 'https://videos.example.com/demo',
  });
  await replaceQuiz(manager(w), course.id, SAMPLE_QUIZ);
  await updateCourse(manager(w), course.id, { status: 'published' });
  return { id: course.id, title: course.title, lessonIds: [first.id, second.id] };
}

/** Right answers to a course's quiz, read from its key (as a test may; a learner never can). */
export async function rightAnswers(w: SampleWorld, courseId: string) {
  const key = await getQuizKey(manager(w), courseId);
  return key.questions.map((q) => ({
    questionId: q.id,
    optionIds: q.options.filter((o) => o.correct).map((o) => o.id),
  }));
}

function openCourse(w: SampleWorld): Promise<PublishedCourse> {
  const f = fixturesOf(w);
  f.openCourse ??= publishedCourse(w, { openToAll: true });
  return f.openCourse;
}

async function freshPath(w: SampleWorld): Promise<string> {
  const course = await openCourse(w);
  const path = await createLearningPath(manager(w), {
    name: `Sample path ${w.unique('path')}`,
    description: 'For everyone',
    partnerTypes: ['reseller', 'si', 'isv', 'msp', 'referral', 'cloud_marketplace'],
    roles: ['partner_admin', 'partner_rep'],
    courseIds: [course.id],
  });
  return path.id;
}

function sharedPath(w: SampleWorld): Promise<string> {
  const f = fixturesOf(w);
  f.path ??= freshPath(w);
  return f.path;
}

async function freshDraft(w: SampleWorld, lessons = 1): Promise<{ id: string; lessonIds: string[] }> {
  const course = await createCourse(manager(w), courseBody(w));
  const lessonIds: string[] = [];
  for (let i = 0; i < lessons; i++) {
    const lesson = await addLesson(manager(w), course.id, {
      kind: 'text',
      title: `Lesson ${i + 1}`,
      body: 'Some text',
    });
    lessonIds.push(lesson.id);
  }
  return { id: course.id, lessonIds };
}

function sharedDraft(w: SampleWorld): Promise<{ id: string; lessonId: string }> {
  const f = fixturesOf(w);
  f.draft ??= freshDraft(w).then((d) => ({ id: d.id, lessonId: d.lessonIds[0]! }));
  return f.draft;
}

/** The learner's enrollment in the open course, made once. */
function enrollmentOf(w: SampleWorld, learner: TestUserKey): Promise<string> {
  const f = fixturesOf(w);
  let found = f.enrollments.get(learner);
  if (!found) {
    found = openCourse(w).then(
      async (course) => (await enroll(w.ctxOf(learner), course.id)).progress.enrollmentId,
    );
    f.enrollments.set(learner, found);
  }
  return found;
}

/** The learner's certificate in the open course: every lesson done and the quiz passed, once. */
function certificateOf(w: SampleWorld, learner: TestUserKey): Promise<string> {
  const f = fixturesOf(w);
  let found = f.certificates.get(learner);
  if (!found) {
    found = (async () => {
      const course = await openCourse(w);
      await enrollmentOf(w, learner);
      for (const lessonId of course.lessonIds) await completeLesson(w.ctxOf(learner), course.id, lessonId);
      const result = await submitQuizAttempt(w.ctxOf(learner), course.id, {
        answers: await rightAnswers(w, course.id),
      });
      return result.certificate!.id;
    })();
    f.certificates.set(learner, found);
  }
  return found;
}

/**
 * Records partner A's users must never reach: a published course and a path for resellers only
 * (partner A is a systems integrator), partner B's rep's enrollment and certificate in it, a draft,
 * and partner A's admin's own enrollment and certificate (a partner rep sees only its own).
 */
export interface EnablementTargets {
  resellerCourse: PublishedCourse;
  resellerPathId: string;
  resellerPathName: string;
  enrollmentB: string;
  certificateB: string;
  draft: { id: string; lessonId: string };
  enrollmentAdminA: string;
  certificateAdminA: string;
}

export async function enablementTargets(w: SampleWorld): Promise<EnablementTargets> {
  const resellerCourse = await publishedCourse(w, { title: 'Reseller-only pricing masterclass' });
  const resellerPathName = 'Reseller sales path (resellers only)';
  const path = await createLearningPath(manager(w), {
    name: resellerPathName,
    partnerTypes: ['reseller'],
    roles: ['partner_admin', 'partner_rep'],
    courseIds: [resellerCourse.id],
  });
  const repB = w.ctxOf('partner_rep_b');
  const enrollmentB = (await enroll(repB, resellerCourse.id)).progress.enrollmentId;
  for (const lessonId of resellerCourse.lessonIds) await completeLesson(repB, resellerCourse.id, lessonId);
  const passed = await submitQuizAttempt(repB, resellerCourse.id, {
    answers: await rightAnswers(w, resellerCourse.id),
  });
  const draft = await freshDraft(w);
  return {
    resellerCourse,
    resellerPathId: path.id,
    resellerPathName,
    enrollmentB,
    certificateB: passed.certificate!.id,
    draft: { id: draft.id, lessonId: draft.lessonIds[0]! },
    enrollmentAdminA: await enrollmentOf(w, 'partner_admin_a'),
    certificateAdminA: await certificateOf(w, 'partner_admin_a'),
  };
}

export const ENABLEMENT_SAMPLES: Record<string, Sample> = {
  listCourses: async (w) => ({
    query: { status: 'published', sort: 'title', q: 'Sample', pathId: await sharedPath(w), limit: '20' },
  }),
  createCourse: (w) => ({
    body: courseBody(w, {
      openToAll: true,
      certification: { name: 'Certified Integrator', validDays: 365 },
    }),
  }),
  getCourse: async (w) => ({ params: { id: (await openCourse(w)).id } }),
  updateCourse: async (w) => {
    const draft = await freshDraft(w);
    await replaceQuiz(manager(w), draft.id, SAMPLE_QUIZ);
    return {
      params: { id: draft.id },
      body: {
        title: `Renamed ${w.unique('course')}`,
        summary: 'Updated summary',
        estimatedMinutes: 40,
        openToAll: true,
        certification: { name: 'Certified Renamed', validDays: 730 },
        status: 'published',
      },
    };
  },
  deleteCourse: async (w) => ({ params: { id: (await freshDraft(w, 0)).id } }),
  addCourseLesson: async (w) => ({
    params: { id: (await sharedDraft(w)).id },
    body: {
      kind: 'text',
      title: 'Pricing basics',
      body: '## Pricing\n\nSee the [price list](https://example.com/prices).',
    },
  }),
  updateCourseLesson: async (w) => {
    const draft = await sharedDraft(w);
    return {
      params: { id: draft.id, lessonId: draft.lessonId },
      body: {
        kind: 'asset',
        title: 'Battle card',
        url: 'https://files.example.com/battle-card.pdf',
        fileName: 'battle-card.pdf',
      },
    };
  },
  deleteCourseLesson: async (w) => {
    const draft = await sharedDraft(w);
    const lesson = await addLesson(manager(w), draft.id, { kind: 'text', title: 'Throwaway', body: 'x' });
    return { params: { id: draft.id, lessonId: lesson.id } };
  },
  reorderCourseLessons: async (w) => {
    const draft = await freshDraft(w, 2);
    return { params: { id: draft.id }, body: { lessonIds: [...draft.lessonIds].reverse() } };
  },
  getCourseQuizKey: async (w) => ({ params: { id: (await openCourse(w)).id } }),
  replaceCourseQuiz: async (w) => ({ params: { id: (await sharedDraft(w)).id }, body: SAMPLE_QUIZ }),
  deleteCourseQuiz: async (w) => {
    const draft = await freshDraft(w);
    await replaceQuiz(manager(w), draft.id, SAMPLE_QUIZ);
    return { params: { id: draft.id } };
  },

  listLearningPaths: () => ({ query: { partnerType: 'si', role: 'partner_rep', sort: 'name', q: 'Sample' } }),
  createLearningPath: async (w) => ({
    body: {
      name: `Technical SI path ${w.unique('path')}`,
      description: 'Architecture and integration for systems integrators',
      partnerTypes: ['si', 'isv'],
      roles: ['partner_admin', 'partner_rep'],
      courseIds: [(await openCourse(w)).id],
    },
  }),
  getLearningPath: async (w) => ({ params: { id: await sharedPath(w) } }),
  updateLearningPath: async (w) => ({
    params: { id: await freshPath(w) },
    body: {
      name: `Reseller sales path ${w.unique('path')}`,
      description: 'Selling and pricing',
      partnerTypes: ['reseller'],
      roles: ['partner_rep'],
      courseIds: [(await openCourse(w)).id],
    },
  }),
  deleteLearningPath: async (w) => ({ params: { id: await freshPath(w) } }),

  enrollInCourse: async (w) => ({ params: { id: (await openCourse(w)).id } }),
  completeLesson: async (w, caller) => {
    const course = await openCourse(w);
    await enrollmentOf(w, learnerOf(w, caller));
    return { params: { id: course.id, lessonId: course.lessonIds[0]! } };
  },
  submitQuizAttempt: async (w, caller) => {
    const course = await openCourse(w);
    await enrollmentOf(w, learnerOf(w, caller));
    return { params: { id: course.id }, body: { answers: await rightAnswers(w, course.id) } };
  },
  listEnrollments: async (w, caller) => ({
    query: {
      courseId: (await openCourse(w)).id,
      partnerId: w.partnerOf(caller),
      status: 'in_progress',
      sort: '-enrolledAt',
    },
  }),
  getEnrollment: async (w, caller) => ({ params: { id: await enrollmentOf(w, learnerOf(w, caller)) } }),
  listCertificates: async (w, caller) => ({
    query: {
      courseId: (await openCourse(w)).id,
      userId: w.t.fixtures.users[learnerOf(w, caller)].id,
      state: 'valid',
      current: 'true',
      sort: '-issuedAt',
    },
  }),
  getCertificate: async (w, caller) => ({ params: { id: await certificateOf(w, learnerOf(w, caller)) } }),
  getCertificationReport: async (w) => ({
    query: { partnerType: 'si', courseId: (await openCourse(w)).id, sort: '-certifiedPeople', q: 'Alpha' },
  }),
  getCertificationMomentum: () => ({
    query: { partnerType: 'reseller', sort: '-last90Days', asOf: '2026-01-20T00:00:00Z' },
  }),
  getCertificationMomentumSummary: (w) => ({
    query: { partnerType: 'si', partnerId: w.partnerOf('admin'), q: 'Alpha', asOf: '2026-01-20T00:00:00Z' },
  }),
  getCourseReport: async (w) => {
    await sharedPath(w);
    return { query: { status: 'published', partnerType: 'si', q: 'Sample', sort: '-enrolled', limit: '20' } };
  },
};
