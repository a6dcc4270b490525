import { and, eq, gt, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { actorUserId } from '../../platform/policy.js';
import { surveyInvitations } from './surveys.table.js';

/** How many surveys the signed-in user still has to answer (for the portal home); 0 for vendor staff. */
export async function countPendingInvitations(ctx: Ctx): Promise<{ pending: number }> {
  const userId = actorUserId(ctx.actor);
  if (!userId) return { pending: 0 };
  const t = surveyInvitations;
  const [row] = await ctx.db
    .select({ pending: sql<number>`count(*)::int` })
    .from(t)
    .where(and(eq(t.userId, userId), eq(t.status, 'pending'), gt(t.dueAt, ctx.clock.now())));
  return { pending: row?.pending ?? 0 };
}
