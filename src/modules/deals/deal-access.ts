import { and, eq, exists, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { users } from '../identity/identity.table.js';
import type { DealRow } from './deal-view.js';
import { isClosedStage } from './deals.schemas.js';
import { dealPartners, dealTasks, opportunities } from './deals.table.js';

/** The condition every deal query carries: a partner user sees only the deals its partner is on. */
export function visibleDeals(ctx: Ctx): SQL | undefined {
  const scope = partnerScope(ctx.actor);
  if (!scope) return undefined;
  return exists(
    ctx.db
      .select({ one: sql`1` })
      .from(dealPartners)
      .where(and(eq(dealPartners.opportunityId, opportunities.id), eq(dealPartners.partnerId, scope))),
  );
}

/**
 * The deal, or not_found for one the actor may not see, exactly as for one that does not exist.
 * With lock, concurrent changes of one deal take turns (call it inside a transaction).
 */
export async function getDealRow(ctx: Ctx, id: string, options: { lock?: boolean } = {}): Promise<DealRow> {
  const query = ctx.db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.id, id), visibleDeals(ctx)))
    .limit(1);
  const [row] = options.lock ? await query.for('update', { of: opportunities }) : await query;
  if (!row) throw notFound('Deal');
  return row;
}

export function assertDealOpen(row: DealRow): void {
  if (isClosedStage(row.stage)) {
    throw new AppError('conflict', `The deal is already closed (${row.stage})`, { stage: row.stage });
  }
}

/**
 * Tasks a partner user may see: none created by or assigned to another partner's users, so two
 * partners on one deal never see each other's work.
 */
export function tasksVisibleTo(scope: string): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM ${users} u
    WHERE (u.id::text = ${dealTasks.createdBy} OR u.id = ${dealTasks.assigneeId})
      AND u.partner_id IS NOT NULL AND u.partner_id <> ${scope})`;
}
