import { addDays, type Clock } from '../platform/clock.js';

/** The demo program's story runs from this day; day N of the story is START + N days. */
export const DEMO_START = new Date('2025-01-06T09:00:00Z');
/** The last day of the story, so every stage move and record lies in the past of a real start. */
export const DEMO_LAST_DAY = 640;

export interface DemoClock extends Clock {
  /** Jumps forward to a day (and minute) of the story; never goes back, so ids keep their time order. */
  moveTo(day: number, minute?: number): void;
}

/** A clock that advances one millisecond per reading, so every timestamp and UUIDv7 is distinct. */
export function createDemoClock(): DemoClock {
  let current = DEMO_START.getTime();
  return {
    now() {
      const value = new Date(current);
      current += 1;
      return value;
    },
    moveTo(day, minute = 0) {
      current = Math.max(current, storyInstant(day, minute).getTime());
    },
  };
}

/** The instant of a story day and minute, as the demo clock reaches it. */
export function storyInstant(day: number, minute = 0): Date {
  return new Date(addDays(DEMO_START, day).getTime() + minute * 60_000);
}
