import { and, eq, gte, max } from 'drizzle-orm';
import { addDays } from '../../platform/clock.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { dealActivities, touchpoints } from './deals.table.js';
import { loadRegistration, registrationView } from './load-registration.js';
import type { Registration } from './registrations.schemas.js';
import { activeRuleSet } from './rules/active-rule-set.js';
import { assertStatus, transitionRegistration } from './transition-registration.js';

async function lastActivityOn(ctx: Ctx, dealId: string, since: Date): Promise<Date | null> {
  const [activity] = await ctx.db
    .select({ at: max(dealActivities.at) })
    .from(dealActivities)
    .where(and(eq(dealActivities.opportunityId, dealId), gte(dealActivities.at, since)));
  const [touch] = await ctx.db
    .select({ at: max(touchpoints.occurredAt) })
    .from(touchpoints)
    .where(and(eq(touchpoints.opportunityId, dealId), gte(touchpoints.occurredAt, since)));
  const dates = [activity?.at, touch?.at].filter((d): d is Date => d instanceof Date);
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
}

/** Extends an approved registration's protection once, when the deal shows recent activity. */
export async function extendRegistration(ctx: Ctx, id: string, reason: string): Promise<Registration> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadRegistration(tx, id, { forUpdate: true });
    const { row } = loaded;
    assertStatus(row, ['approved'], 'extend');
    if (row.extended) throw new AppError('conflict', 'This registration has already been extended once');
    const { config } = await activeRuleSet(tx);
    const now = tx.clock.now();
    const since = addDays(now, -config.extension.activityWithinDays);
    const last = row.opportunityId ? await lastActivityOn(tx, row.opportunityId, since) : null;
    if (!last)
      throw new AppError(
        'conflict',
        `No activity on the deal in the last ${config.extension.activityWithinDays} days; log a meeting, note or task first`,
      );
    const protectedUntil = addDays(row.protectedUntil!, config.extension.days);
    const extended = await transitionRegistration(tx, loaded, {
      to: 'approved',
      action: 'extended',
      reason: `Protection extended by ${config.extension.days} days to ${protectedUntil.toISOString().slice(0, 10)}: ${reason}`,
      set: { protectedUntil, extended: true, reminderSentAt: null },
      eventPayload: { protectedUntil: protectedUntil.toISOString(), lastActivityAt: last.toISOString() },
    });
    return registrationView(tx, extended);
  });
}
