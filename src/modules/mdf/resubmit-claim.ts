import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { checkProofFiles, claimableMinor, loadClaim, replaceClaimFiles } from './claim-rules.js';
import { lockRequestMoney } from './lock-request-money.js';
import type { Claim, SubmitClaimInput } from './mdf.schemas.js';
import { mdfClaims } from './mdf.table.js';
import { toClaimViews } from './mdf-views.js';
import { overClaim } from './submit-claim.js';

/** After a rejection the partner corrects the claim (amount, proof, results) and sends it again. */
export async function resubmitClaim(ctx: Ctx, claimId: string, input: SubmitClaimInput): Promise<Claim> {
  return inTransaction(ctx, async (tx) => {
    const first = await loadClaim(tx, claimId);
    const { allocation, request } = await lockRequestMoney(tx, first.requestId);
    const claim = await loadClaim(tx, claimId, true);
    if (claim.status !== 'rejected')
      throw new AppError('conflict', `A ${claim.status} claim cannot be resubmitted`);
    if (request.status !== 'approved')
      throw new AppError('conflict', `A ${request.status} request takes no claims`);
    const fileIds = await checkProofFiles(tx, claim.partnerId, input.fileIds);
    const claimable = await claimableMinor(tx, request.id, allocation.id, claimId);
    if (input.amountMinor > claimable) throw overClaim(claimable);
    const [before] = await toClaimViews(tx, [claim]);
    const now = tx.clock.now();
    const [row] = await tx.db
      .update(mdfClaims)
      .set({
        amountMinor: input.amountMinor,
        resultLeads: input.resultLeads,
        resultPipelineMinor: input.resultPipelineMinor,
        resultNotes: input.resultNotes,
        status: 'submitted',
        submittedAt: now,
        updatedAt: now,
      })
      .where(eq(mdfClaims.id, claimId))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await replaceClaimFiles(tx, claimId, fileIds);
    const [after] = await toClaimViews(tx, [row]);
    if (!after) throw new Error('view missing');
    await recordAudit(tx, {
      action: 'mdf.claim_resubmitted',
      entityType: 'mdf_claim',
      entityId: claimId,
      partnerId: row.partnerId,
      before,
      after,
    });
    await publishEvent(tx, {
      type: 'mdf.claim_submitted',
      entityType: 'mdf_claim',
      entityId: claimId,
      partnerId: row.partnerId,
      payload: {
        claimId,
        requestId: request.id,
        amountMinor: row.amountMinor,
        currency: row.currency,
        resubmitted: true,
      },
    });
    return after;
  });
}
