import { and, eq, gt, inArray, isNotNull, notExists, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { users } from '../identity/identity.table.js';
import { partners } from '../partners/partners.table.js';
import type { SurveyRow } from './load-survey.js';
import { surveyInvitations } from './surveys.table.js';

/** Partners still doing business with the vendor: the ones asked by scheduled surveys. */
export const PARTNER_STAGES_IN_BUSINESS = ['active', 'at_risk'] as const;

export interface InviteAudience {
  /** Only these partners (an event's partner); all partners when absent. */
  partnerIds?: string[];
  /** Only partners in these stages. */
  stages: readonly string[];
  /** Leave out users asked this survey within this many days. */
  notAskedWithinDays?: number;
  triggerKey: string;
}

const CHUNK = 1000;

/**
 * Invites the enabled users of the survey's roles at the audience's partners. One invitation per
 * survey, user and trigger key (unique), so running twice for one reason invites once.
 */
export async function invitePartnerUsers(
  ctx: Ctx,
  survey: SurveyRow,
  audience: InviteAudience,
): Promise<number> {
  const now = ctx.clock.now();
  const filters: (SQL | undefined)[] = [
    eq(users.status, 'active'),
    isNotNull(users.partnerId),
    inArray(users.role, survey.roles),
    inArray(partners.stage, [...audience.stages]),
  ];
  if (audience.partnerIds) filters.push(inArray(users.partnerId, audience.partnerIds));
  if (audience.notAskedWithinDays) {
    const since = addDays(now, -audience.notAskedWithinDays);
    filters.push(
      notExists(
        ctx.db
          .select({ one: surveyInvitations.id })
          .from(surveyInvitations)
          .where(
            and(
              eq(surveyInvitations.surveyId, survey.id),
              eq(surveyInvitations.userId, users.id),
              gt(surveyInvitations.sentAt, since),
            ),
          ),
      ),
    );
  }
  const people = await ctx.db
    .select({ userId: users.id, partnerId: users.partnerId })
    .from(users)
    .innerJoin(partners, eq(partners.id, users.partnerId))
    .where(and(...filters))
    .orderBy(users.id);
  const dueAt = addDays(now, survey.responseDays);
  let invited = 0;
  for (let start = 0; start < people.length; start += CHUNK) {
    const rows = people.slice(start, start + CHUNK).map((person) => ({
      id: ctx.ids(),
      surveyId: survey.id,
      userId: person.userId,
      partnerId: person.partnerId!,
      triggerKey: audience.triggerKey,
      status: 'pending',
      sentAt: now,
      dueAt,
    }));
    const inserted = await ctx.db.insert(surveyInvitations).values(rows).onConflictDoNothing().returning();
    for (const invitation of inserted) {
      await publishEvent(ctx, {
        type: 'survey.invited',
        entityType: 'survey_invitation',
        entityId: invitation.id,
        partnerId: invitation.partnerId,
        payload: {
          surveyId: survey.id,
          invitationId: invitation.id,
          userId: invitation.userId,
          dueAt: dueAt.toISOString(),
        },
      });
    }
    invited += inserted.length;
  }
  if (invited > 0) {
    await recordAudit(ctx, {
      action: 'survey.send',
      entityType: 'survey',
      entityId: survey.id,
      after: { triggerKey: audience.triggerKey, invited, partnerIds: audience.partnerIds ?? null },
    });
  }
  return invited;
}
