import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { scorePartnerFit } from '../ipp/score-partner-fit.js';
import { partners } from '../partners/partners.table.js';
import { countCertifiedPeople } from './count-certified-people.js';
import { certificates } from './enablement.table.js';

/**
 * Keeps each partner's certified-people count (shown on the partner and used by its IPP fit) equal to the
 * people holding a valid certificate now (partners that never earned one stay at zero). Partners whose
 * count changes are rescored.
 */
export async function refreshCertifiedCounts(ctx: Ctx, partnerIds?: readonly string[]): Promise<number> {
  const learning = await ctx.db
    .selectDistinct({ partnerId: certificates.partnerId })
    .from(certificates)
    .where(partnerIds ? inArray(certificates.partnerId, [...partnerIds]) : undefined);
  if (learning.length === 0) return 0;
  const counts = await countCertifiedPeople(ctx.db, ctx.clock.now());
  const rows = await ctx.db
    .select()
    .from(partners)
    .where(
      inArray(
        partners.id,
        learning.map((row) => row.partnerId),
      ),
    );
  let changed = 0;
  for (const row of rows) {
    const certifiedCount = counts.get(row.id) ?? 0;
    if (certifiedCount === row.certifiedCount) continue;
    const fit = await scorePartnerFit(ctx, { ...row, certifiedCount });
    await ctx.db
      .update(partners)
      .set({ certifiedCount, fitScore: fit.score, fitReasons: fit.reasons, updatedAt: ctx.clock.now() })
      .where(eq(partners.id, row.id));
    changed += 1;
  }
  return changed;
}
