import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { visiblePartners } from '../partners/partner-scope.js';
import { partners } from '../partners/partners.table.js';
import { measureEngagement } from './measure-engagement.js';
import type { Engagement } from './surveys.schemas.js';

/** One partner's portal engagement score with its components; a partner user sees only their own. */
export async function getPartnerEngagement(ctx: Ctx, partnerId: string, asOf?: string): Promise<Engagement> {
  const [partner] = await ctx.db
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.id, partnerId), visiblePartners(ctx)));
  if (!partner) throw new AppError('not_found', 'No such partner');
  const engagement = await measureEngagement(ctx, [partner.id], asOf);
  return engagement.get(partner.id)!;
}
