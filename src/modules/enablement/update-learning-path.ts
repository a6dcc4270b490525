import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { LearningPath } from './enablement.schemas.js';
import { learningPaths } from './enablement.table.js';
import type { UpdateLearningPathInput } from './enablement-input.schemas.js';
import { loadPath, setPathCourses, toPathViews } from './path-view.js';

/** Renames a path, changes its courses, or assigns it to other partner types and roles. */
export async function updateLearningPath(
  ctx: Ctx,
  id: string,
  input: UpdateLearningPathInput,
): Promise<LearningPath> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadPath(tx, id, null, true);
    const [beforeView] = await toPathViews(tx, [before], null);
    const { courseIds, ...fields } = input;
    const [row] = await tx.db
      .update(learningPaths)
      .set({ ...fields, updatedAt: tx.clock.now() })
      .where(eq(learningPaths.id, id))
      .returning();
    if (courseIds) await setPathCourses(tx, id, courseIds);
    const [path] = await toPathViews(tx, [row!], null);
    await recordAudit(tx, {
      action: 'learning_path.update',
      entityType: 'learning_path',
      entityId: id,
      before: beforeView,
      after: path,
    });
    return path!;
  });
}
