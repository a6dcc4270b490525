import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';

/** Polls a condition the page reaches asynchronously (a URL, a text), failing with what it saw last. */
export async function eventually<T>(
  read: () => Promise<T> | T,
  check: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last saw: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

export const pathOf = (page: Page) => new URL(page.url()).pathname;

export async function waitForPath(page: Page, path: string | RegExp): Promise<string> {
  return eventually(
    () => pathOf(page),
    (current) => (typeof path === 'string' ? current === path : path.test(current)),
    `the path ${path}`,
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form field by its label, exactly, whether or not the label carries the required asterisk. */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}

/** Follows a link of the main navigation. */
export async function navigate(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: label, exact: true })
    .click();
}

export async function logIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await field(page, 'Email').fill(email);
  await field(page, 'Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await waitForPath(page, '/login');
}

/** All the text in the page, shown or hidden, to check what a user can and cannot see. */
export async function pageText(page: Page): Promise<string> {
  await page.waitForLoadState('networkidle');
  return (await page.locator('body').textContent()) ?? '';
}

/** Picks an option of a Mantine Select or MultiSelect by the start of its label; opens it from the keyboard. */
export async function choose(
  page: Page,
  scope: Page | Locator,
  label: string,
  option: string,
): Promise<void> {
  const combobox = scope.getByRole('combobox', { name: label, exact: true });
  await combobox.focus();
  await combobox.press('ArrowDown');
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(option)}`) }).click();
}

export async function expectNoText(page: Page, text: string): Promise<void> {
  expect(await pageText(page)).not.toContain(text);
}

/**
 * For a flow whose steps build on each other: after one step fails, the rest are skipped rather than
 * failing too. Call it inside the flow's describe block; onFailure runs once per failed step.
 */
export function skipAfterFirstFailure(onFailure?: () => Promise<unknown>): void {
  let failed = false;
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    failed = true;
    await onFailure?.().catch(() => undefined);
  });
  beforeEach((context) => {
    if (failed) context.skip();
  });
}
