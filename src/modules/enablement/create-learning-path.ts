import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { LearningPath } from './enablement.schemas.js';
import { learningPaths } from './enablement.table.js';
import type { CreateLearningPathInput } from './enablement-input.schemas.js';
import { setPathCourses, toPathViews } from './path-view.js';

/** A learning path: courses in order, assigned to partner types × portal roles. */
export async function createLearningPath(ctx: Ctx, input: CreateLearningPathInput): Promise<LearningPath> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(learningPaths)
      .values({
        id: tx.ids(),
        name: input.name,
        description: input.description ?? null,
        partnerTypes: input.partnerTypes,
        roles: input.roles,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await setPathCourses(tx, row!.id, input.courseIds);
    const [path] = await toPathViews(tx, [row!], null);
    await recordAudit(tx, {
      action: 'learning_path.create',
      entityType: 'learning_path',
      entityId: row!.id,
      after: path,
    });
    return path!;
  });
}
