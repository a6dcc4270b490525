import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { getPartnerRow } from '../partners/get-partner.js';
import { tierHistory } from './tiers.table.js';

/** Every tier change, warning and approval of a partner, newest first. */
export async function findTierHistory(ctx: Ctx, partnerId: string) {
  await getPartnerRow(ctx, partnerId);
  const rows = await ctx.db
    .select()
    .from(tierHistory)
    .where(eq(tierHistory.partnerId, partnerId))
    .orderBy(desc(tierHistory.at), desc(tierHistory.id));
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    fromTier: row.fromTier,
    toTier: row.toTier,
    reason: row.reason,
    metrics: row.metrics as Record<string, number | null>,
    at: row.at.toISOString(),
  }));
}
