import { asc, eq, gt } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../context.js';
import { domainEvents, eventConsumerCursors } from './events.table.js';

export type OutboxEvent = typeof domainEvents.$inferSelect;

/** One reader of the outbox: a stable name (its cursor) and what it does with a batch of events. */
export interface OutboxConsumer {
  name: string;
  /** Runs inside the batch's transaction; must be idempotent (a batch can be offered again after a crash). */
  handleBatch(tx: Ctx, events: OutboxEvent[]): Promise<void>;
}

export interface ConsumeOutboxResult {
  lastEventId: number;
  handled: number;
  /** True when the run stopped at a missing id it is still waiting for. */
  waitingOnGap: boolean;
}

const BATCH = 500;
const MAX_BATCHES_PER_RUN = 20;
/**
 * How long a missing event id is waited for. Ids come from a sequence when an event is inserted, but
 * transactions commit in their own order: id 41 can become visible after 42. The cursor stops before
 * such a gap, and passes it only once it has stayed open this long (its transaction rolled back).
 */
export const GAP_WAIT_MS = 2 * 60_000;

/**
 * Reads the domain_events outbox after the consumer's stored cursor, in id order, and hands the events
 * to it in batches. Each batch and the cursor move commit together, and the cursor row is locked
 * meanwhile, so two servers (or a manual run during a scheduled one) never handle one event twice at
 * the same time.
 */
export async function consumeOutbox(ctx: Ctx, consumer: OutboxConsumer): Promise<ConsumeOutboxResult> {
  let lastEventId = 0;
  let handled = 0;
  let waitingOnGap = false;
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const full = await inTransaction(ctx, async (tx) => {
      const now = tx.clock.now();
      await tx.db
        .insert(eventConsumerCursors)
        .values({ consumer: consumer.name, lastEventId: 0, updatedAt: now })
        .onConflictDoNothing();
      const [cursor] = await tx.db
        .select()
        .from(eventConsumerCursors)
        .where(eq(eventConsumerCursors.consumer, consumer.name))
        .for('update');
      const events = await tx.db
        .select()
        .from(domainEvents)
        .where(gt(domainEvents.id, cursor!.lastEventId))
        .orderBy(asc(domainEvents.id))
        .limit(BATCH);
      let last = cursor!.lastEventId;
      let gapSeenAt = cursor!.gapSeenAt;
      const ready: OutboxEvent[] = [];
      waitingOnGap = false;
      for (const event of events) {
        if (event.id !== last + 1) {
          const waitingSince = last === cursor!.lastEventId ? gapSeenAt : null;
          if (!waitingSince) {
            gapSeenAt = now;
            waitingOnGap = true;
            break;
          }
          if (now.getTime() - waitingSince.getTime() < GAP_WAIT_MS) {
            waitingOnGap = true;
            break;
          }
        }
        gapSeenAt = null;
        ready.push(event);
        last = event.id;
      }
      if (ready.length > 0) await consumer.handleBatch(tx, ready);
      handled += ready.length;
      await tx.db
        .update(eventConsumerCursors)
        .set({ lastEventId: last, gapSeenAt: waitingOnGap ? gapSeenAt : null, updatedAt: now })
        .where(eq(eventConsumerCursors.consumer, consumer.name));
      lastEventId = last;
      return events.length === BATCH && !waitingOnGap;
    });
    if (!full) break;
  }
  return { lastEventId, handled, waitingOnGap };
}
