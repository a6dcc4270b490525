import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { startOnboarding } from '../onboarding/start-onboarding.js';
import { changePartnerStage } from '../partners/change-partner-stage.js';
import { createContact } from '../partners/create-contact.js';
import { createPartner } from '../partners/create-partner.js';
import { getPartner } from '../partners/get-partner.js';
import type { CreatePartnerInput } from '../partners/partners.schemas.js';
import { APPLICATION_TRANSITIONS, canMoveApplication } from './application-stages.js';
import { type ApplicationRow, toApplicationViewOf } from './application-view.js';
import { getApplicationRow } from './get-application.js';
import type { Application, ApplicationStatus, ChangeApplicationStageInput } from './recruiting.schemas.js';
import { partnerApplicationHistory, partnerApplications } from './recruiting.table.js';

/** The signed application becomes a recruited partner, with the applicant as its primary contact. */
async function convertToPartner(ctx: Ctx, row: ApplicationRow): Promise<string> {
  const partner = await createPartner(ctx, {
    name: row.companyName,
    type: row.type as CreatePartnerInput['type'],
    stage: 'recruited',
    domains: row.domain ? [row.domain] : [],
    website: row.website,
    regions: row.regions as CreatePartnerInput['regions'],
    specializations: row.specializations,
    country: row.country,
    employees: row.employees,
    ownerId: row.ownerId ?? actorUserId(ctx.actor),
  });
  await createContact(ctx, partner.id, { name: row.contactName, email: row.contactEmail, isPrimary: true });
  return partner.id;
}

/** The partner enters onboarding (unless it already has) and its onboarding checklist starts. */
async function handOverToOnboarding(ctx: Ctx, partnerId: string | null, reason: string): Promise<void> {
  if (!partnerId) throw new AppError('conflict', 'The partner this application became no longer exists');
  const partner = await getPartner(ctx, partnerId);
  if (partner.stage !== 'recruited' && partner.stage !== 'onboarding') {
    throw new AppError('conflict', `The partner is ${partner.stage} already; it cannot start onboarding`);
  }
  if (partner.stage === 'recruited') {
    await changePartnerStage(ctx, partnerId, { stage: 'onboarding', reason });
  }
  await startOnboarding(ctx, partnerId);
}

/**
 * Moves an application along the recruiting pipeline (see APPLICATION_TRANSITIONS). Every move is kept
 * in the history with who made it and why, audited, and announced as recruiting.<stage>.
 */
export async function changeApplicationStage(
  ctx: Ctx,
  id: string,
  input: ChangeApplicationStageInput,
): Promise<Application> {
  const to = input.status;
  if (to === 'rejected' && !input.reason) throw invalidField('reason', 'is required when rejecting');
  return inTransaction(ctx, async (tx) => {
    const before = await getApplicationRow(tx, id, { forUpdate: true });
    const from = before.status as ApplicationStatus;
    if (!canMoveApplication(from, to)) {
      const allowed = APPLICATION_TRANSITIONS[from];
      throw invalidField(
        'status',
        `cannot move from ${from} to ${to}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`,
      );
    }
    const reason = input.reason ?? `Moved to ${to.replace('_', ' ')}`;
    let partnerId = before.partnerId;
    if (to === 'signed') partnerId = await convertToPartner(tx, before);
    if (to === 'onboarding') await handOverToOnboarding(tx, partnerId, reason);
    const now = ctx.clock.now();
    const [row] = await tx.db
      .update(partnerApplications)
      .set({
        status: to,
        statusChangedAt: now,
        updatedAt: now,
        partnerId,
        rejectionReason: to === 'rejected' ? reason : before.rejectionReason,
      })
      .where(eq(partnerApplications.id, id))
      .returning();
    await tx.db.insert(partnerApplicationHistory).values({
      id: ctx.ids(),
      applicationId: id,
      fromStatus: from,
      toStatus: to,
      reason,
      actorId: actorUserId(ctx.actor),
      at: now,
    });
    await recordAudit(tx, {
      action: `recruiting.${to}`,
      entityType: 'partner_application',
      entityId: id,
      partnerId,
      before,
      after: row,
    });
    await publishEvent(tx, {
      type: `recruiting.${to}`,
      entityType: 'partner_application',
      entityId: id,
      partnerId,
      payload: { applicationId: id, fromStatus: from, toStatus: to, reason, partnerId },
    });
    return toApplicationViewOf(tx, row!);
  });
}
