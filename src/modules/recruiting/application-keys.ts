import { and, arrayContains, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import {
  companyDomain,
  domainRejectionText,
  registrableDomain,
} from '../../analytics/matching/normalize-domain.js';
import type { FitSubject } from '../../analytics/scoring/ipp-fit.js';
import type { Ctx } from '../../platform/context.js';
import { LOCK_KEYS } from '../../platform/db/lock-keys.js';
import { invalidField } from '../../platform/errors.js';
import { scorePartnerFit } from '../ipp/score-partner-fit.js';
import { partners } from '../partners/partners.table.js';
import { OPEN_STATUSES } from './application-stages.js';
import { partnerApplications } from './recruiting.table.js';

/**
 * The company's registrable domain: from the website, else from the contact's email address unless
 * that is a free mail provider. A website that names no company domain is refused by field.
 */
export function applicationDomain(website: string | null | undefined, contactEmail: string): string | null {
  if (website) {
    const result = registrableDomain(website);
    if (!result.ok) throw invalidField('website', domainRejectionText(result.reason));
    return result.domain;
  }
  return companyDomain(contactEmail);
}

export interface Duplicate {
  applicationId: string | null;
  partnerId: string | null;
}

/**
 * The existing partner, else the earliest open application, with the same registrable domain; for an
 * application already saved (`self`), only applications that came before it count. Call it
 * inside the write's transaction: it takes the partner-domain lock, so an application and a partner (or
 * two applications) claiming one domain at once are checked one after the other.
 */
export async function findDuplicate(ctx: Ctx, domain: string | null, self?: string): Promise<Duplicate> {
  if (!domain) return { applicationId: null, partnerId: null };
  await ctx.db.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEYS.partnerDomains}::bigint)`);
  const [partner] = await ctx.db
    .select({ id: partners.id })
    .from(partners)
    .where(arrayContains(partners.domains, [domain]))
    .orderBy(asc(partners.createdAt), asc(partners.id))
    .limit(1);
  if (partner) return { applicationId: null, partnerId: partner.id };
  const [application] = await ctx.db
    .select({ id: partnerApplications.id })
    .from(partnerApplications)
    .where(
      and(
        eq(partnerApplications.domain, domain),
        inArray(partnerApplications.status, [...OPEN_STATUSES]),
        // Ids are time-ordered (UUIDv7): a smaller id was created earlier.
        self ? lt(partnerApplications.id, self) : undefined,
      ),
    )
    .orderBy(asc(partnerApplications.createdAt), asc(partnerApplications.id))
    .limit(1);
  return { applicationId: application?.id ?? null, partnerId: null };
}

export interface ApplicationProfile {
  type: string;
  regions: readonly string[];
  specializations: readonly string[];
  employees: number | null;
}

/** A prospect has no certified people or mapped accounts yet; the rest of the profile is scored as for a partner. */
export function fitSubjectOf(profile: ApplicationProfile): FitSubject {
  return {
    type: profile.type,
    regions: profile.regions,
    specializations: profile.specializations,
    employees: profile.employees,
    certifiedCount: 0,
    overlapCount: 0,
  };
}

export async function scoreApplication(ctx: Ctx, profile: ApplicationProfile) {
  return scorePartnerFit(ctx, fitSubjectOf(profile));
}
