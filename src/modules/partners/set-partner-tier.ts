import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { partners } from './partners.table.js';

/** Sets the tier a partner holds (the tiering engine decides it; call inside its transaction). */
export async function setPartnerTier(ctx: Ctx, partnerId: string, tier: string | null): Promise<void> {
  const [before] = await ctx.db
    .select({ tier: partners.tier })
    .from(partners)
    .where(eq(partners.id, partnerId));
  if (!before) throw notFound('Partner');
  if (before.tier === tier) return;
  await ctx.db.update(partners).set({ tier, updatedAt: ctx.clock.now() }).where(eq(partners.id, partnerId));
  await recordAudit(ctx, {
    action: 'partner.tier',
    entityType: 'partner',
    entityId: partnerId,
    partnerId,
    before: { tier: before.tier },
    after: { tier },
  });
}
