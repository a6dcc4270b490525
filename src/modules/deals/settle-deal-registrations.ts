import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { loadRegistration } from './load-registration.js';
import { registrations } from './registrations.table.js';
import { transitionRegistration } from './transition-registration.js';

/** A closed deal settles the registrations on it: won or lost, with history and events. */
export async function settleDealRegistrations(
  ctx: Ctx,
  dealId: string,
  outcome: 'won' | 'lost',
): Promise<void> {
  const rows = await ctx.db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(eq(registrations.opportunityId, dealId), inArray(registrations.status, ['approved', 'expired'])),
    );
  for (const { id } of rows) {
    const loaded = await loadRegistration({ ...ctx, actor: { kind: 'system', name: 'deal-close' } }, id, {
      forUpdate: true,
    });
    await transitionRegistration(ctx, loaded, {
      to: outcome,
      action: outcome,
      reason: outcome === 'won' ? 'The deal was won' : 'The deal was lost',
    });
  }
}
