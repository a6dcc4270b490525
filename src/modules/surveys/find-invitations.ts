import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { selectInvitations, toInvitationView, visibleInvitations } from './invitation-view.js';
import type { SurveyInvitation } from './surveys.schemas.js';
import { surveyInvitations } from './surveys.table.js';

export const INVITATION_SORTS = ['sentAt', 'dueAt'] as const;

export interface FindInvitationsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: string[] | undefined;
  surveyId?: string | undefined;
  partnerId?: string | undefined;
}

const iso = (value: unknown) => (value as Date).toISOString();

/** Invitations: a partner user's own, or every one for vendor staff (filter by survey, partner, status). */
export async function findInvitations(
  ctx: Ctx,
  input: FindInvitationsInput,
): Promise<Page<SurveyInvitation>> {
  const t = surveyInvitations;
  const plan = keyset(
    input.sort,
    {
      sentAt: { column: t.sentAt, read: (r) => iso((r.invitation as { sentAt: Date }).sentAt) },
      dueAt: { column: t.dueAt, read: (r) => iso((r.invitation as { dueAt: Date }).dueAt) },
    },
    { column: t.id, read: (r) => (r.invitation as { id: string }).id },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, visibleInvitations(ctx)];
  if (input.status?.length) filters.push(inArray(t.status, input.status));
  if (input.surveyId) filters.push(eq(t.surveyId, input.surveyId));
  if (input.partnerId) filters.push(eq(t.partnerId, input.partnerId));
  const rows = await selectInvitations(ctx)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, toInvitationView);
}
