import type { DemoRandom } from './demo-random.js';
import type { DemoEvent } from './demo-world.js';
import type { ProgramStory } from './program-story.js';

export function predictionsEvents(_story: ProgramStory, _random: DemoRandom): DemoEvent[] {
  return [];
}
