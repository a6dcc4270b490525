import { expect } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { findEvents } from '../../../platform/events/find-events.js';
import type { TestApp, TestUserKey } from '../../../testing/test-app.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export const QUIZ = {
  passMark: 0.5,
  attemptsLimit: null,
  questions: [
    {
      prompt: 'Where does the platform run?',
      multiple: false,
      options: [
        { text: 'In the cloud', correct: true },
        { text: 'On a mainframe', correct: false },
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

export interface QuizKeyJson {
  questions: Array<{
    id: string;
    prompt: string;
    options: Array<{ id: string; text: string; correct: boolean }>;
  }>;
}

/** A small client over the test app for enablement scenarios. */
export function enablementApi(t: () => TestApp) {
  async function call(user: TestUserKey | null, method: Method, url: string, payload?: unknown) {
    return t().request(user, {
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  async function ok(user: TestUserKey, method: Method, url: string, payload?: unknown, status = 200) {
    const res = await call(user, method, url, payload);
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
    return res.statusCode === 204 ? null : res.json();
  }

  let counter = 0;
  /** A course with lessons (and optionally the quiz), published unless told otherwise. */
  async function course(
    options: {
      title?: string;
      openToAll?: boolean;
      lessons?: number;
      quiz?: object | null;
      certification?: { name: string; validDays: number } | null;
      publish?: boolean;
    } = {},
  ): Promise<{ id: string; title: string; lessonIds: string[] }> {
    counter += 1;
    const title = options.title ?? `Course ${counter}`;
    const created = await ok(
      'partner_manager',
      'POST',
      '/api/enablement/courses',
      {
        title,
        estimatedMinutes: 20,
        openToAll: options.openToAll ?? false,
        certification: options.certification ?? null,
      },
      201,
    );
    const lessonIds: string[] = [];
    for (let i = 0; i < (options.lessons ?? 1); i++) {
      const lesson = await ok(
        'partner_manager',
        'POST',
        `/api/enablement/courses/${created.id}/lessons`,
        { kind: 'text', title: `Lesson ${i + 1}`, body: `Text of lesson ${i + 1}` },
        201,
      );
      lessonIds.push(lesson.id);
    }
    const quiz = options.quiz === undefined ? (options.certification ? QUIZ : null) : options.quiz;
    if (quiz) await ok('partner_manager', 'PUT', `/api/enablement/courses/${created.id}/quiz`, quiz);
    if (options.publish ?? true)
      await ok('partner_manager', 'PATCH', `/api/enablement/courses/${created.id}`, { status: 'published' });
    return { id: created.id, title, lessonIds };
  }

  async function path(name: string, partnerTypes: string[], roles: string[], courseIds: string[]) {
    return ok(
      'partner_manager',
      'POST',
      '/api/enablement/paths',
      { name, partnerTypes, roles, courseIds },
      201,
    );
  }

  async function quizKey(courseId: string): Promise<QuizKeyJson> {
    return ok('partner_manager', 'GET', `/api/enablement/courses/${courseId}/quiz`);
  }

  /** Answers getting exactly the first `right` questions right and the rest wrong. */
  async function answers(courseId: string, right: number) {
    const key = await quizKey(courseId);
    return key.questions.map((q, i) => ({
      questionId: q.id,
      optionIds:
        i < right
          ? q.options.filter((o) => o.correct).map((o) => o.id)
          : [q.options.find((o) => !o.correct)!.id],
    }));
  }

  return { call, ok, course, path, quizKey, answers };
}

export const DAY = 86_400_000;
export const START = Date.parse('2026-01-15T09:00:00Z');

/** The test app's system context at a number of days after the fixtures' start. */
export function systemAt(t: TestApp, days: number): Ctx {
  return { ...t.systemCtx, clock: fixedClock(new Date(START + days * DAY), 1) };
}

/** A fixture user's context at a number of days after the start, for use cases called directly. */
export function userAt(t: TestApp, user: TestUserKey, days: number): Ctx {
  const fixture = t.fixtures.users[user];
  const partnerId = user.endsWith('_a')
    ? t.fixtures.partnerA
    : user.endsWith('_b')
      ? t.fixtures.partnerB
      : null;
  return {
    ...systemAt(t, days),
    actor: { kind: 'user', userId: fixture.id, role: fixture.role, partnerId, scopes: null, apiKeyId: null },
  };
}

export async function eventsOf(t: TestApp, type: string, entityId?: string) {
  const page = await findEvents(t.systemCtx, { limit: 200, sort: 'id', type, entityId });
  return page.items;
}

/** Every key anywhere in a JSON value. */
export function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      into.add(key);
      keysOf(child, into);
    }
  }
  return into;
}
