import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { keyset, type Page, toPage } from '../http/pagination.js';
import { domainEvents } from './events.table.js';

export interface EventView {
  id: number;
  type: string;
  entityType: string;
  entityId: string;
  partnerId: string | null;
  payload: unknown;
  occurredAt: string;
}

export interface FindEventsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  type?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  partnerId?: string | undefined;
}

export async function findEvents(ctx: Ctx, input: FindEventsInput): Promise<Page<EventView>> {
  const plan = keyset(
    input.sort,
    { id: { column: domainEvents.id, read: (r) => r.id as number } },
    { column: domainEvents.id, read: (r) => r.id as number },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where];
  if (input.type) filters.push(eq(domainEvents.type, input.type));
  if (input.entityType) filters.push(eq(domainEvents.entityType, input.entityType));
  if (input.entityId) filters.push(eq(domainEvents.entityId, input.entityId));
  if (input.partnerId) filters.push(eq(domainEvents.partnerId, input.partnerId));
  const rows = await ctx.db
    .select()
    .from(domainEvents)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, (row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
}
