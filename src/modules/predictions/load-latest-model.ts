import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import type { ModelKind } from './predictions.schemas.js';
import { predictionModels } from './predictions.table.js';

export type StoredModel = typeof predictionModels.$inferSelect;

/** The most recently trained model of a kind, or null before the first training. */
export async function loadLatestModel(db: Executor, kind: ModelKind): Promise<StoredModel | null> {
  const [row] = await db
    .select()
    .from(predictionModels)
    .where(eq(predictionModels.kind, kind))
    .orderBy(desc(predictionModels.trainedAt), desc(predictionModels.id))
    .limit(1);
  return row ?? null;
}
