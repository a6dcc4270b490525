import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { checkProjectInput } from './check-project-input.js';
import { loadProject } from './load-project.js';
import type { CoInnovationInput, CoInnovationProject } from './program.schemas.js';
import { coInnovationPartners, coInnovationProjects } from './program.table.js';
import { toProjectViews } from './project-view.js';

/** Replaces a project's fields and its partner list; a status change is announced as an event. */
export async function updateCoInnovationProject(
  ctx: Ctx,
  id: string,
  input: CoInnovationInput,
): Promise<CoInnovationProject> {
  await checkProjectInput(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadProject(tx, id, true);
    const { partners: members, launchedAt, ...fields } = input;
    await tx.db
      .update(coInnovationProjects)
      .set({ ...fields, launchedAt: launchedAt ? new Date(launchedAt) : null, updatedAt: tx.clock.now() })
      .where(eq(coInnovationProjects.id, id));
    await tx.db.delete(coInnovationPartners).where(eq(coInnovationPartners.projectId, id));
    if (members.length > 0) {
      await tx.db
        .insert(coInnovationPartners)
        .values(members.map((member) => ({ projectId: id, partnerId: member.partnerId, role: member.role })));
    }
    const after = await loadProject(tx, id);
    await recordAudit(tx, {
      action: 'co_innovation.update',
      entityType: 'co_innovation_project',
      entityId: id,
      before,
      after,
    });
    if (before.status !== after.status) {
      await publishEvent(tx, {
        type: 'co_innovation.status_changed',
        entityType: 'co_innovation_project',
        entityId: id,
        payload: { name: after.name, from: before.status, to: after.status },
      });
    }
    const [view] = await toProjectViews(tx, [after]);
    return view!;
  });
}
