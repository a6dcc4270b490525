import { and, asc, eq, inArray } from 'drizzle-orm';
import { regionOfCountry } from '../../analytics/leads/region-of-country.js';
import { descriptorDomain } from '../../analytics/matching/company-match.js';
import { companyDomain } from '../../analytics/matching/normalize-domain.js';
import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { matchAccount } from '../accounts/match-account.js';
import { OPEN_LEAD_STATUSES } from './leads.schemas.js';
import { leads } from './leads.table.js';

export type LeadRow = typeof leads.$inferSelect;

/** The fields of a lead as entered, before matching. */
export interface LeadEntry {
  source: 'campaign' | 'import' | 'manual';
  campaignId?: string | null;
  sourcePartnerId?: string | null;
  externalId?: string | null;
  companyName: string;
  website?: string | null | undefined;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | undefined;
  contactTitle?: string | undefined;
  country?: string | null | undefined;
  interests?: string[] | undefined;
  productLines?: string[] | undefined;
  estimatedAmountMinor?: number | null | undefined;
  currency?: string | null | undefined;
  score?: number | undefined;
  message?: string | undefined;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** The company's registrable domain from its website, else from the contact's (non-free-mail) email. */
export function leadDomain(
  entry: Pick<LeadEntry, 'companyName' | 'website' | 'contactEmail'>,
): string | null {
  if (entry.website && !companyDomain(entry.website))
    throw invalidField(
      'website',
      'is not a company website or domain (free mail and IP addresses do not count)',
    );
  return descriptorDomain({ name: entry.companyName, domain: entry.website, email: entry.contactEmail });
}

/** The fields derived from an entry: domain, region and the vendor account it names. */
export async function derivedFields(ctx: Ctx, entry: LeadEntry) {
  const domain = leadDomain(entry);
  const normalizedName = normalizeCompanyName(entry.companyName);
  if (!normalizedName) throw invalidField('companyName', 'has no letters or digits to identify the company');
  const match = await matchAccount(ctx, { normalizedName, domain });
  const country = entry.country ?? null;
  return { domain, country, region: regionOfCountry(country), accountId: match?.account.id ?? null };
}

/** An open lead with the same contact email: the new one duplicates it. */
export async function findOpenLeadByEmail(ctx: Ctx, email: string, exceptId?: string) {
  const rows = await ctx.db
    .select({ id: leads.id })
    .from(leads)
    .where(and(eq(leads.contactEmail, normalizeEmail(email)), inArray(leads.status, OPEN_LEAD_STATUSES)))
    .orderBy(asc(leads.createdAt), asc(leads.id))
    .limit(2);
  return rows.find((r) => r.id !== exceptId) ?? null;
}

/**
 * Inserts a lead, matched to a vendor account and checked against open leads by contact email: a
 * duplicate is stored with status duplicate (and never routed), anything else as new. Records the audit
 * entry and the lead.created (or lead.captured) event.
 */
export async function recordLead(ctx: Ctx, entry: LeadEntry): Promise<LeadRow> {
  const derived = await derivedFields(ctx, entry);
  const duplicateOf = await findOpenLeadByEmail(ctx, entry.contactEmail);
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(leads)
    .values({
      id: ctx.ids(),
      source: entry.source,
      campaignId: entry.campaignId ?? null,
      sourcePartnerId: entry.sourcePartnerId ?? null,
      externalId: entry.externalId ?? null,
      companyName: entry.companyName,
      domain: derived.domain,
      contactName: entry.contactName,
      contactEmail: normalizeEmail(entry.contactEmail),
      contactPhone: entry.contactPhone ?? '',
      contactTitle: entry.contactTitle ?? '',
      country: derived.country,
      region: derived.region,
      interests: entry.interests ?? [],
      productLines: entry.productLines ?? [],
      estimatedAmountMinor: entry.estimatedAmountMinor ?? null,
      currency: entry.currency ?? null,
      score: entry.score ?? 50,
      message: entry.message ?? '',
      status: duplicateOf ? 'duplicate' : 'new',
      accountId: derived.accountId,
      duplicateOfId: duplicateOf?.id ?? null,
      createdBy: actorUserId(ctx.actor),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const lead = row!;
  const captured = entry.source === 'campaign';
  await recordAudit(ctx, {
    action: captured ? 'lead.capture' : 'lead.create',
    entityType: 'lead',
    entityId: lead.id,
    partnerId: lead.sourcePartnerId,
    after: lead,
  });
  await publishEvent(ctx, {
    type: captured ? 'lead.captured' : 'lead.created',
    entityType: 'lead',
    entityId: lead.id,
    partnerId: lead.sourcePartnerId,
    payload: {
      source: lead.source,
      status: lead.status,
      campaignId: lead.campaignId,
      accountId: lead.accountId,
      duplicateOfId: lead.duplicateOfId,
    },
  });
  return lead;
}
