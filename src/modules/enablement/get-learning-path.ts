import type { Ctx } from '../../platform/context.js';
import type { LearningPath } from './enablement.schemas.js';
import { learnerOf } from './learner.js';
import { loadPath, toPathViews } from './path-view.js';

/** One path; a learner gets only a path that reaches it (others are not found). */
export async function getLearningPath(ctx: Ctx, id: string): Promise<LearningPath> {
  const learner = await learnerOf(ctx);
  const [path] = await toPathViews(ctx, [await loadPath(ctx, id, learner)], learner);
  return path!;
}
