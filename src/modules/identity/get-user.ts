import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import type { User } from './identity.schemas.js';
import { users } from './identity.table.js';
import { toUserView } from './user-view.js';

/** The users an actor may see: partner users see their own partner's people only. */
export function visibleUsers(ctx: Ctx): SQL | undefined {
  const scope = partnerScope(ctx.actor);
  return scope ? eq(users.partnerId, scope) : undefined;
}

export async function getUserRow(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.id, id), visibleUsers(ctx)))
    .limit(1);
  if (!row) throw notFound('User');
  return row;
}

export async function getUser(ctx: Ctx, id: string): Promise<User> {
  return toUserView(await getUserRow(ctx, id));
}
