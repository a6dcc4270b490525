import { and, eq } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invitePartnerUsers, PARTNER_STAGES_IN_BUSINESS } from './invite-partner-users.js';
import { surveys } from './surveys.table.js';

/**
 * For each active scheduled survey, asks every partner user whose last invitation to it is older than
 * its interval. The trigger key is the day, so two servers running this at once invite each user once.
 */
export async function sendScheduledSurveys(ctx: Ctx): Promise<{ surveys: number; invited: number }> {
  const due = await ctx.db
    .select()
    .from(surveys)
    .where(and(eq(surveys.status, 'active'), eq(surveys.trigger, 'schedule')))
    .orderBy(surveys.id);
  let invited = 0;
  const day = ctx.clock.now().toISOString().slice(0, 10);
  for (const survey of due) {
    invited += await inTransaction(ctx, (tx) =>
      invitePartnerUsers(tx, survey, {
        stages: PARTNER_STAGES_IN_BUSINESS,
        notAskedWithinDays: survey.intervalDays ?? undefined,
        triggerKey: `schedule:${day}`,
      }),
    );
  }
  return { surveys: due.length, invited };
}
