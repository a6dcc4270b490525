import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { loadSurvey } from './load-survey.js';
import { toSurveyView } from './survey-view.js';
import type { Survey } from './surveys.schemas.js';
import { surveys } from './surveys.table.js';

export type SurveyMove = 'active' | 'paused' | 'closed';

/** Which statuses each move may start from: closing is final. */
const ALLOWED_FROM: Record<SurveyMove, readonly string[]> = {
  active: ['draft', 'paused'],
  paused: ['active'],
  closed: ['draft', 'active', 'paused'],
};

/** Activates, pauses or closes a survey. Pending invitations stay answerable until they expire. */
export async function changeSurveyStatus(ctx: Ctx, id: string, to: SurveyMove): Promise<Survey> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadSurvey(tx, id, true);
    if (!ALLOWED_FROM[to].includes(before.status)) {
      throw new AppError('conflict', `A ${before.status} survey cannot become ${to}`, {
        errors: [{ field: 'status', message: `cannot move from ${before.status} to ${to}` }],
      });
    }
    const [row] = await tx.db
      .update(surveys)
      .set({ status: to, updatedAt: tx.clock.now() })
      .where(eq(surveys.id, id))
      .returning();
    await recordAudit(tx, {
      action: `survey.${to === 'active' ? 'activate' : to === 'paused' ? 'pause' : 'close'}`,
      entityType: 'survey',
      entityId: id,
      before: { status: before.status },
      after: { status: to },
    });
    return toSurveyView(tx, row!);
  });
}
