import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { partners } from '../partners/partners.table.js';

export interface PartnerProfile {
  id: string;
  name: string;
  type: string;
  tier: string | null;
  website: string | null;
}

/** What a campaign needs of its partner: its name and website, and its type and tier for audiences. */
export async function partnerProfile(ctx: Ctx, partnerId: string): Promise<PartnerProfile> {
  const [row] = await ctx.db
    .select({
      id: partners.id,
      name: partners.name,
      type: partners.type,
      tier: partners.tier,
      website: partners.website,
    })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  if (!row) throw notFound('Partner');
  return row;
}
