import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-team.js';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import {
  eventually,
  field,
  logIn,
  logOut,
  navigate,
  pageText,
  skipAfterFirstFailure,
  waitForPath,
} from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

// Unique per run, so a rerun against a kept database never collides with an earlier course.
const run = Date.now().toString(36);
const COURSE = `Secure rollouts ${run}`;
const PATH = `Delivery essentials ${run}`;
const CERTIFICATION = `Certified rollout specialist ${run}`;
const LESSON = 'Why rollouts fail';
const COURSE_PAGE = /^\/portal\/learning\/courses\/[0-9a-f-]{36}$/;

const QUESTIONS = [
  {
    prompt: 'Which change goes out first?',
    options: [
      { text: 'The smallest reversible one', correct: true },
      { text: 'All of them at once', correct: false },
    ],
  },
  {
    prompt: 'Which checks belong before a rollout?',
    multiple: true,
    options: [
      { text: 'A tested rollback', correct: true },
      { text: 'A health dashboard', correct: true },
      { text: 'A long weekend', correct: false },
    ],
  },
];

const NEW_PARTNER = `Brightwater Systems ${run}`;
const NEW_ADMIN = {
  name: 'Lena Okonkwo',
  email: `lena.${run}@brightwater.example`,
  password: 'brightwater-portal-2026',
};

interface PortalUser {
  id: string;
  name: string;
  email: string;
  partnerId: string;
}

type Call = <T>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;

/** A signed-in API client outside the browser, for setting up what the flow needs. */
async function apiSession(email: string, password: string): Promise<Call> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status, `log in as ${email}`).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
}

