import { and, arrayContains, eq, gte, ilike, or, type SQL } from 'drizzle-orm';
import { companyDomain } from '../../analytics/matching/normalize-domain.js';
import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { isVendorActor } from '../../platform/policy.js';
import { partners } from './partners.table.js';
import type { Partner } from './partners.schemas.js';
import { visiblePartners } from './partner-scope.js';
import { toPartnerView } from './partner-view.js';

export interface FindPartnersInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  q?: string | undefined;
  type?: string | undefined;
  stage?: string | undefined;
  region?: string | undefined;
  tier?: string | undefined;
  ownerId?: string | undefined;
  specialization?: string | undefined;
  minFit?: number | undefined;
}

export const PARTNER_SORTS = ['name', 'createdAt', 'fitScore'] as const;

/** Search matches the normalized name (trigram-indexed) or, when q looks like one, a domain. */
function searchCondition(q: string): SQL | undefined {
  const name = normalizeCompanyName(q);
  const domain = q.includes('.') ? companyDomain(q) : null;
  const byName = name ? ilike(partners.normalizedName, containsPattern(name)) : undefined;
  const byDomain = domain ? arrayContains(partners.domains, [domain]) : undefined;
  return byName && byDomain ? or(byName, byDomain) : (byName ?? byDomain);
}

export async function findPartners(ctx: Ctx, input: FindPartnersInput): Promise<Page<Partner>> {
  const plan = keyset(
    input.sort,
    {
      name: { column: partners.normalizedName, read: (r) => r.normalizedName as string },
      createdAt: { column: partners.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      fitScore: { column: partners.fitScore, read: (r) => r.fitScore as number },
    },
    { column: partners.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [visiblePartners(ctx), plan.where];
  if (input.q) filters.push(searchCondition(input.q));
  if (input.type) filters.push(eq(partners.type, input.type));
  if (input.stage) filters.push(eq(partners.stage, input.stage));
  if (input.tier) filters.push(eq(partners.tier, input.tier));
  if (input.ownerId) filters.push(eq(partners.ownerId, input.ownerId));
  if (input.region) filters.push(arrayContains(partners.regions, [input.region]));
  if (input.specialization) filters.push(arrayContains(partners.specializations, [input.specialization]));
  if (input.minFit !== undefined && isVendorActor(ctx.actor)) filters.push(gte(partners.fitScore, input.minFit));
  const rows = await ctx.db
    .select()
    .from(partners)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const internal = isVendorActor(ctx.actor);
  return toPage(rows, input.limit, plan, (row) => toPartnerView(row, internal));
}
