import { and, eq, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { escapeLike } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { updatedAtSort, updatedSinceFilter } from '../../platform/http/updated-since.js';
import { visibleUsers } from './get-user.js';
import type { User } from './identity.schemas.js';
import { users } from './identity.table.js';
import { toUserView } from './user-view.js';

export interface FindUsersInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  q?: string | undefined;
  role?: string | undefined;
  status?: string | undefined;
  partnerId?: string | undefined;
  /** true: vendor staff only; false: partner users only. */
  vendorOnly?: boolean | undefined;
  updatedSince?: string | undefined;
}

export async function findUsers(ctx: Ctx, input: FindUsersInput): Promise<Page<User>> {
  const plan = keyset(
    input.sort,
    {
      name: { column: users.name, read: (r) => r.name as string },
      email: { column: users.email, read: (r) => r.email as string },
      createdAt: { column: users.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      updatedAt: updatedAtSort(users.updatedAt, (r) => r.updatedAt),
    },
    { column: users.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [
    visibleUsers(ctx),
    plan.where,
    updatedSinceFilter(users.updatedAt, input.updatedSince),
  ];
  if (input.q) {
    const pattern = `%${escapeLike(input.q)}%`;
    filters.push(or(ilike(users.name, pattern), ilike(users.email, pattern)));
  }
  if (input.role) filters.push(eq(users.role, input.role));
  if (input.status) filters.push(eq(users.status, input.status));
  if (input.partnerId) filters.push(eq(users.partnerId, input.partnerId));
  if (input.vendorOnly !== undefined) {
    filters.push(input.vendorOnly ? isNull(users.partnerId) : isNotNull(users.partnerId));
  }
  const rows = await ctx.db
    .select()
    .from(users)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, toUserView);
}
