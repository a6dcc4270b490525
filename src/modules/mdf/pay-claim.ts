import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { loadClaim } from './claim-rules.js';
import { ledgerStateOf, postLedgerOperation } from './ledger/mdf-ledger-store.js';
import { lockRequestMoney } from './lock-request-money.js';
import type { Claim } from './mdf.schemas.js';
import { mdfClaims } from './mdf.table.js';
import { toClaimViews } from './mdf-views.js';

/** Finance records the payment of an approved claim: payable → paid. */
export async function payClaim(
  ctx: Ctx,
  claimId: string,
  input: { paymentReference: string },
): Promise<Claim> {
  return inTransaction(ctx, async (tx) => {
    const first = await loadClaim(tx, claimId);
    const { budget, allocation, request } = await lockRequestMoney(tx, first.requestId);
    const claim = await loadClaim(tx, claimId, true);
    if (claim.status !== 'approved') throw new AppError('conflict', `A ${claim.status} claim cannot be paid`);
    await postLedgerOperation(
      tx,
      budget,
      await ledgerStateOf(tx, budget),
      { kind: 'pay', allocationId: allocation.id, amountMinor: claim.amountMinor },
      {
        partnerId: claim.partnerId,
        allocationId: allocation.id,
        requestId: request.id,
        claimId,
        memo: `Paid: ${input.paymentReference}`,
      },
    );
    const [before] = await toClaimViews(tx, [claim]);
    const now = tx.clock.now();
    const [row] = await tx.db
      .update(mdfClaims)
      .set({ status: 'paid', paymentReference: input.paymentReference, paidAt: now, updatedAt: now })
      .where(eq(mdfClaims.id, claimId))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const [after] = await toClaimViews(tx, [row]);
    await recordAudit(tx, {
      action: 'mdf.claim_paid',
      entityType: 'mdf_claim',
      entityId: claimId,
      partnerId: row.partnerId,
      before,
      after,
    });
    await publishEvent(tx, {
      type: 'mdf.claim_paid',
      entityType: 'mdf_claim',
      entityId: claimId,
      partnerId: row.partnerId,
      payload: {
        claimId,
        requestId: request.id,
        amountMinor: row.amountMinor,
        currency: row.currency,
        paymentReference: input.paymentReference,
      },
    });
    if (!after) throw new Error('view missing');
    return after;
  });
}
