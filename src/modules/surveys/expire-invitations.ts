import { and, eq, inArray, lt } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { surveyInvitations } from './surveys.table.js';

const BATCH = 500;

/**
 * Marks pending invitations past their due time expired. Rows are claimed with SKIP LOCKED, so two
 * servers share the work instead of doing it twice.
 */
export async function expireInvitations(ctx: Ctx): Promise<{ expired: number }> {
  let expired = 0;
  for (;;) {
    const done = await inTransaction(ctx, async (tx) => {
      const now = tx.clock.now();
      const t = surveyInvitations;
      const due = await tx.db
        .select({ id: t.id, partnerId: t.partnerId })
        .from(t)
        .where(and(eq(t.status, 'pending'), lt(t.dueAt, now)))
        .orderBy(t.dueAt)
        .limit(BATCH)
        .for('update', { skipLocked: true });
      if (!due.length) return true;
      await tx.db
        .update(t)
        .set({ status: 'expired' })
        .where(
          inArray(
            t.id,
            due.map((d) => d.id),
          ),
        );
      for (const invitation of due) {
        await recordAudit(tx, {
          action: 'survey_invitation.expire',
          entityType: 'survey_invitation',
          entityId: invitation.id,
          partnerId: invitation.partnerId,
          before: { status: 'pending' },
          after: { status: 'expired' },
        });
      }
      expired += due.length;
      return due.length < BATCH;
    });
    if (done) return { expired };
  }
}
