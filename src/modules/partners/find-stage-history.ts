import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { getPartnerRow } from './get-partner.js';
import type { PartnerStage, StageChange } from './partners.schemas.js';
import { partnerStageHistory } from './partners.table.js';

export async function findStageHistory(ctx: Ctx, partnerId: string): Promise<StageChange[]> {
  await getPartnerRow(ctx, partnerId);
  const rows = await ctx.db
    .select()
    .from(partnerStageHistory)
    .where(eq(partnerStageHistory.partnerId, partnerId))
    .orderBy(desc(partnerStageHistory.at), desc(partnerStageHistory.id));
  return rows.map((row) => ({
    id: row.id,
    fromStage: row.fromStage as PartnerStage | null,
    toStage: row.toStage as PartnerStage,
    reason: row.reason,
    actorId: row.actorId,
    at: row.at.toISOString(),
  }));
}
