import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { surveys } from './surveys.table.js';

export type SurveyRow = typeof surveys.$inferSelect;

/** A survey by id; with lock, its row is locked for the rest of the transaction. */
export async function loadSurvey(ctx: Ctx, id: string, lock = false): Promise<SurveyRow> {
  const query = ctx.db.select().from(surveys).where(eq(surveys.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'No such survey');
  return row;
}
