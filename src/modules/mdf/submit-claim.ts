import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { checkProofFiles, claimableMinor, replaceClaimFiles } from './claim-rules.js';
import { lockRequestMoney } from './lock-request-money.js';
import type { Claim, SubmitClaimInput } from './mdf.schemas.js';
import { mdfClaims } from './mdf.table.js';
import { toClaimViews } from './mdf-views.js';

export function overClaim(claimable: number): AppError {
  return new AppError(
    'validation_failed',
    `Only ${Math.max(0, claimable)} of the approved amount is left to claim`,
    {
      errors: [{ field: 'body.amountMinor', message: `must be at most ${Math.max(0, claimable)}` }],
    },
  );
}

/** The partner claims money for an approved activity, with proof of performance and its results. */
export async function submitClaim(ctx: Ctx, requestId: string, input: SubmitClaimInput): Promise<Claim> {
  return inTransaction(ctx, async (tx) => {
    const { allocation, request } = await lockRequestMoney(tx, requestId);
    if (request.status !== 'approved')
      throw new AppError('conflict', `A ${request.status} request takes no claims`);
    const fileIds = await checkProofFiles(tx, request.partnerId, input.fileIds);
    const claimable = await claimableMinor(tx, requestId, allocation.id);
    if (input.amountMinor > claimable) throw overClaim(claimable);
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(mdfClaims)
      .values({
        id: tx.ids(),
        requestId,
        partnerId: request.partnerId,
        amountMinor: input.amountMinor,
        currency: request.currency,
        resultLeads: input.resultLeads,
        resultPipelineMinor: input.resultPipelineMinor,
        resultNotes: input.resultNotes,
        status: 'submitted',
        submittedAt: now,
        createdBy: actorUserId(tx.actor),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await replaceClaimFiles(tx, row.id, fileIds);
    const [view] = await toClaimViews(tx, [row]);
    if (!view) throw new Error('view missing');
    await recordAudit(tx, {
      action: 'mdf.claim_submitted',
      entityType: 'mdf_claim',
      entityId: row.id,
      partnerId: row.partnerId,
      after: view,
    });
    await publishEvent(tx, {
      type: 'mdf.claim_submitted',
      entityType: 'mdf_claim',
      entityId: row.id,
      partnerId: row.partnerId,
      payload: { claimId: row.id, requestId, amountMinor: row.amountMinor, currency: row.currency },
    });
    return view;
  });
}
