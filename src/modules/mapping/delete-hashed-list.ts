import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { hashedAccountLists } from './mapping.table.js';
import { assertMappingPartner, sideOf } from './mapping-side.js';

/**
 * Removes the caller's side's hashed list for a partner relationship (its rows go with it), after which
 * the hashed overlap waits for a new upload. Removing a list that is not there changes nothing.
 */
export async function deleteHashedList(ctx: Ctx, partnerId: string): Promise<void> {
  await assertMappingPartner(ctx, partnerId);
  const side = sideOf(ctx);
  await inTransaction(ctx, async (tx) => {
    const [removed] = await tx.db
      .delete(hashedAccountLists)
      .where(and(eq(hashedAccountLists.partnerId, partnerId), eq(hashedAccountLists.side, side)))
      .returning();
    if (!removed) return;
    const before = {
      side,
      keyFingerprint: removed.keyFingerprint,
      rows: removed.rows,
      uploadedAt: removed.uploadedAt.toISOString(),
    };
    await recordAudit(tx, {
      action: 'mapping.hashed_list.delete',
      entityType: 'hashed_account_list',
      entityId: removed.id,
      partnerId,
      before,
    });
    await publishEvent(tx, {
      type: 'mapping.hashed_list_removed',
      entityType: 'hashed_account_list',
      entityId: removed.id,
      partnerId,
      payload: before,
    });
  });
}
