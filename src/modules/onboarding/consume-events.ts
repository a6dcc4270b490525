import type { Ctx } from '../../platform/context.js';
import { consumeOutbox } from '../../platform/events/consume-outbox.js';
import { emptyTally, handleEvent, type Tally, waitingEventTypes } from './handle-event.js';

export const ONBOARDING_CONSUMER = 'onboarding';

export interface ConsumeResult extends Tally {
  lastEventId: number;
  /** True when the run stopped at a missing id it is still waiting for. */
  waitingOnGap: boolean;
}

/**
 * Lets each new domain event complete onboarding steps, start onboardings and record lifecycle
 * milestones. Handling is idempotent, so a batch offered again after a crash changes nothing twice.
 */
export async function consumeEvents(ctx: Ctx): Promise<ConsumeResult> {
  const tally = emptyTally();
  const { lastEventId, waitingOnGap } = await consumeOutbox(ctx, {
    name: ONBOARDING_CONSUMER,
    async handleBatch(tx, events) {
      let waiting = await waitingEventTypes(tx);
      for (const event of events) {
        if (await handleEvent(tx, event, waiting, tally)) waiting = await waitingEventTypes(tx);
      }
    },
  });
  return { ...tally, lastEventId, waitingOnGap };
}
