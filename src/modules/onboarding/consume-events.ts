import { asc, eq, gt } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { domainEvents } from '../../platform/events/events.table.js';
import { emptyTally, handleEvent, type Tally, waitingEventTypes } from './handle-event.js';
import { eventConsumerCursors } from './onboarding.table.js';

export const ONBOARDING_CONSUMER = 'onboarding';
const BATCH = 500;
const MAX_BATCHES_PER_RUN = 20;
/**
 * How long a missing event id is waited for. Ids come from a sequence when an event is inserted, but
 * transactions commit in their own order: id 41 can become visible after 42. The cursor stops before
 * such a gap, and passes it only once it has stayed open this long (its transaction rolled back).
 */
export const GAP_WAIT_MS = 2 * 60_000;

export interface ConsumeResult extends Tally {
  lastEventId: number;
  /** True when the run stopped at a missing id it is still waiting for. */
  waitingOnGap: boolean;
}

/**
 * Reads the domain_events outbox after this consumer's stored cursor, in id order, and lets each event
 * complete onboarding steps, start onboardings and record lifecycle milestones. Each batch and the
 * cursor move commit together, and the cursor row is locked meanwhile, so two servers (or a manual run
 * during a scheduled one) never handle one event at the same time; handling is idempotent as well.
 */
export async function consumeEvents(ctx: Ctx): Promise<ConsumeResult> {
  const tally = emptyTally();
  let lastEventId = 0;
  let waitingOnGap = false;
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const full = await inTransaction(ctx, async (tx) => {
      const now = tx.clock.now();
      await tx.db
        .insert(eventConsumerCursors)
        .values({ consumer: ONBOARDING_CONSUMER, lastEventId: 0, updatedAt: now })
        .onConflictDoNothing();
      const [cursor] = await tx.db
        .select()
        .from(eventConsumerCursors)
        .where(eq(eventConsumerCursors.consumer, ONBOARDING_CONSUMER))
        .for('update');
      const events = await tx.db
        .select()
        .from(domainEvents)
        .where(gt(domainEvents.id, cursor!.lastEventId))
        .orderBy(asc(domainEvents.id))
        .limit(BATCH);
      let last = cursor!.lastEventId;
      let gapSeenAt = cursor!.gapSeenAt;
      let waiting = await waitingEventTypes(tx);
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
        if (await handleEvent(tx, event, waiting, tally)) waiting = await waitingEventTypes(tx);
        last = event.id;
      }
      await tx.db
        .update(eventConsumerCursors)
        .set({ lastEventId: last, gapSeenAt: waitingOnGap ? gapSeenAt : null, updatedAt: now })
        .where(eq(eventConsumerCursors.consumer, ONBOARDING_CONSUMER));
      lastEventId = last;
      return events.length === BATCH && !waitingOnGap;
    });
    if (!full) break;
  }
  return { ...tally, lastEventId, waitingOnGap };
}
