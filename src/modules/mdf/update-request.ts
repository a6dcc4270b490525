import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { lockBudget } from './ledger/mdf-ledger-store.js';
import type { MdfRequest, RequestFields } from './mdf.schemas.js';
import { mdfAllocations, mdfRequests } from './mdf.table.js';
import { toRequestViews } from './mdf-views.js';
import { checkRequest, loadRequest } from './request-rules.js';

/** Edits a draft or a rejected request; with submit it goes (back) to the manager. */
export async function updateRequest(ctx: Ctx, id: string, input: RequestFields): Promise<MdfRequest> {
  return inTransaction(ctx, async (tx) => {
    const existing = await loadRequest(tx, id, true);
    if (existing.status !== 'draft' && existing.status !== 'rejected') {
      throw new AppError('conflict', `A ${existing.status} request cannot be edited`);
    }
    const [allocation] = await tx.db
      .select({ budgetId: mdfAllocations.budgetId })
      .from(mdfAllocations)
      .where(eq(mdfAllocations.id, existing.allocationId));
    if (!allocation) throw new AppError('not_found', 'No such MDF allocation');
    const budget = await lockBudget(tx, allocation.budgetId);
    await checkRequest(tx, budget, existing.allocationId, input);
    const [before] = await toRequestViews(tx, [existing]);
    const now = tx.clock.now();
    const [row] = await tx.db
      .update(mdfRequests)
      .set({
        title: input.title,
        activityType: input.activityType,
        plan: input.plan,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        requestedMinor: input.requestedMinor,
        expectedLeads: input.expectedLeads,
        expectedPipelineMinor: input.expectedPipelineMinor,
        ...(input.submit
          ? { status: 'submitted', submittedAt: now, decisionReason: null, approvedMinor: null }
          : {}),
        updatedAt: now,
      })
      .where(eq(mdfRequests.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const [after] = await toRequestViews(tx, [row]);
    if (!after) throw new Error('view missing');
    await recordAudit(tx, {
      action: input.submit ? 'mdf.request_submitted' : 'mdf.request_updated',
      entityType: 'mdf_request',
      entityId: id,
      partnerId: row.partnerId,
      before,
      after,
    });
    if (input.submit) {
      await publishEvent(tx, {
        type: 'mdf.request_submitted',
        entityType: 'mdf_request',
        entityId: id,
        partnerId: row.partnerId,
        payload: {
          requestId: id,
          requestedMinor: row.requestedMinor,
          currency: row.currency,
          resubmitted: existing.status === 'rejected',
        },
      });
    }
    return after;
  });
}
