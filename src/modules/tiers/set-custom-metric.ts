import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidFields } from '../../platform/errors.js';
import { listPartnersInStages } from '../partners/list-partners-in-stages.js';
import { PARTNER_STAGES } from '../partners/partners.schemas.js';
import { tierCustomMetrics } from './tiers.table.js';

/** Sets one custom metric's value for the given partners (other partners keep theirs). */
export async function setCustomMetric(
  ctx: Ctx,
  key: string,
  values: { partnerId: string; value: number }[],
): Promise<{ key: string; updated: number }> {
  return inTransaction(ctx, async (tx) => {
    const known = new Set((await listPartnersInStages(tx.db, PARTNER_STAGES)).map((p) => p.id));
    const unknown = values.flatMap((v, i) =>
      known.has(v.partnerId) ? [] : [{ field: `values.${i}.partnerId`, message: 'is not a partner' }],
    );
    if (unknown.length > 0) throw invalidFields(unknown);
    const now = tx.clock.now();
    if (values.length > 0) {
      await tx.db
        .insert(tierCustomMetrics)
        .values(values.map((v) => ({ partnerId: v.partnerId, key, value: v.value, updatedAt: now })))
        .onConflictDoUpdate({
          target: [tierCustomMetrics.partnerId, tierCustomMetrics.key],
          set: { value: sql`excluded.value`, updatedAt: now },
        });
    }
    await recordAudit(tx, {
      action: 'tier.custom_metric',
      entityType: 'tier_custom_metric',
      entityId: key,
      after: { key, values },
    });
    return { key, updated: values.length };
  });
}
