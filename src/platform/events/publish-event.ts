import type { Ctx } from '../context.js';
import { domainEvents } from './events.table.js';

export interface DomainEvent {
  /** "registration.approved", "deal.won" … */
  type: string;
  entityType: string;
  entityId: string;
  /** The partner the event concerns, so partner-facing consumers can filter. */
  partnerId?: string | null;
  payload: Record<string, unknown>;
}

/** Called inside the transaction of the change it announces: no event without the change, and back. */
export async function publishEvent(ctx: Ctx, event: DomainEvent): Promise<void> {
  const row = {
    type: event.type,
    entityType: event.entityType,
    entityId: event.entityId,
    partnerId: event.partnerId ?? null,
    payload: event.payload,
    occurredAt: ctx.clock.now(),
  };
  if (ctx.pending) ctx.pending.events.push(row);
  else await ctx.db.insert(domainEvents).values(row);
}
