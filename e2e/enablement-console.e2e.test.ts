import { type APIRequestContext, type APIResponse, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openBrowser, screenshot } from './support/browser.js';
import { eventually, field, logIn, navigate, skipAfterFirstFailure, waitForPath } from './support/flows.js';

const { baseUrl, adminEmail, adminPassword } = inject('trellis');

// Unique per run, so a rerun against a kept database never collides.
const run = Date.now().toString(36);
const COURSE = `Integration fundamentals ${run}`;
const CERTIFICATION = `Certified integrator ${run}`;
const TEXT_LESSON = 'Welcome and architecture';
const VIDEO_LESSON = 'Deploying the connector';
const PATH = `Technical SI path ${run}`;

interface Lesson {
  id: string;
  title: string;
  kind: string;
  position: number;
}
interface Course {
  id: string;
  title: string;
  status: string;
  lessons: Lesson[];
  certification: { name: string; validDays: number } | null;
}
interface QuizKey {
  passMark: number;
  questions: { prompt: string; multiple: boolean; options: { text: string; correct: boolean }[] }[];
}
interface LearningPath {
  id: string;
  name: string;
  partnerTypes: string[];
  roles: string[];
  courses: { id: string; title: string; position: number }[];
}

async function json<T>(pending: Promise<APIResponse>): Promise<T> {
  const response = await pending;
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

describe('the program admin builds a course and a learning path, then reads the certification report', () => {
  let browser: BrowserSession;
  let admin: APIRequestContext;
  let courseId: string;

  beforeAll(async () => {
    browser = await openBrowser();
    admin = await request.newContext({ baseURL: baseUrl });
    const login = await admin.post('/api/auth/login', {
      data: { email: adminEmail, password: adminPassword },
    });
    expect(login.status()).toBe(200);
  });

  afterAll(async () => {
    await admin?.dispose();
    await browser?.close();
  });

  skipAfterFirstFailure();

  const course = () => json<Course>(admin.get(`/api/enablement/courses/${courseId}`));

  it('creates a certifying course from the catalogue', async () => {
    const { page } = browser;
    await logIn(page, baseUrl, adminEmail, adminPassword);
    await waitForPath(page, '/console');
    await navigate(page, 'Enablement');
    await waitForPath(page, '/console/enablement');
    await page.getByRole('table', { name: 'Courses' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Courses' }).getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'console-enablement-courses');

    await page.getByRole('button', { name: 'New course' }).click();
    const dialog = page.getByRole('dialog', { name: 'New course' });
    // The title has the focus when the dialog opens.
    await eventually(
      () => field(dialog, 'Title').evaluate((el) => el === el.ownerDocument.activeElement),
      Boolean,
      'the title to have the focus',
    );
    await field(dialog, 'Title').fill(COURSE);
    await field(dialog, 'Summary').fill(
      'Architecture, deployment and the connector, for technical partner staff.',
    );
    await field(dialog, 'Estimated minutes').fill('45');
    await dialog.getByRole('switch', { name: /Awards a certification/ }).check();
    await field(dialog, 'Certification name').fill(CERTIFICATION);
    await field(dialog, 'Valid for (days)').fill('365');
    await field(dialog, 'Title').press('Enter');
    courseId = (await waitForPath(page, /^\/console\/enablement\/courses\/[0-9a-f-]{36}$/))
      .split('/')
      .at(-1)!;
    await page.getByRole('heading', { level: 2, name: new RegExp(COURSE) }).waitFor();

    const created = await course();
    expect(created).toMatchObject({
      title: COURSE,
      status: 'draft',
      certification: { name: CERTIFICATION, validDays: 365 },
    });
  });

  it('adds a text lesson with a preview and a video lesson', async () => {
    const { page } = browser;
    const lessons = page.getByRole('region', { name: 'Lessons' });
    await lessons.getByRole('button', { name: 'Add lesson' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add a lesson' });
    await field(dialog, 'Lesson title').fill(TEXT_LESSON);
    await field(dialog, 'Text (Markdown)').fill(
      '# Welcome\n\nRead **this** first, then see [the docs](https://docs.example.com).\n\n- Connector\n- API',
    );
    await dialog.getByRole('tab', { name: 'Preview' }).click();
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await preview.getByRole('heading', { name: 'Welcome' }).waitFor();
    expect(await preview.getByRole('link', { name: 'the docs' }).getAttribute('href')).toBe(
      'https://docs.example.com',
    );
    expect(await preview.locator('strong').textContent()).toBe('this');
    await screenshot(page, 'console-enablement-lesson-preview');
    await dialog.getByRole('button', { name: 'Add lesson' }).click();
    await dialog.waitFor({ state: 'detached' });
    await lessons.getByText(TEXT_LESSON).waitFor();

    await lessons.getByRole('button', { name: 'Add lesson' }).click();
    dialog = page.getByRole('dialog', { name: 'Add a lesson' });
    await dialog.getByText('Video', { exact: true }).click();
    await field(dialog, 'Lesson title').fill(VIDEO_LESSON);
    // An address the API refuses is marked at its field.
    await field(dialog, 'Video address').fill('ftp://videos.example.com/connector');
    await field(dialog, 'Video address').press('Enter');
    await eventually(
      () => field(dialog, 'Video address').getAttribute('aria-invalid'),
      (value) => value === 'true',
      "the video address to carry the API's error",
    );
    await field(dialog, 'Video address').fill('https://videos.example.com/connector');
    await field(dialog, 'Video address').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await lessons.getByText(VIDEO_LESSON).waitFor();

    const saved = await course();
    expect(saved.lessons.map((l) => [l.title, l.kind])).toEqual([
      [TEXT_LESSON, 'text'],
      [VIDEO_LESSON, 'video'],
    ]);
  });

  it('reorders the lessons from the keyboard', async () => {
    const { page } = browser;
    const rows = page.getByRole('region', { name: 'Lessons' }).getByTestId('lesson-row');
    const up = page.getByRole('button', { name: `Move ${VIDEO_LESSON} up` });
    await up.focus();
    await up.press('Enter');
    await eventually(
      async () => (await rows.allTextContents()).map((t) => (t.includes(VIDEO_LESSON) ? 'video' : 'text')),
      (order) => order.join() === 'video,text',
      'the video lesson to come first',
    );
    // The focus stays on the moved lesson, so it can be moved again from the keyboard.
    await eventually(
      () =>
        page
          .getByRole('button', { name: `Move ${VIDEO_LESSON} down` })
          .evaluate((el) => el === el.ownerDocument.activeElement),
      Boolean,
      'the focus to stay on the moved lesson',
    );
    await eventually(
      async () => (await course()).lessons.map((l) => l.title).join(' | '),
      (order) => order === `${VIDEO_LESSON} | ${TEXT_LESSON}`,
      'the new order to be saved',
    );
  });

  it('adds a quiz with a pass mark, the API naming what is missing', async () => {
    const { page } = browser;
    const quiz = page.getByRole('region', { name: 'Quiz' });
    await quiz.getByRole('button', { name: 'Add a quiz' }).click();
    await field(quiz, 'Pass mark (%)').fill('80');
    await field(quiz, 'Question 1 prompt').fill('Where does the connector run?');
    await quiz.getByRole('textbox', { name: 'Option 1 of question 1', exact: true }).fill('Next to the CRM');
    await quiz.getByRole('textbox', { name: 'Option 2 of question 1', exact: true }).fill('On a mainframe');
    await quiz.getByRole('radio', { name: 'Option 1 of question 1 is right' }).check();

    await quiz.getByRole('button', { name: 'Add question' }).click();
    await field(quiz, 'Question 2 prompt').fill('Which are partner types?');
    await quiz
      .getByRole('switch', { name: /Several right answers/ })
      .nth(1)
      .check();
    await quiz.getByRole('textbox', { name: 'Option 1 of question 2', exact: true }).fill('Reseller');
    await quiz
      .getByRole('textbox', { name: 'Option 2 of question 2', exact: true })
      .fill('Systems integrator');
    await quiz.getByRole('button', { name: 'Add option' }).nth(1).click();
    await quiz.getByRole('textbox', { name: 'Option 3 of question 2', exact: true }).fill('Competitor');
    // No right answer ticked for question 2 yet: the API says so at the question.
    await quiz.getByRole('button', { name: 'Save quiz' }).click();
    await quiz.getByText('Options needs a right option').waitFor();

    await quiz.getByRole('checkbox', { name: 'Option 1 of question 2 is right' }).check();
    await quiz.getByRole('checkbox', { name: 'Option 2 of question 2 is right' }).check();
    expect(await quiz.getByText('Pass with 2 of 2 questions right').isVisible()).toBe(true);
    await quiz.getByRole('button', { name: 'Save quiz' }).click();
    await quiz.getByRole('button', { name: 'Remove quiz' }).waitFor();

    const key = await json<QuizKey>(admin.get(`/api/enablement/courses/${courseId}/quiz`));
    expect(key.passMark).toBe(0.8);
    expect(
      key.questions.map((q) => [q.prompt, q.multiple, q.options.filter((o) => o.correct).length]),
    ).toEqual([
      ['Where does the connector run?', false, 1],
      ['Which are partner types?', true, 2],
    ]);
    await screenshot(page, 'console-enablement-course-builder');
  });

  it('publishes the course', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this course?' });
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Archive' }).waitFor();
    expect((await course()).status).toBe('published');
  });

  it('creates a learning path for systems integrators’ partner reps holding the course', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Courses' }).click();
    await waitForPath(page, '/console/enablement');
    await page.getByRole('tab', { name: 'Learning paths' }).click();
    await waitForPath(page, '/console/enablement/paths');
    await page.getByRole('button', { name: 'New learning path' }).click();
    const dialog = page.getByRole('dialog', { name: 'New learning path' });
    await field(dialog, 'Name').fill(PATH);
    await field(dialog, 'Description').fill('Architecture and deployment for systems integrators');
    await dialog.getByRole('checkbox', { name: 'Systems integrator' }).check();
    await dialog.getByText('Pick at least one role, or it reaches nobody.').waitFor();
    await dialog.getByRole('checkbox', { name: 'Partner rep' }).check();
    const picker = dialog.getByRole('combobox', { name: 'Add a course' });
    await picker.fill(run);
    await page.getByRole('option', { name: new RegExp(`^${COURSE}`) }).click();
    await dialog.getByRole('list', { name: 'Courses of the path in order' }).getByText(COURSE).waitFor();
    await dialog.getByRole('button', { name: 'Create path' }).click();
    await dialog.waitFor({ state: 'detached' });

    await field(page, 'Search').fill(run);
    const row = page.getByRole('row').filter({ hasText: PATH });
    await row.waitFor();
    expect(await row.textContent()).toContain('Systems integrator');
    expect(await row.textContent()).toContain('Partner rep');
    expect(await row.getByRole('link', { name: COURSE }).isVisible()).toBe(true);
    await screenshot(page, 'console-enablement-paths');

    const { items } = await json<{ items: LearningPath[] }>(
      admin.get('/api/enablement/paths', { params: { q: PATH } }),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: PATH, partnerTypes: ['si'], roles: ['partner_rep'] });
    expect(items[0]!.courses.map((c) => c.id)).toEqual([courseId]);
  });

  it('shows the course’s audience in the catalogue', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Courses' }).click();
    await waitForPath(page, '/console/enablement');
    await field(page, 'Search').fill(run);
    const row = page.getByRole('row').filter({ hasText: COURSE });
    await row.waitFor();
    await eventually(
      async () => (await row.textContent()) ?? '',
      (text) => text.includes('Systems integrator') && text.includes('80% to pass'),
      'the course row with its audience and pass mark',
    );
    expect(await row.textContent()).toContain('Published');
    expect(await row.textContent()).toContain(CERTIFICATION);
  });

  it('opens the certification report with momentum from the API', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Certifications' }).click();
    await waitForPath(page, '/console/enablement/certifications');
    const summary = await json<{ last90Days: number; previous90Days: number; partnersCertifying: number }>(
      admin.get('/api/enablement/reports/momentum/summary'),
    );
    await eventually(
      () => page.getByTestId('kpi-last-90').textContent(),
      (text) => text === summary.last90Days.toLocaleString('en'),
      'the last-90-days tile to show the API’s number',
    );
    expect(await page.getByTestId('kpi-previous-90').textContent()).toBe(
      summary.previous90Days.toLocaleString('en'),
    );
    await page.getByRole('region', { name: 'Certifications over 180 days' }).waitFor();
    await page.getByRole('table', { name: 'Certificates by partner' }).waitFor();
    const report = await json<{ items: { partnerName: string }[] }>(
      admin.get('/api/enablement/reports/certifications', { params: { limit: 5 } }),
    );
    if (report.items[0]) {
      await page
        .getByRole('table', { name: 'Certificates by partner' })
        .getByText(report.items[0].partnerName)
        .waitFor();
    }
    await screenshot(page, 'console-enablement-certifications');

    await page.getByRole('tab', { name: 'Momentum by partner' }).click();
    await page.getByRole('table', { name: 'Certification momentum by partner' }).waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});
