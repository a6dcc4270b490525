import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { availableBucket, balanceOf } from './ledger/mdf-ledger-kernel.js';
import { ledgerStateOf, postLedgerOperation } from './ledger/mdf-ledger-store.js';
import { lockRequestMoney } from './lock-request-money.js';
import type { MdfRequest } from './mdf.schemas.js';
import { mdfApprovals, mdfRequests } from './mdf.table.js';
import { toRequestViews } from './mdf-views.js';

export interface RequestDecision {
  decision: 'approve' | 'reject';
  amountMinor?: number | undefined;
  reason?: string | undefined;
}

const MANAGER_ROLES = new Set(['admin', 'partner_manager']);
const FINANCE_ROLES = new Set(['admin', 'finance']);

/**
 * One step of the approval chain. A submitted request waits for a manager (admin or partner
 * manager); when the amount the manager approves is above the budget's finance threshold it then
 * waits for finance (admin or finance). The final approval commits the money from the allocation.
 */
export async function decideRequest(ctx: Ctx, id: string, input: RequestDecision): Promise<MdfRequest> {
  if (input.decision === 'reject' && !input.reason)
    throw invalidField('body.reason', 'is required to reject');
  return inTransaction(ctx, async (tx) => {
    const { budget, allocation, request } = await lockRequestMoney(tx, id);
    const step =
      request.status === 'submitted' ? 'manager' : request.status === 'manager_approved' ? 'finance' : null;
    if (!step) throw new AppError('conflict', `A ${request.status} request is not waiting for approval`);
    const role = tx.actor.kind === 'user' ? tx.actor.role : 'admin';
    if (!(step === 'manager' ? MANAGER_ROLES : FINANCE_ROLES).has(role)) {
      throw new AppError(
        'forbidden',
        step === 'manager'
          ? 'The first approval is a partner manager’s (or an admin’s)'
          : 'This request is above the finance threshold and waits for finance (or an admin)',
      );
    }
    const ceiling = request.approvedMinor ?? request.requestedMinor;
    const amount = input.amountMinor ?? ceiling;
    if (input.decision === 'approve' && amount > ceiling) {
      throw invalidField(
        'body.amountMinor',
        `must be at most ${ceiling}, the amount ${step === 'manager' ? 'requested' : 'the manager approved'}`,
      );
    }
    const [before] = await toRequestViews(tx, [request]);
    const now = tx.clock.now();
    let status: string;
    if (input.decision === 'reject') status = 'rejected';
    else if (step === 'manager' && amount > budget.financeThresholdMinor) status = 'manager_approved';
    else status = 'approved';
    if (status === 'approved') {
      if (budget.status !== 'open') throw new AppError('conflict', 'The budget is closed');
      const state = await ledgerStateOf(tx, budget);
      const available = balanceOf(state, availableBucket(allocation.id));
      if (available < amount) {
        throw new AppError(
          'conflict',
          `The allocation has only ${available} available now, less than the ${amount} to approve`,
        );
      }
      await postLedgerOperation(
        tx,
        budget,
        state,
        { kind: 'commit', allocationId: allocation.id, requestId: id, amountMinor: amount },
        {
          partnerId: request.partnerId,
          allocationId: allocation.id,
          requestId: id,
          memo: `Approved: ${request.title}`,
        },
      );
    }
    await tx.db.insert(mdfApprovals).values({
      id: tx.ids(),
      requestId: id,
      step,
      decision: input.decision === 'approve' ? 'approved' : 'rejected',
      amountMinor: input.decision === 'approve' ? amount : null,
      reason: input.reason ?? null,
      actorId: actorUserId(tx.actor),
      at: now,
    });
    const [row] = await tx.db
      .update(mdfRequests)
      .set({
        status,
        approvedMinor: input.decision === 'approve' ? amount : request.approvedMinor,
        decisionReason: input.reason ?? null,
        updatedAt: now,
      })
      .where(eq(mdfRequests.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const [after] = await toRequestViews(tx, [row]);
    if (!after) throw new Error('view missing');
    await recordAudit(tx, {
      action: `mdf.request_${status}`,
      entityType: 'mdf_request',
      entityId: id,
      partnerId: row.partnerId,
      before,
      after,
    });
    if (status !== 'manager_approved') {
      await publishEvent(tx, {
        type: status === 'approved' ? 'mdf.request_approved' : 'mdf.request_rejected',
        entityType: 'mdf_request',
        entityId: id,
        partnerId: row.partnerId,
        payload: {
          requestId: id,
          step,
          amountMinor: row.approvedMinor,
          currency: row.currency,
          reason: row.decisionReason,
        },
      });
    }
    return after;
  });
}
