import { PREDICTIONS_JOBS } from '../modules/predictions/predictions-jobs.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoEvent } from './demo-world.js';
import type { ProgramStory } from './program-story.js';

const TRAIN_JOB = PREDICTIONS_JOBS[0]!;

/**
 * The daily training run on the story's last evening, after every other event (the health job
 * included), so the models learn from the whole story and the console opens on saved evaluations.
 * It needs no story detail or chance of its own: what it learns is whatever the story produced.
 */
export function predictionsEvents(_story: ProgramStory, _random: DemoRandom): DemoEvent[] {
  return [{ day: DEMO_LAST_DAY, minute: 23 * 60 + 30, run: (world) => TRAIN_JOB.run(world.as(null)) }];
}
