import { storyInstant } from './demo-clock.js';

/** The calendar date of a story day, YYYY-MM-DD. */
export function storyDate(day: number): string {
  return storyInstant(day).toISOString().slice(0, 10);
}
