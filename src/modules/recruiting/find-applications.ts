import {
  and,
  arrayContains,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { searchKeys } from '../../analytics/matching/search-keys.js';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { toApplicationViews } from './application-view.js';
import type { Application, ApplicationStatus } from './recruiting.schemas.js';
import { partnerApplications } from './recruiting.table.js';

export interface FindApplicationsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: ApplicationStatus[] | undefined;
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

export const APPLICATION_SORTS = ['createdAt', 'fitScore', 'companyName', 'statusChangedAt'] as const;

const iso = (value: unknown) => (value as Date).toISOString();

export async function findApplications(ctx: Ctx, input: FindApplicationsInput): Promise<Page<Application>> {
  const t = partnerApplications;
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: t.createdAt, read: (r) => iso(r.createdAt) },
      fitScore: { column: t.fitScore, read: (r) => r.fitScore as number },
      companyName: { column: t.normalizedName, read: (r) => r.normalizedName as string },
      statusChangedAt: { column: t.statusChangedAt, read: (r) => iso(r.statusChangedAt) },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const flagged = or(isNotNull(t.duplicateOfApplicationId), isNotNull(t.duplicateOfPartnerId));
  const filters: (SQL | undefined)[] = [plan.where];
  if (input.status?.length) filters.push(inArray(t.status, input.status));
  if (input.type) filters.push(eq(t.type, input.type));
  if (input.region) filters.push(arrayContains(t.regions, [input.region]));
  if (input.source) filters.push(eq(t.source, input.source));
  if (input.ownerId) filters.push(eq(t.ownerId, input.ownerId));
  if (input.minFit !== undefined) filters.push(gte(t.fitScore, input.minFit));
  if (input.maxFit !== undefined) filters.push(lte(t.fitScore, input.maxFit));
  if (input.duplicate === true) filters.push(flagged);
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
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit, plan, (row) => row);
  return { items: await toApplicationViews(ctx, page.items), nextCursor: page.nextCursor };
}
