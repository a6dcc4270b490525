import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { getFile } from '../files/get-file.js';
import { committedBucket } from './ledger/mdf-ledger-kernel.js';
import { bucketBalances } from './ledger/mdf-ledger-store.js';
import { mdfClaimFiles, mdfClaims } from './mdf.table.js';

export type ClaimRow = typeof mdfClaims.$inferSelect;

export async function loadClaim(ctx: Ctx, id: string, forUpdate = false): Promise<ClaimRow> {
  const scope = partnerScope(ctx.actor);
  const query = ctx.db
    .select()
    .from(mdfClaims)
    .where(and(eq(mdfClaims.id, id), scope ? eq(mdfClaims.partnerId, scope) : undefined));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'No such MDF claim');
  return row;
}

/** Proof files must be the partner's own mdf_proof uploads; another partner's file is not found. */
export async function checkProofFiles(ctx: Ctx, partnerId: string, fileIds: string[]): Promise<string[]> {
  const unique = [...new Set(fileIds)];
  for (const [index, fileId] of unique.entries()) {
    const file = await getFile(ctx, fileId).catch(() => null);
    if (!file || file.partnerId !== partnerId) {
      throw new AppError('not_found', 'No such file', {
        errors: [{ field: `body.fileIds.${index}`, message: 'no such file' }],
      });
    }
    if (file.purpose !== 'mdf_proof') {
      throw invalidField(`body.fileIds.${index}`, 'must be uploaded with purpose mdf_proof');
    }
  }
  return unique;
}

/**
 * What a new or resubmitted claim may still ask for: the request's committed money left, minus the
 * other claims waiting for a decision.
 */
export async function claimableMinor(
  ctx: Ctx,
  requestId: string,
  allocationId: string,
  exceptClaimId?: string,
) {
  const balances = await bucketBalances(ctx.db, { allocationId });
  const committed = balances[committedBucket(requestId)] ?? 0;
  const pending = await ctx.db
    .select({ amount: mdfClaims.amountMinor })
    .from(mdfClaims)
    .where(
      and(
        eq(mdfClaims.requestId, requestId),
        eq(mdfClaims.status, 'submitted'),
        exceptClaimId ? ne(mdfClaims.id, exceptClaimId) : undefined,
      ),
    );
  return committed - pending.reduce((sum, p) => sum + p.amount, 0);
}

export async function replaceClaimFiles(ctx: Ctx, claimId: string, fileIds: string[]): Promise<void> {
  await ctx.db.delete(mdfClaimFiles).where(eq(mdfClaimFiles.claimId, claimId));
  await ctx.db.insert(mdfClaimFiles).values(fileIds.map((fileId) => ({ claimId, fileId })));
}
