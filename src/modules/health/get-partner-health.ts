import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { getPartnerRow } from '../partners/get-partner.js';
import type { PartnerStage } from '../partners/partners.schemas.js';
import type { PartnerHealthView } from './health.schemas.js';
import { partnerHealth } from './health.table.js';

/** A partner's latest health assessment (empty until the rules first evaluated it). */
export async function getPartnerHealth(ctx: Ctx, partnerId: string): Promise<PartnerHealthView> {
  const partner = await getPartnerRow(ctx, partnerId);
  const [row] = await ctx.db.select().from(partnerHealth).where(eq(partnerHealth.partnerId, partnerId));
  return {
    partnerId,
    stage: partner.stage as PartnerStage,
    evaluatedAt: row?.evaluatedAt.toISOString() ?? null,
    atRiskByRules: row?.atRiskByRules ?? false,
    findings: (row?.findings as PartnerHealthView['findings']) ?? [],
    lastActivityAt: row?.lastActivityAt?.toISOString() ?? null,
  };
}
