import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere when it lives somewhere else. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = join('test-results', 'screenshots');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors the pages threw; a flow expects none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A headless Chromium with a new, empty profile in a temporary directory. */
export async function openBrowser(): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'trellis-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    locale: 'en-US',
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A full-page picture of what the user sees, once the page has stopped loading data. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Park the pointer in a corner so no hover tooltip covers the page.
  await page.mouse.move(0, 0);
  // Let notifications and transitions settle so the picture shows the page, not an animation frame.
  await page.waitForTimeout(300);
  // A full-page picture from the top, so the fixed header does not sit over the middle of the page.
  await page.evaluate('window.scrollTo(0, 0)');
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
