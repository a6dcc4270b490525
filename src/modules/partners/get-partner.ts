import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { isVendorActor } from '../../platform/policy.js';
import { users } from '../identity/identity.table.js';
import { partnerContacts, partners } from './partners.table.js';
import type { Partner, PartnerDetail } from './partners.schemas.js';
import { visiblePartners } from './partner-scope.js';
import { type PartnerRow, toPartnerView } from './partner-view.js';

export async function getPartnerRow(ctx: Ctx, id: string): Promise<PartnerRow> {
  const [row] = await ctx.db.select().from(partners).where(and(eq(partners.id, id), visiblePartners(ctx))).limit(1);
  if (!row) throw notFound('Partner');
  return row;
}

/** Throws not_found for a partner the actor may not see, exactly as for one that does not exist. */
export async function getPartner(ctx: Ctx, id: string): Promise<Partner> {
  return toPartnerView(await getPartnerRow(ctx, id), isVendorActor(ctx.actor));
}

export async function getPartnerDetail(ctx: Ctx, id: string): Promise<PartnerDetail> {
  const [found] = await ctx.db
    .select({
      partner: partners,
      ownerName: users.name,
      ownerEmail: users.email,
      contactCount: sql<number>`(SELECT count(*)::int FROM ${partnerContacts} WHERE ${partnerContacts.partnerId} = ${partners.id})`,
      userCount: sql<number>`(SELECT count(*)::int FROM ${users} u WHERE u.partner_id = ${partners.id})`,
    })
    .from(partners)
    .leftJoin(users, eq(users.id, partners.ownerId))
    .where(and(eq(partners.id, id), visiblePartners(ctx)))
    .limit(1);
  if (!found) throw notFound('Partner');
  const internal = isVendorActor(ctx.actor);
  const { partner } = found;
  return {
    ...toPartnerView(partner, internal),
    owner: partner.ownerId && found.ownerName ? { id: partner.ownerId, name: found.ownerName, email: found.ownerEmail! } : null,
    fitReasons: internal ? (partner.fitReasons as PartnerDetail['fitReasons']) : null,
    contactCount: Number(found.contactCount),
    userCount: Number(found.userCount),
  };
}