describe('a partner user learns in the portal, earns a certificate and follows onboarding', () => {
  let browser: BrowserSession;
  let admin: Call;
  let learner: PortalUser;

  beforeAll(async () => {
    admin = await apiSession(adminEmail, adminPassword);
    const users = await admin<{ items: PortalUser[] }>(
      'GET',
      '/api/users?role=partner_admin&status=active&sort=createdAt&limit=50',
    );
    expect(users.status).toBe(200);
    learner = users.body.items.find((u) => u.partnerId)!;
    expect(learner, 'a demo partner admin').toBeDefined();
    const partner = await admin<{ type: string }>('GET', `/api/partners/${learner.partnerId}`);
    expect(partner.status).toBe(200);

    // A published course with a text lesson and a quiz, in a path for the learner's partner type.
    const course = await admin<{ id: string }>('POST', '/api/enablement/courses', {
      title: COURSE,
      summary: 'Ship changes to customers without outages.',
      estimatedMinutes: 25,
      certification: { name: CERTIFICATION, validDays: 365 },
    });
    expect(course.status).toBe(201);
    const lesson = await admin('POST', `/api/enablement/courses/${course.body.id}/lessons`, {
      kind: 'text',
      title: LESSON,
      body: [
        '## Three habits',
        '',
        'Most outages come from **large, irreversible** changes.',
        '',
        '1. Ship small changes',
        '2. Keep a tested rollback',
        '3. Watch the health dashboard',
        '',
        'Never paste <script>alert(1)</script> into a runbook.',
      ].join('\n'),
    });
    expect(lesson.status).toBe(201);
    const quiz = await admin('PUT', `/api/enablement/courses/${course.body.id}/quiz`, {
      passMark: 0.75,
      questions: QUESTIONS,
    });
    expect(quiz.status).toBe(200);
    const published = await admin('PATCH', `/api/enablement/courses/${course.body.id}`, {
      status: 'published',
    });
    expect(published.status).toBe(200);
    const path = await admin('POST', '/api/enablement/paths', {
      name: PATH,
      description: 'What every delivery team needs before its first rollout.',
      partnerTypes: [partner.body.type],
      roles: ['partner_admin', 'partner_rep'],
      courseIds: [course.body.id],
    });
    expect(path.status).toBe(201);
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipAfterFirstFailure();

  it('shows the course in My learning, in the learning path and the catalogue', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, learner.email, DEMO_PASSWORD);
    await waitForPath(page, '/portal');
    await navigate(page, 'My learning');
    await waitForPath(page, '/portal/learning');
    await page.getByRole('heading', { name: 'My learning', level: 2 }).waitFor();
    const pathCard = page.getByTestId('learning-path').filter({ hasText: PATH });
    await pathCard.waitFor();
    expect(await pathCard.textContent()).toContain(COURSE);
    expect(await pathCard.textContent()).toContain('0 of 1 course completed');

    const search = page.getByRole('searchbox', { name: 'Search courses' });
    await search.fill(run);
    await search.press('Enter');
    const row = page
      .getByRole('table', { name: 'Course catalogue' })
      .getByRole('row')
      .filter({ hasText: COURSE });
    await row.waitFor();
    expect(await row.textContent()).toContain(CERTIFICATION);
    expect(await row.textContent()).toContain('Not started');
    await screenshot(page, 'learning-01-my-learning');
  });

  it('enrolls and reads the lesson, rendered from its Markdown', async () => {
    const { page } = browser;
    const row = page
      .getByRole('table', { name: 'Course catalogue' })
      .getByRole('row')
      .filter({ hasText: COURSE });
    await row.getByRole('button', { name: `Enroll in ${COURSE}` }).click();
    await waitForPath(page, COURSE_PAGE);
    await page.getByRole('heading', { name: COURSE, level: 2 }).waitFor();
    const lesson = page.getByRole('article', { name: LESSON });
    await lesson.waitFor();
    expect(await lesson.getByRole('heading', { name: 'Three habits' }).isVisible()).toBe(true);
    expect(await lesson.locator('strong').first().textContent()).toBe('large, irreversible');
    expect(await lesson.getByRole('listitem').count()).toBe(3);
    // Markup in a lesson is shown as text, never run.
    expect(await lesson.textContent()).toContain('<script>alert(1)</script>');
    expect(await lesson.locator('script').count()).toBe(0);
    // The quiz waits for the lessons.
    expect(await page.getByRole('navigation', { name: 'Lessons' }).textContent()).toContain('Locked');
    await screenshot(page, 'learning-02-lesson');
  });

  it('marks the lesson complete and moves on to the quiz', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Mark complete' }).click();
    const quiz = page.getByRole('form', { name: 'Quiz' });
    await quiz.waitFor();
    expect(await page.getByRole('navigation', { name: 'Lessons' }).textContent()).toContain('done');
    // Submitting with blanks marks the questions left open.
    await quiz.getByRole('button', { name: 'Submit answers' }).click();
    await quiz.getByText('Choose an answer').waitFor();
    expect(await quiz.getByText('Choose at least one answer').isVisible()).toBe(true);
  });

  it('fails the quiz once, with the score against the pass mark', async () => {
    const { page } = browser;
    const quiz = page.getByRole('form', { name: 'Quiz' });
    await quiz.getByRole('radio', { name: 'All of them at once' }).check();
    await quiz.getByRole('checkbox', { name: 'A tested rollback' }).check();
    await quiz.getByRole('button', { name: 'Submit answers' }).click();
    const result = page.getByTestId('quiz-result');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('Not passed this time: 0%');
    expect(text).toContain('the pass mark is 75%');
    expect(text).toContain(QUESTIONS[0]!.prompt);
    await eventually(
      () => page.getByTestId('quiz-attempt').count(),
      (n) => n === 1,
      'the failed attempt in the history',
    );
    await screenshot(page, 'learning-03-quiz-failed');
  });

  it('passes on the second try and earns the certificate', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Try again' }).click();
    const quiz = page.getByRole('form', { name: 'Quiz' });
    await quiz.getByRole('radio', { name: 'The smallest reversible one' }).check();
    await quiz.getByRole('checkbox', { name: 'A tested rollback' }).check();
    await quiz.getByRole('checkbox', { name: 'A health dashboard' }).check();
    await quiz.getByRole('button', { name: 'Submit answers' }).click();
    const result = page.getByTestId('quiz-result');
    await result.getByText('Certificate earned').waitFor();
    expect(await result.textContent()).toContain('Passed: 100%');
    expect(await result.textContent()).toContain(CERTIFICATION);
    await eventually(
      () => page.getByTestId('quiz-attempt').count(),
      (n) => n === 2,
      'both attempts in the history',
    );
    await page.getByText('Course completed', { exact: true }).first().waitFor();
    await screenshot(page, 'learning-04-quiz-passed');
  });

  it('shows the certificate on the certificates page, with its printable card', async () => {
    const { page } = browser;
    await page.getByTestId('quiz-result').getByRole('link', { name: 'View your certificate' }).click();
    await waitForPath(page, '/portal/certificates');
    const card = page.getByTestId('certificate-card');
    await card.waitFor();
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain(CERTIFICATION);
    expect(cardText).toContain(learner.name);
    expect(cardText).toContain(COURSE);
    expect(cardText).toContain('Valid');
    await screenshot(page, 'learning-05-certificate-card');
    await page.keyboard.press('Escape');
    await eventually(
      () => card.count(),
      (n) => n === 0,
      'the certificate card to close',
    );

    const row = page.getByRole('row').filter({ hasText: CERTIFICATION });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(COURSE);
    expect(text).toContain('Valid');
    expect(text).toMatch(/Expires in 36[45] days/);
    expect(Number(await page.getByTestId('kpi-valid').textContent())).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'learning-06-certificates');

    // The learning page now counts the course as completed in its path.
    await navigate(page, 'My learning');
    const pathCard = page.getByTestId('learning-path').filter({ hasText: PATH });
    await pathCard.getByText('1 of 1 course completed').waitFor();
  });

  it("shows the learner's onboarding checklist, or says there is none", async () => {
    const { page } = browser;
    await navigate(page, 'My onboarding');
    await waitForPath(page, '/portal/onboarding');
    await page.getByRole('heading', { name: 'My onboarding', level: 2 }).waitFor();
    await eventually(
      () => pageText(page),
      (text) => text.includes('No onboarding checklist') || text.includes('Checklist'),
      'the checklist or its empty state',
    );
    await screenshot(page, 'learning-07-onboarding-demo-partner');
    await logOut(page);
  });

  it("walks a new partner's admin through its onboarding checklist", async () => {
    const { page } = browser;
    // A partner entering onboarding gets its checklist; inviting its admin completes a step by itself.
    const partner = await admin<{ id: string }>('POST', '/api/partners', {
      name: NEW_PARTNER,
      type: 'reseller',
      stage: 'onboarding',
    });
    expect(partner.status).toBe(201);
    const invitation = await admin<{ inviteToken: string }>('POST', '/api/users/invitations', {
      email: NEW_ADMIN.email,
      name: NEW_ADMIN.name,
      role: 'partner_admin',
      partnerId: partner.body.id,
    });
    expect(invitation.status).toBe(201);
    const accepted = await fetch(`${baseUrl}/api/auth/accept-invite`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: invitation.body.inviteToken, password: NEW_ADMIN.password }),
    });
    expect(accepted.status).toBe(200);
    const consumed = await admin<{ ok: boolean }>('POST', '/api/jobs/onboarding.consume-events/run');
    expect(consumed.status).toBe(200);
    expect(consumed.body.ok).toBe(true);
    const checklist = await admin<{ steps: { title: string; kind: string; done: boolean }[] }>(
      'GET',
      `/api/partners/${partner.body.id}/onboarding`,
    );
    expect(checklist.status).toBe(200);
    const manual = checklist.body.steps.find((s) => s.kind === 'manual' && !s.done);
    const automaticDone = checklist.body.steps.find((s) => s.kind === 'automatic' && s.done);
    expect(manual, 'an open manual step').toBeDefined();

    await logIn(page, baseUrl, NEW_ADMIN.email, NEW_ADMIN.password);
    await waitForPath(page, '/portal');
    await navigate(page, 'My onboarding');
    await waitForPath(page, '/portal/onboarding');
    const progress = page.getByRole('progressbar', { name: /^Onboarding progress/ });
    await progress.waitFor();
    const before = Number(await progress.getAttribute('aria-valuenow'));
    if (automaticDone) {
      const done = page.getByTestId('onboarding-step').filter({ hasText: automaticDone.title });
      expect(await done.textContent()).toContain('Done automatically when');
    }
    expect(await page.getByText('Next step', { exact: true }).count()).toBe(1);
    await screenshot(page, 'learning-08-onboarding-checklist');

    await page.getByRole('button', { name: `Mark as done: ${manual!.title}` }).click();
    const dialog = page.getByRole('dialog');
    const note = field(dialog, 'Note (optional)');
    await note.fill('Held with the partner manager on a video call.');
    await note.press('Enter');
    const step = page.getByTestId('onboarding-step').filter({ hasText: manual!.title });
    await step.getByText(`Ticked by ${NEW_ADMIN.name}`).waitFor();
    expect(await step.textContent()).toContain('Held with the partner manager on a video call.');
    await eventually(
      async () => Number(await progress.getAttribute('aria-valuenow')),
      (after) => after > before,
      'the progress to grow',
    );
    await screenshot(page, 'learning-09-onboarding-step-ticked');
  });

  it('threw no errors in the pages', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
