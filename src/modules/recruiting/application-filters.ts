import { and, arrayContains, eq, gte, ilike, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { searchKeys } from '../../analytics/matching/search-keys.js';
import { containsPattern } from '../../platform/db/like.js';
import { partnerApplications } from './recruiting.table.js';

/** The filters the application list and its summary share (everything but stage, sort and paging). */
export interface ApplicationFilters {
  type?: string | undefined;
  region?: string | undefined;
  source?: string | undefined;
  ownerId?: string | undefined;
  minFit?: number | undefined;
  maxFit?: number | undefined;
  /** true: only applications flagged as duplicates; false: only those not flagged. */
  duplicate?: boolean | undefined;
  q?: string | undefined;
}

export function applicationConditions(input: ApplicationFilters): (SQL | undefined)[] {
  const t = partnerApplications;
  const filters: (SQL | undefined)[] = [];
  if (input.type) filters.push(eq(t.type, input.type));
  if (input.region) filters.push(arrayContains(t.regions, [input.region]));
  if (input.source) filters.push(eq(t.source, input.source));
  if (input.ownerId) filters.push(eq(t.ownerId, input.ownerId));
  if (input.minFit !== undefined) filters.push(gte(t.fitScore, input.minFit));
  if (input.maxFit !== undefined) filters.push(lte(t.fitScore, input.maxFit));
  if (input.duplicate === true)
    filters.push(or(isNotNull(t.duplicateOfApplicationId), isNotNull(t.duplicateOfPartnerId)));
  if (input.duplicate === false)
    filters.push(and(isNull(t.duplicateOfApplicationId), isNull(t.duplicateOfPartnerId)));
  if (input.q) {
    const { name, domain } = searchKeys(input.q);
    const byName = name ? ilike(t.normalizedName, containsPattern(name)) : undefined;
    const byDomain = domain ? eq(t.domain, domain) : undefined;
    const byEither = byName && byDomain ? or(byName, byDomain) : (byName ?? byDomain);
    // A query with nothing to match on finds nothing rather than everything.
    filters.push(byEither ?? sql`false`);
  }
  return filters;
}
