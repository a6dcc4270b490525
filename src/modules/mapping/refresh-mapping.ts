import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { assertMappingPartner } from './mapping-side.js';
import { type RefreshResult, refreshPartnerMatches } from './refresh-partner-matches.js';

/** Recomputes one partner's overlaps now (they are also refreshed on every upload and nightly). */
export async function refreshMapping(
  ctx: Ctx,
  partnerId: string,
): Promise<RefreshResult & { refreshedAt: string }> {
  await assertMappingPartner(ctx, partnerId);
  return inTransaction(ctx, async (tx) => {
    const result = await refreshPartnerMatches(tx, partnerId);
    await recordAudit(tx, {
      action: 'mapping.refresh',
      entityType: 'mapping',
      entityId: partnerId,
      partnerId,
      after: result,
    });
    return { ...result, refreshedAt: tx.clock.now().toISOString() };
  });
}
