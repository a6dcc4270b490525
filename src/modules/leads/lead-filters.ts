import { and, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { searchKeys } from '../../analytics/matching/search-keys.js';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { partnerScope } from '../../platform/policy.js';
import type { LeadStatus } from './leads.schemas.js';
import { leads } from './leads.table.js';

/** What a partner's users see: the leads offered to or held by their partner. */
export const PARTNER_VISIBLE_STATUSES: LeadStatus[] = ['offered', 'accepted', 'converted'];

export interface LeadFilters {
  status?: LeadStatus[] | undefined;
  source?: string | undefined;
  partnerId?: string | undefined;
  region?: string | undefined;
  q?: string | undefined;
}

/** The caller's scope: a partner user's leads only, in the statuses a partner sees. */
export function leadScope(ctx: Ctx): SQL | undefined {
  const scope = partnerScope(ctx.actor);
  if (!scope) return undefined;
  return and(eq(leads.partnerId, scope), inArray(leads.status, PARTNER_VISIBLE_STATUSES));
}

export function leadConditions(ctx: Ctx, input: LeadFilters): (SQL | undefined)[] {
  const filters: (SQL | undefined)[] = [leadScope(ctx)];
  if (input.status?.length) filters.push(inArray(leads.status, input.status));
  if (input.source) filters.push(eq(leads.source, input.source));
  if (input.partnerId) filters.push(eq(leads.partnerId, input.partnerId));
  if (input.region) filters.push(eq(leads.region, input.region));
  if (input.q) {
    const text = input.q.trim();
    const { name, domain } = searchKeys(text);
    const pattern = containsPattern(text);
    const matches = [
      ilike(leads.companyName, pattern),
      ilike(leads.contactName, pattern),
      ilike(leads.contactEmail, pattern),
      name ? ilike(leads.companyName, containsPattern(name)) : undefined,
      domain ? eq(leads.domain, domain) : undefined,
    ];
    filters.push(or(...matches) ?? sql`false`);
  }
  return filters;
}
