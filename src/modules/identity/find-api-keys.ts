import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { toApiKeyView } from './api-key-view.js';
import type { ApiKey } from './identity.schemas.js';
import { apiKeys } from './identity.table.js';

/** Admins see every key; everyone else sees only their own. */
export function visibleApiKeys(ctx: Ctx): SQL | undefined {
  if (ctx.actor.kind === 'system') return undefined;
  return ctx.actor.role === 'admin' ? undefined : eq(apiKeys.userId, ctx.actor.userId);
}

export async function findApiKeys(
  ctx: Ctx,
  input: { limit: number; cursor?: string | undefined; sort: string; userId?: string | undefined },
): Promise<Page<ApiKey>> {
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: apiKeys.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      name: { column: apiKeys.name, read: (r) => r.name as string },
    },
    { column: apiKeys.id, read: (r) => r.id as string },
    input.cursor,
  );
  const rows = await ctx.db
    .select()
    .from(apiKeys)
    .where(and(visibleApiKeys(ctx), plan.where, input.userId ? eq(apiKeys.userId, input.userId) : undefined))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, toApiKeyView);
}
