import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import { users } from '../identity/identity.table.js';
import { dealActivities } from './deals.table.js';

export interface ActivityEntry {
  kind: string;
  /** A sentence a person reads on the timeline, e.g. "Stage moved from proposal to negotiation". */
  summary: string;
  /** The partner the entry concerns; other partners on the deal do not see it. */
  partnerId?: string | null;
  /** Vendor-only entries are hidden from partners. */
  internal?: boolean;
}

/** Who acted, as stored on notes, tasks and the timeline: the user id, or the system job's name. */
export function actorRef(ctx: Ctx): string {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : ctx.actor.name;
}

/** The acting person's name for the timeline ("Note added by Dana Rep"). */
export async function actorName(ctx: Ctx): Promise<string> {
  if (ctx.actor.kind === 'system') return 'Trellis';
  const [row] = await ctx.db
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, ctx.actor.userId))
    .limit(1);
  return row?.name ?? 'a user';
}

/** Appends entries to the deal's timeline in one insert; call inside the write's transaction. */
export async function recordDealActivities(
  ctx: Ctx,
  dealId: string,
  entries: ActivityEntry[],
): Promise<void> {
  if (!entries.length) return;
  const at = ctx.clock.now();
  const actorId = actorRef(ctx);
  const ownPartner = partnerScope(ctx.actor);
  await ctx.db.insert(dealActivities).values(
    entries.map((entry) => ({
      id: ctx.ids(),
      opportunityId: dealId,
      kind: entry.kind,
      summary: entry.summary,
      actorId,
      partnerId: entry.partnerId === undefined ? ownPartner : entry.partnerId,
      internal: entry.internal ?? false,
      at,
    })),
  );
}
