import { createHmac } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { randomToken } from './campaign-rules.js';
import { campaignVisitorSalts } from './marketing.table.js';

export interface Visitor {
  clientAddress: string;
  userAgent: string;
}

/** Today's salt (UTC day), made once across every server process by the first visit of the day. */
async function saltOf(ctx: Ctx, day: string): Promise<string> {
  await ctx.db
    .insert(campaignVisitorSalts)
    .values({ day, salt: randomToken(ctx, 3), createdAt: ctx.clock.now() })
    .onConflictDoNothing();
  const [row] = await ctx.db
    .select({ salt: campaignVisitorSalts.salt })
    .from(campaignVisitorSalts)
    .where(eq(campaignVisitorSalts.day, day));
  return row!.salt;
}

/**
 * A keyed hash of the visitor's address and agent for the day: the same visitor counts once a day, and
 * no address is stored. Salts are dropped after two days, after which the hashes cannot be tested.
 */
export async function visitorKey(ctx: Ctx, visitor: Visitor): Promise<string> {
  const day = ctx.clock.now().toISOString().slice(0, 10);
  const salt = await saltOf(ctx, day);
  return createHmac('sha256', salt)
    .update(`${day}\n${visitor.clientAddress}\n${visitor.userAgent.slice(0, 400)}`)
    .digest('base64url')
    .slice(0, 32);
}

export async function pruneVisitorSalts(ctx: Ctx): Promise<{ pruned: number }> {
  const keepFrom = new Date(ctx.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
  const deleted = await ctx.db
    .delete(campaignVisitorSalts)
    .where(lt(campaignVisitorSalts.day, keepFrom))
    .returning({ day: campaignVisitorSalts.day });
  return { pruned: deleted.length };
}
