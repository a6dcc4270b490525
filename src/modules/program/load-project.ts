import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { coInnovationPartners, coInnovationProjects } from './program.table.js';
import type { ProjectRow } from './project-view.js';

export interface LoadedProject extends ProjectRow {
  partners: { partnerId: string; role: string }[];
}

/** A project row with its partners (for audit before/after); locked for update when asked. */
export async function loadProject(ctx: Ctx, id: string, forUpdate = false): Promise<LoadedProject> {
  const query = ctx.db.select().from(coInnovationProjects).where(eq(coInnovationProjects.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Co-innovation project');
  const members = await ctx.db
    .select({ partnerId: coInnovationPartners.partnerId, role: coInnovationPartners.role })
    .from(coInnovationPartners)
    .where(eq(coInnovationPartners.projectId, id))
    .orderBy(coInnovationPartners.partnerId);
  return { ...row, partners: members };
}
