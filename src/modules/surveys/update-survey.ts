import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { checkSurveyInput } from './check-survey-input.js';
import { loadSurvey } from './load-survey.js';
import { toSurveyView } from './survey-view.js';
import type { Survey, SurveyInput } from './surveys.schemas.js';
import { surveys } from './surveys.table.js';

/** Replaces a survey's content; a closed survey is kept as it was answered. */
export async function updateSurvey(ctx: Ctx, id: string, input: SurveyInput): Promise<Survey> {
  checkSurveyInput(input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadSurvey(tx, id, true);
    if (before.status === 'closed') throw new AppError('conflict', 'A closed survey cannot be changed');
    const [row] = await tx.db
      .update(surveys)
      .set({ ...input, updatedAt: tx.clock.now() })
      .where(eq(surveys.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'survey.update',
      entityType: 'survey',
      entityId: id,
      before,
      after: row,
    });
    return toSurveyView(tx, row!);
  });
}
