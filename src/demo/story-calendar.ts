import { DEMO_START } from './demo-clock.js';

const DAY_MS = 86_400_000;

/** The story day of a calendar date (YYYY-MM-DD). */
export function storyDayOf(date: string): number {
  const start = Date.UTC(DEMO_START.getUTCFullYear(), DEMO_START.getUTCMonth(), DEMO_START.getUTCDate());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - start) / DAY_MS);
}

/** Story days of the first of each month from the month of `fromDay` (exclusive) through `toDay`. */
export function firstsOfMonths(fromDay: number, toDay: number): number[] {
  const days: number[] = [];
  const cursor = new Date(DEMO_START.getTime() + fromDay * DAY_MS);
  for (;;) {
    cursor.setUTCDate(1);
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    const day = storyDayOf(cursor.toISOString().slice(0, 10));
    if (day > toDay) return days;
    days.push(day);
  }
}
