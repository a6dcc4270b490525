import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import { accounts } from '../accounts/accounts.table.js';
import { partners } from '../partners/partners.table.js';
import type { OfferRow } from './lead-offer-writes.js';
import type { Lead, LeadOffer, OfferReason } from './leads.schemas.js';
import { leadOffers } from './leads.table.js';
import type { LeadRow } from './record-lead.js';

async function namesOf(ctx: Ctx, table: typeof partners | typeof accounts, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await ctx.db
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(inArray(table.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Leads as the caller may see them. A partner user sees what its partner needs to work the lead, never
 * the vendor's side: the matched account, duplicates, another partner's campaign, the disqualification.
 */
export async function toLeadViews(ctx: Ctx, rows: LeadRow[]): Promise<Lead[]> {
  const scope = partnerScope(ctx.actor);
  const [partnerNames, accountNames, pending] = await Promise.all([
    namesOf(
      ctx,
      partners,
      rows.map((r) => r.partnerId),
    ),
    scope
      ? new Map<string, string>()
      : namesOf(
          ctx,
          accounts,
          rows.map((r) => r.accountId),
        ),
    rows.length
      ? ctx.db
          .select({ leadId: leadOffers.leadId, partnerId: leadOffers.partnerId, dueAt: leadOffers.dueAt })
          .from(leadOffers)
          .where(
            and(
              inArray(
                leadOffers.leadId,
                rows.map((r) => r.id),
              ),
              eq(leadOffers.status, 'pending'),
            ),
          )
      : [],
  ]);
  const dueByLead = new Map(pending.map((o) => [`${o.leadId}:${o.partnerId}`, o.dueAt]));
  return rows.map((r) => {
    const ownCampaign = !scope || r.sourcePartnerId === scope;
    const due = r.status === 'offered' && r.partnerId ? dueByLead.get(`${r.id}:${r.partnerId}`) : undefined;
    return {
      id: r.id,
      source: r.source as Lead['source'],
      campaignId: ownCampaign ? r.campaignId : null,
      sourcePartnerId: ownCampaign ? r.sourcePartnerId : null,
      externalId: scope ? null : r.externalId,
      companyName: r.companyName,
      domain: r.domain,
      contactName: r.contactName,
      contactEmail: r.contactEmail,
      contactPhone: r.contactPhone,
      contactTitle: r.contactTitle,
      country: r.country,
      region: r.region,
      interests: r.interests,
      productLines: r.productLines,
      estimatedAmountMinor: r.estimatedAmountMinor,
      currency: r.currency,
      score: r.score,
      message: r.message,
      status: r.status as Lead['status'],
      accountId: scope ? null : r.accountId,
      accountName: scope || !r.accountId ? null : (accountNames.get(r.accountId) ?? null),
      duplicateOfId: scope ? null : r.duplicateOfId,
      partnerId: r.partnerId,
      partnerName: r.partnerId ? (partnerNames.get(r.partnerId) ?? null) : null,
      offerDueAt: due ? due.toISOString() : null,
      registrationId: r.registrationId,
      disqualifiedReason: scope ? null : r.disqualifiedReason,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export async function toLeadView(ctx: Ctx, row: LeadRow): Promise<Lead> {
  return (await toLeadViews(ctx, [row]))[0]!;
}

/** Offers as the caller may see them: a partner user sees its own, without the runners-up. */
export async function toOfferViews(ctx: Ctx, rows: OfferRow[]): Promise<LeadOffer[]> {
  const scope = partnerScope(ctx.actor);
  const visible = scope ? rows.filter((o) => o.partnerId === scope) : rows;
  const names = await namesOf(
    ctx,
    partners,
    visible.map((o) => o.partnerId),
  );
  return visible.map((o) => {
    const reason = o.reason as OfferReason;
    return {
      id: o.id,
      partnerId: o.partnerId,
      partnerName: names.get(o.partnerId) ?? 'Unknown partner',
      status: o.status as LeadOffer['status'],
      reason: scope ? { ...reason, runnersUp: [] } : reason,
      offeredAt: o.offeredAt.toISOString(),
      dueAt: o.dueAt.toISOString(),
      respondedAt: o.respondedAt?.toISOString() ?? null,
      declineReason: o.declineReason,
    };
  });
}
