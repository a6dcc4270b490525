import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { loadClaim } from './claim-rules.js';
import { balanceOf, committedBucket } from './ledger/mdf-ledger-kernel.js';
import { ledgerStateOf, postLedgerOperation } from './ledger/mdf-ledger-store.js';
import { lockRequestMoney } from './lock-request-money.js';
import type { Claim } from './mdf.schemas.js';
import { mdfClaims, mdfRequests } from './mdf.table.js';
import { toClaimViews } from './mdf-views.js';

export interface ClaimDecision {
  decision: 'approve' | 'reject' | 'decline';
  amountMinor?: number | undefined;
  reason?: string | undefined;
  completeRequest?: boolean | undefined;
}

/**
 * Approve (all or part: committed → payable; with completeRequest the unclaimed rest of the
 * commitment goes back to the allocation and the request is completed), reject with a reason (the
 * partner may correct and resubmit), or decline (final: the commitment is released, the request completed).
 */
export async function decideClaim(ctx: Ctx, claimId: string, input: ClaimDecision): Promise<Claim> {
  if (input.decision !== 'approve' && !input.reason)
    throw invalidField('body.reason', `is required to ${input.decision}`);
  return inTransaction(ctx, async (tx) => {
    const first = await loadClaim(tx, claimId);
    const { budget, allocation, request } = await lockRequestMoney(tx, first.requestId);
    const claim = await loadClaim(tx, claimId, true);
    if (claim.status !== 'submitted')
      throw new AppError('conflict', `A ${claim.status} claim is not waiting for a decision`);
    const amount = input.amountMinor ?? claim.amountMinor;
    if (input.decision === 'approve' && amount > claim.amountMinor) {
      throw invalidField('body.amountMinor', `must be at most the ${claim.amountMinor} claimed`);
    }
    const [before] = await toClaimViews(tx, [claim]);
    const refs = { partnerId: claim.partnerId, allocationId: allocation.id, requestId: request.id, claimId };
    let state = await ledgerStateOf(tx, budget);
    const completes =
      input.decision === 'decline' || (input.decision === 'approve' && input.completeRequest !== false);
    if (input.decision === 'approve') {
      state = await postLedgerOperation(
        tx,
        budget,
        state,
        { kind: 'approve_claim', allocationId: allocation.id, requestId: request.id, amountMinor: amount },
        { ...refs, memo: 'Claim approved' },
      );
    }
    if (completes) {
      const rest = balanceOf(state, committedBucket(request.id));
      if (rest > 0) {
        await postLedgerOperation(
          tx,
          budget,
          state,
          { kind: 'release', allocationId: allocation.id, requestId: request.id, amountMinor: rest },
          {
            ...refs,
            memo:
              input.decision === 'decline'
                ? 'Claim declined: commitment released'
                : 'Activity completed: unclaimed rest released',
          },
        );
      }
      await tx.db
        .update(mdfRequests)
        .set({ status: 'completed', updatedAt: tx.clock.now() })
        .where(eq(mdfRequests.id, request.id));
    }
    const status =
      input.decision === 'approve' ? 'approved' : input.decision === 'reject' ? 'rejected' : 'declined';
    const now = tx.clock.now();
    const [row] = await tx.db
      .update(mdfClaims)
      .set({
        status,
        amountMinor: input.decision === 'approve' ? amount : claim.amountMinor,
        decisionReason: input.reason ?? null,
        decidedBy: actorUserId(tx.actor),
        decidedAt: now,
        updatedAt: now,
      })
      .where(eq(mdfClaims.id, claimId))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const [after] = await toClaimViews(tx, [row]);
    if (!after) throw new Error('view missing');
    await recordAudit(tx, {
      action: `mdf.claim_${status}`,
      entityType: 'mdf_claim',
      entityId: claimId,
      partnerId: row.partnerId,
      before,
      after,
    });
    await publishEvent(tx, {
      type: `mdf.claim_${status}`,
      entityType: 'mdf_claim',
      entityId: claimId,
      partnerId: row.partnerId,
      payload: {
        claimId,
        requestId: request.id,
        amountMinor: row.amountMinor,
        currency: row.currency,
        reason: row.decisionReason,
      },
    });
    return after;
  });
}
