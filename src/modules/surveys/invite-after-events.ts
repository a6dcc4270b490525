import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { consumeOutbox } from '../../platform/events/consume-outbox.js';
import { invitePartnerUsers } from './invite-partner-users.js';
import { SURVEY_TRIGGERS } from './surveys.schemas.js';
import { surveys } from './surveys.table.js';

export const SURVEYS_CONSUMER = 'surveys';

/** After an event, a partner that has not churned is asked (even while still onboarding). */
const STAGES_ASKED_AFTER_EVENTS = ['onboarding', 'active', 'at_risk'] as const;
const EVENT_TRIGGERS: readonly string[] = SURVEY_TRIGGERS.filter((t) => t !== 'schedule');

/**
 * Reads new domain events and, for each one an active survey is triggered by, invites the users of the
 * partner it concerns. The key `<type>:<event id>` is unique per user, so a batch offered again
 * invites nobody twice.
 */
export async function inviteAfterEvents(ctx: Ctx): Promise<{ invited: number; lastEventId: number }> {
  let invited = 0;
  const { lastEventId } = await consumeOutbox(ctx, {
    name: SURVEYS_CONSUMER,
    async handleBatch(tx, events) {
      const relevant = events.filter((e) => e.partnerId && EVENT_TRIGGERS.includes(e.type));
      if (!relevant.length) return;
      const active = await tx.db
        .select()
        .from(surveys)
        .where(and(eq(surveys.status, 'active'), inArray(surveys.trigger, [...EVENT_TRIGGERS])));
      for (const event of relevant) {
        // A survey asks about events that happen after it was created, not about its backlog.
        const triggered = active.filter((s) => s.trigger === event.type && event.occurredAt >= s.createdAt);
        for (const survey of triggered) {
          invited += await invitePartnerUsers(tx, survey, {
            partnerIds: [event.partnerId!],
            stages: STAGES_ASKED_AFTER_EVENTS,
            triggerKey: `${event.type}:${event.id}`,
          });
        }
      }
    },
  });
  return { invited, lastEventId };
}
