import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { checkProjectInput } from './check-project-input.js';
import { loadProject } from './load-project.js';
import type { CoInnovationInput, CoInnovationProject } from './program.schemas.js';
import { coInnovationPartners, coInnovationProjects } from './program.table.js';
import { toProjectViews } from './project-view.js';

export async function createCoInnovationProject(
  ctx: Ctx,
  input: CoInnovationInput,
): Promise<CoInnovationProject> {
  await checkProjectInput(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const id = tx.ids();
    const { partners: members, launchedAt, ...fields } = input;
    await tx.db.insert(coInnovationProjects).values({
      id,
      ...fields,
      launchedAt: launchedAt ? new Date(launchedAt) : null,
      createdAt: now,
      updatedAt: now,
    });
    if (members.length > 0) {
      await tx.db
        .insert(coInnovationPartners)
        .values(members.map((member) => ({ projectId: id, partnerId: member.partnerId, role: member.role })));
    }
    const after = await loadProject(tx, id);
    await recordAudit(tx, {
      action: 'co_innovation.create',
      entityType: 'co_innovation_project',
      entityId: id,
      after,
    });
    await publishEvent(tx, {
      type: 'co_innovation.created',
      entityType: 'co_innovation_project',
      entityId: id,
      payload: { name: input.name, status: input.status, partnerIds: members.map((m) => m.partnerId) },
    });
    const [view] = await toProjectViews(tx, [after]);
    return view!;
  });
}
