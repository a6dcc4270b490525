import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { checkSurveyInput } from './check-survey-input.js';
import { toSurveyView } from './survey-view.js';
import type { Survey, SurveyInput } from './surveys.schemas.js';
import { surveys } from './surveys.table.js';

/** A new survey starts as a draft: nobody is asked until it is activated. */
export async function createSurvey(ctx: Ctx, input: SurveyInput): Promise<Survey> {
  checkSurveyInput(input);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(surveys)
      .values({ id: tx.ids(), ...input, status: 'draft', createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, { action: 'survey.create', entityType: 'survey', entityId: row!.id, after: row });
    return toSurveyView(tx, row!);
  });
}
