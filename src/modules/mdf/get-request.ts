import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { users } from '../identity/identity.table.js';
import { committedBucket } from './ledger/mdf-ledger-kernel.js';
import { bucketBalances } from './ledger/mdf-ledger-store.js';
import type { ZRequestDetail } from './mdf.schemas.js';
import { mdfApprovals, mdfClaims } from './mdf.table.js';
import { iso, toClaimViews, toRequestViews } from './mdf-views.js';
import { loadRequest } from './request-rules.js';

export type RequestDetail = z.infer<typeof ZRequestDetail>;

/** A request with its approval chain, its claims (with proof files) and what is left to claim. */
export async function getRequest(ctx: Ctx, id: string): Promise<RequestDetail> {
  const row = await loadRequest(ctx, id);
  const [view] = await toRequestViews(ctx, [row]);
  if (!view) throw new Error('view missing');
  const approvals = await ctx.db
    .select()
    .from(mdfApprovals)
    .where(eq(mdfApprovals.requestId, id))
    .orderBy(asc(mdfApprovals.at), asc(mdfApprovals.id));
  const actorIds = approvals.map((a) => a.actorId).filter((a): a is string => a !== null);
  const names = actorIds.length
    ? new Map(
        (
          await ctx.db
            .select({ id: users.id, name: users.name })
            .from(users)
            .where(inArray(users.id, actorIds))
        ).map((u) => [u.id, u.name]),
      )
    : new Map<string, string>();
  const claimRows = await ctx.db
    .select()
    .from(mdfClaims)
    .where(eq(mdfClaims.requestId, id))
    .orderBy(asc(mdfClaims.submittedAt), asc(mdfClaims.id));
  const balances = await bucketBalances(ctx.db, { allocationId: row.allocationId });
  return {
    ...view,
    approvals: approvals.map((a) => ({
      id: a.id,
      step: a.step as 'manager' | 'finance',
      decision: a.decision as 'approved' | 'rejected',
      amountMinor: a.amountMinor,
      reason: a.reason,
      actorId: a.actorId,
      actorName: a.actorId ? (names.get(a.actorId) ?? null) : null,
      at: iso(a.at) ?? '',
    })),
    claims: await toClaimViews(ctx, claimRows),
    committedRemainingMinor: balances[committedBucket(id)] ?? 0,
  };
}
