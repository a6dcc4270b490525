import { eq } from 'drizzle-orm';
import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { assertVendorUser } from '../identity/assert-vendor-user.js';
import { applicationDomain, findDuplicate, scoreApplication } from './application-keys.js';
import { OPEN_STATUSES } from './application-stages.js';
import { toApplicationViewOf } from './application-view.js';
import { getApplicationRow } from './get-application.js';
import type { Application, ApplicationStatus, UpdateApplicationInput } from './recruiting.schemas.js';
import { partnerApplications } from './recruiting.table.js';

/**
 * Edits a prospect's profile before it is signed: the fit is scored again, and the duplicate check
 * runs again on the (possibly new) domain while the application is open.
 */
export async function updateApplication(
  ctx: Ctx,
  id: string,
  input: UpdateApplicationInput,
): Promise<Application> {
  return inTransaction(ctx, async (tx) => {
    const before = await getApplicationRow(tx, id, { forUpdate: true });
    if (before.status === 'signed' || before.status === 'onboarding') {
      throw new AppError('conflict', 'This application is a partner now; edit the partner instead');
    }
    if (input.ownerId) await assertVendorUser(tx, input.ownerId, 'ownerId');
    const merged = { ...before, ...input };
    const changes: Partial<typeof partnerApplications.$inferInsert> = {
      ...input,
      updatedAt: ctx.clock.now(),
    };
    if (input.companyName) changes.normalizedName = normalizeCompanyName(input.companyName);
    const domain = applicationDomain(merged.website, merged.contactEmail);
    changes.domain = domain;
    if (OPEN_STATUSES.includes(before.status as ApplicationStatus)) {
      const duplicate = await findDuplicate(tx, domain, id);
      changes.duplicateOfApplicationId = duplicate.applicationId;
      changes.duplicateOfPartnerId = duplicate.partnerId;
    }
    const fit = await scoreApplication(tx, merged);
    changes.fitScore = fit.score;
    changes.fitReasons = fit.reasons;
    const [row] = await tx.db
      .update(partnerApplications)
      .set(changes)
      .where(eq(partnerApplications.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'recruiting.update',
      entityType: 'partner_application',
      entityId: id,
      before,
      after: row,
    });
    return toApplicationViewOf(tx, row!);
  });
}
