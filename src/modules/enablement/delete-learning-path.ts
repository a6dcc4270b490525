import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { learningPaths } from './enablement.table.js';
import { loadPath, toPathViews } from './path-view.js';

/** Deletes a path; its courses stay, and learners keep their enrollments and certificates. */
export async function deleteLearningPath(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await loadPath(tx, id, null, true);
    const [view] = await toPathViews(tx, [before], null);
    await tx.db.delete(learningPaths).where(eq(learningPaths.id, id));
    await recordAudit(tx, {
      action: 'learning_path.delete',
      entityType: 'learning_path',
      entityId: id,
      before: view,
    });
  });
}
