import { and, arrayOverlaps, ne, sql } from 'drizzle-orm';
import { registrableDomainsOf } from '../../analytics/matching/normalize-domain.js';
import type { Ctx } from '../../platform/context.js';
import { LOCK_KEYS } from '../../platform/db/lock-keys.js';
import { AppError, invalidFields } from '../../platform/errors.js';
import { partners } from './partners.table.js';

/** Reduces each input (and the website) to its registrable domain; any that is not a company domain fails by field. */
export function normalizePartnerDomains(
  inputs: readonly string[],
  website: string | null | undefined,
): string[] {
  const entries = inputs.map((value, index) => ({ field: `domains.${index}`, value }));
  if (website) entries.push({ field: 'website', value: website });
  const { domains, errors } = registrableDomainsOf(entries);
  if (errors.length) throw invalidFields(errors);
  return domains;
}

/**
 * Two partner records with one domain are almost always the same company entered twice. Call it in
 * the write's transaction: the lock it takes lasts until commit, so two concurrent writes claiming
 * one domain cannot both pass the check.
 */
export async function assertDomainsUnused(ctx: Ctx, domains: string[], exceptId?: string): Promise<void> {
  if (!domains.length) return;
  await ctx.db.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEYS.partnerDomains}::bigint)`);
  const [clash] = await ctx.db
    .select({ id: partners.id, name: partners.name, domains: partners.domains })
    .from(partners)
    .where(and(arrayOverlaps(partners.domains, domains), exceptId ? ne(partners.id, exceptId) : undefined))
    .limit(1);
  if (clash) {
    const shared = clash.domains.filter((d) => domains.includes(d));
    throw new AppError('conflict', `Partner "${clash.name}" already uses ${shared.join(', ')}`, {
      errors: [{ field: 'domains', message: `already used by partner ${clash.name}` }],
      duplicateOf: clash.id,
    });
  }
}
