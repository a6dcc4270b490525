import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { loadProject } from './load-project.js';
import { coInnovationProjects } from './program.table.js';

/** Removes a project and its partner list (deals keep their product lines). */
export async function deleteCoInnovationProject(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await loadProject(tx, id, true);
    await tx.db.delete(coInnovationProjects).where(eq(coInnovationProjects.id, id));
    await recordAudit(tx, {
      action: 'co_innovation.delete',
      entityType: 'co_innovation_project',
      entityId: id,
      before,
    });
  });
}
