import type { Ctx } from '../../platform/context.js';
import { loadProject } from './load-project.js';
import type { CoInnovationMetrics, CoInnovationProject } from './program.schemas.js';
import { toProjectViews } from './project-view.js';

export async function getCoInnovationProject(ctx: Ctx, id: string): Promise<CoInnovationProject> {
  const row = await loadProject(ctx, id);
  const [view] = await toProjectViews(ctx, [row]);
  return view!;
}

export async function getCoInnovationMetrics(ctx: Ctx, id: string): Promise<CoInnovationMetrics> {
  return (await getCoInnovationProject(ctx, id)).metrics;
}
