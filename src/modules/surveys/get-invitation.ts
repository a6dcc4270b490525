import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { selectInvitations, toInvitationView, visibleInvitations } from './invitation-view.js';
import type { SurveyInvitation } from './surveys.schemas.js';
import { surveyInvitations } from './surveys.table.js';

export async function getInvitation(ctx: Ctx, id: string): Promise<SurveyInvitation> {
  const [row] = await selectInvitations(ctx).where(
    and(eq(surveyInvitations.id, id), visibleInvitations(ctx)),
  );
  if (!row) throw new AppError('not_found', 'No such survey invitation');
  return toInvitationView(row);
}
