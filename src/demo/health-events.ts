import { evaluateHealthJob } from '../modules/health/health-jobs.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoEvent } from './demo-world.js';

/**
 * The lifecycle-health job's run at the end of the story (late in the evening, after everything else),
 * so the partners its rules flag are at risk with the reason in their history. Earlier runs would race
 * the stage moves the story plans by hand.
 */
export function healthEvents(): DemoEvent[] {
  return [{ day: DEMO_LAST_DAY, minute: 23 * 60, run: (world) => evaluateHealthJob.run(world.as(null)) }];
}
