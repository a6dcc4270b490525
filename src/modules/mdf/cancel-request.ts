import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { MdfRequest } from './mdf.schemas.js';
import { mdfRequests } from './mdf.table.js';
import { toRequestViews } from './mdf-views.js';
import { loadRequest } from './request-rules.js';

const CANCELLABLE = new Set(['draft', 'submitted', 'manager_approved', 'rejected']);

/** The partner withdraws a request before its final approval (no money was committed yet). */
export async function cancelRequest(ctx: Ctx, id: string): Promise<MdfRequest> {
  return inTransaction(ctx, async (tx) => {
    const existing = await loadRequest(tx, id, true);
    if (!CANCELLABLE.has(existing.status)) {
      throw new AppError('conflict', `A ${existing.status} request can no longer be cancelled`);
    }
    const [row] = await tx.db
      .update(mdfRequests)
      .set({ status: 'cancelled', updatedAt: tx.clock.now() })
      .where(eq(mdfRequests.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const [after] = await toRequestViews(tx, [row]);
    if (!after) throw new Error('view missing');
    await recordAudit(tx, {
      action: 'mdf.request_cancelled',
      entityType: 'mdf_request',
      entityId: id,
      partnerId: row.partnerId,
      before: { status: existing.status },
      after,
    });
    return after;
  });
}
