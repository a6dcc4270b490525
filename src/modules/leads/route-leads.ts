import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { RoutingRun } from './leads.schemas.js';
import { leads } from './leads.table.js';
import { routeLeadRows } from './route-lead-rows.js';

/** Leads one run handles at most; the rest wait for the next run. */
export const ROUTING_BATCH = 500;

export interface RouteLeadsInput {
  /** Only these leads (new or unassignable); default every new lead, oldest first. */
  leadIds?: string[] | undefined;
  dryRun: boolean;
}

function routable(input: RouteLeadsInput): SQL | undefined {
  return input.leadIds?.length
    ? and(inArray(leads.id, input.leadIds), inArray(leads.status, ['new', 'unassignable']))
    : eq(leads.status, 'new');
}

/**
 * Offers pending leads to partners by the routing rules, or previews who would get what (dryRun).
 * Leads are taken with SKIP LOCKED, so two runs at once split the work instead of offering a lead twice.
 */
export async function routeLeads(ctx: Ctx, input: RouteLeadsInput): Promise<RoutingRun> {
  if (input.dryRun) {
    const rows = await ctx.db
      .select()
      .from(leads)
      .where(routable(input))
      .orderBy(asc(leads.createdAt), asc(leads.id))
      .limit(ROUTING_BATCH);
    return routeLeadRows(ctx, rows, { dryRun: true });
  }
  return inTransaction(ctx, async (tx) => {
    const rows = await tx.db
      .select()
      .from(leads)
      .where(routable(input))
      .orderBy(asc(leads.createdAt), asc(leads.id))
      .limit(ROUTING_BATCH)
      .for('update', { skipLocked: true });
    return routeLeadRows(tx, rows, { dryRun: false });
  });
}
