import { DEMO_START } from './demo-clock.js';

const DAY_MS = 86_400_000;

/** The instant of a story day and minute, as the demo clock reaches it. */
export function storyInstant(day: number, minute = 0): Date {
  return new Date(DEMO_START.getTime() + day * DAY_MS + minute * 60_000);
}

/** The calendar date of a story day, YYYY-MM-DD. */
export function storyDate(day: number): string {
  return storyInstant(day).toISOString().slice(0, 10);
}
