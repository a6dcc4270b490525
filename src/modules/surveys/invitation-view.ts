import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { actorUserId, partnerScope } from '../../platform/policy.js';
import { users } from '../identity/identity.table.js';
import { partners } from '../partners/partners.table.js';
import type { SurveyInput, SurveyInvitation } from './surveys.schemas.js';
import { surveyInvitations, surveyResponses, surveys } from './surveys.table.js';

/**
 * Who sees which invitations: a partner user only their own (not colleagues'), vendor staff all. The
 * user condition also holds the partner, so another partner's invitation is never found.
 */
export function visibleInvitations(ctx: Ctx): SQL | undefined {
  const partnerId = partnerScope(ctx.actor);
  if (!partnerId) return undefined;
  return and(
    eq(surveyInvitations.partnerId, partnerId),
    eq(surveyInvitations.userId, actorUserId(ctx.actor) ?? ''),
  );
}

/** The invitation rows joined with what a view needs; callers add where, order and limit. */
export function selectInvitations(ctx: Ctx) {
  return ctx.db
    .select({
      invitation: surveyInvitations,
      survey: surveys,
      userName: users.name,
      partnerName: partners.name,
      response: surveyResponses,
    })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .innerJoin(users, eq(users.id, surveyInvitations.userId))
    .innerJoin(partners, eq(partners.id, surveyInvitations.partnerId))
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id));
}

export type InvitationRow = Awaited<ReturnType<ReturnType<typeof selectInvitations>['execute']>>[number];

export function toInvitationView(row: InvitationRow): SurveyInvitation {
  const { invitation, survey, response } = row;
  return {
    id: invitation.id,
    surveyId: survey.id,
    surveyName: survey.name,
    questions: survey.questions as SurveyInput['questions'],
    recommendQuestion: survey.recommendQuestion,
    commentQuestion: survey.commentQuestion,
    userId: invitation.userId,
    userName: row.userName,
    partnerId: invitation.partnerId,
    partnerName: row.partnerName,
    trigger: invitation.triggerKey,
    status: invitation.status as SurveyInvitation['status'],
    sentAt: invitation.sentAt.toISOString(),
    dueAt: invitation.dueAt.toISOString(),
    answeredAt: invitation.answeredAt?.toISOString() ?? null,
    response: response
      ? {
          id: response.id,
          ratings: response.ratings as Record<string, number>,
          recommend: response.recommend,
          comment: response.comment,
          submittedAt: response.submittedAt.toISOString(),
        }
      : null,
  };
}
