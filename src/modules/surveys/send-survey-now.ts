import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { invitePartnerUsers, PARTNER_STAGES_IN_BUSINESS } from './invite-partner-users.js';
import { loadSurvey } from './load-survey.js';

export interface SendNowInput {
  /** Only this partner's users; every partner in business when absent. */
  partnerId?: string | undefined;
}

/**
 * Asks the survey's audience at once, without waiting for the schedule or an event. Sending again on
 * the same day asks nobody twice.
 */
export async function sendSurveyNow(ctx: Ctx, id: string, input: SendNowInput): Promise<{ invited: number }> {
  return inTransaction(ctx, async (tx) => {
    const survey = await loadSurvey(tx, id, true);
    if (survey.status !== 'active') {
      throw new AppError('conflict', 'Only an active survey can be sent', {
        errors: [{ field: 'status', message: `is ${survey.status}; activate the survey first` }],
      });
    }
    const invited = await invitePartnerUsers(tx, survey, {
      ...(input.partnerId ? { partnerIds: [input.partnerId] } : {}),
      stages: PARTNER_STAGES_IN_BUSINESS,
      triggerKey: `manual:${tx.clock.now().toISOString().slice(0, 10)}`,
    });
    return { invited };
  });
}
