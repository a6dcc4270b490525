import { and, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { searchKeys } from '../../analytics/matching/search-keys.js';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { updatedAtSort, updatedSinceFilter } from '../../platform/http/updated-since.js';
import { partnerScope } from '../../platform/policy.js';
import { accounts } from '../accounts/accounts.table.js';
import { partners } from '../partners/partners.table.js';
import { latestReason } from './load-registration.js';
import { toRegistrationView } from './registration-view.js';
import type { Registration, RegistrationStatus } from './registrations.schemas.js';
import { registrations } from './registrations.table.js';

export interface FindRegistrationsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: RegistrationStatus[] | undefined;
  partnerId?: string | undefined;
  accountId?: string | undefined;
  dealId?: string | undefined;
  /** Registrations of partners this partner manager owns. */
  managerId?: string | undefined;
  /** Registrations on accounts this sales rep owns. */
  accountOwnerId?: string | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
}

export const REGISTRATION_SORTS = ['createdAt', 'updatedAt', 'expectedClose', 'amountMinor'] as const;

export async function findRegistrations(
  ctx: Ctx,
  input: FindRegistrationsInput,
): Promise<Page<Registration>> {
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: registrations.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      updatedAt: updatedAtSort(registrations.updatedAt, (r) => r.updatedAt),
      expectedClose: { column: registrations.expectedClose, read: (r) => r.expectedClose as string },
      amountMinor: { column: registrations.amountMinor, read: (r) => r.amountMinor as number },
    },
    { column: registrations.id, read: (r) => r.id as string },
    input.cursor,
  );
  const scope = partnerScope(ctx.actor);
  const filters: (SQL | undefined)[] = [
    plan.where,
    scope ? eq(registrations.partnerId, scope) : undefined,
    updatedSinceFilter(registrations.updatedAt, input.updatedSince),
  ];
  if (input.status?.length) filters.push(inArray(registrations.status, input.status));
  if (input.partnerId) filters.push(eq(registrations.partnerId, input.partnerId));
  if (input.accountId) filters.push(eq(registrations.accountId, input.accountId));
  if (input.dealId) filters.push(eq(registrations.opportunityId, input.dealId));
  if (input.managerId) filters.push(eq(partners.ownerId, input.managerId));
  if (input.accountOwnerId) filters.push(eq(accounts.ownerId, input.accountOwnerId));
  if (input.q) {
    const { name, domain } = searchKeys(input.q);
    const byName = name ? ilike(registrations.customerNormalizedName, containsPattern(name)) : undefined;
    const byDomain = domain ? eq(registrations.customerDomain, domain) : undefined;
    filters.push(or(byName, byDomain));
  }
  const rows = await ctx.db
    .select({ row: registrations, partnerName: partners.name, reason: latestReason })
    .from(registrations)
    .innerJoin(partners, eq(partners.id, registrations.partnerId))
    .leftJoin(accounts, eq(accounts.id, registrations.accountId))
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(
    rows.map((r) => ({ ...r.row, partnerName: r.partnerName, reason: r.reason })),
    input.limit,
    plan,
    ({ partnerName, reason, ...row }) => toRegistrationView(row, partnerName, reason),
  );
}
