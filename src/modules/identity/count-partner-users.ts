import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { users } from './identity.table.js';

export async function countPartnerUsers(ctx: Ctx, partnerId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(eq(users.partnerId, partnerId));
  return Number(row?.count ?? 0);
}
