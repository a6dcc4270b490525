import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, type FieldError, invalidFields } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { getInvitation } from './get-invitation.js';
import { visibleInvitations } from './invitation-view.js';
import type { AnswerInput, SurveyInput, SurveyInvitation } from './surveys.schemas.js';
import { surveyInvitations, surveyResponses, surveys } from './surveys.table.js';

function checkRatings(questions: SurveyInput['questions'], ratings: Record<string, number>): void {
  const errors: FieldError[] = [];
  const keys = new Set(questions.map((q) => q.key));
  for (const question of questions) {
    if (ratings[question.key] === undefined) {
      errors.push({ field: `ratings.${question.key}`, message: 'rate this question from 1 to 5' });
    }
  }
  for (const key of Object.keys(ratings)) {
    if (!keys.has(key)) errors.push({ field: `ratings.${key}`, message: 'is not a question of this survey' });
  }
  if (errors.length) throw invalidFields(errors);
}

/** A partner user answers their own pending invitation, once, before it is due. */
export async function answerInvitation(ctx: Ctx, id: string, input: AnswerInput): Promise<SurveyInvitation> {
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ invitation: surveyInvitations, survey: surveys })
      .from(surveyInvitations)
      .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
      .where(and(eq(surveyInvitations.id, id), visibleInvitations(tx)))
      .for('update', { of: surveyInvitations });
    // Vendor staff cannot answer (policy), and a partner user only finds their own invitations.
    if (!row || tx.actor.kind !== 'user' || row.invitation.userId !== tx.actor.userId) {
      throw new AppError('not_found', 'No such survey invitation');
    }
    const { invitation, survey } = row;
    const now = tx.clock.now();
    if (invitation.status === 'answered') throw new AppError('conflict', 'This survey is already answered');
    if (invitation.status === 'expired' || invitation.dueAt <= now) {
      throw new AppError('conflict', 'This survey invitation has expired');
    }
    checkRatings(survey.questions as SurveyInput['questions'], input.ratings);
    const [response] = await tx.db
      .insert(surveyResponses)
      .values({
        id: tx.ids(),
        invitationId: invitation.id,
        surveyId: survey.id,
        partnerId: invitation.partnerId,
        userId: invitation.userId,
        ratings: input.ratings,
        recommend: input.recommend,
        comment: input.comment,
        submittedAt: now,
      })
      .returning();
    await tx.db
      .update(surveyInvitations)
      .set({ status: 'answered', answeredAt: now })
      .where(eq(surveyInvitations.id, invitation.id));
    await recordAudit(tx, {
      action: 'survey_invitation.answer',
      entityType: 'survey_invitation',
      entityId: invitation.id,
      partnerId: invitation.partnerId,
      before: { status: invitation.status },
      after: response,
    });
    await publishEvent(tx, {
      type: 'survey.answered',
      entityType: 'survey_invitation',
      entityId: invitation.id,
      partnerId: invitation.partnerId,
      payload: {
        surveyId: survey.id,
        invitationId: invitation.id,
        responseId: response!.id,
        userId: invitation.userId,
        recommend: input.recommend,
        ratings: input.ratings,
      },
    });
    return getInvitation(tx, invitation.id);
  });
}
