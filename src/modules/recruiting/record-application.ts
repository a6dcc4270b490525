import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { applicationDomain, findDuplicate, scoreApplication } from './application-keys.js';
import type { ApplicationRow } from './application-view.js';
import type { ApplicationSource, CreateApplicationInput } from './recruiting.schemas.js';
import { partnerApplicationHistory, partnerApplications } from './recruiting.table.js';

/**
 * Writes a new application in the caller's transaction: its domain, IPP fit and duplicate flag, the
 * first history entry, the audit entry and the recruiting.applied event.
 */
export async function recordApplication(
  ctx: Ctx,
  input: CreateApplicationInput,
  source: ApplicationSource,
): Promise<ApplicationRow> {
  const domain = applicationDomain(input.website, input.contactEmail);
  const duplicate = await findDuplicate(ctx, domain);
  const employees = input.employees ?? null;
  const fit = await scoreApplication(ctx, { ...input, employees });
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(partnerApplications)
    .values({
      id: ctx.ids(),
      status: 'applied',
      source,
      companyName: input.companyName,
      normalizedName: normalizeCompanyName(input.companyName),
      website: input.website ?? null,
      domain,
      country: input.country ?? null,
      type: input.type,
      regions: input.regions,
      specializations: input.specializations,
      employees,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      message: input.message ?? null,
      ownerId: input.ownerId ?? null,
      fitScore: fit.score,
      fitReasons: fit.reasons,
      duplicateOfApplicationId: duplicate.applicationId,
      duplicateOfPartnerId: duplicate.partnerId,
      createdBy: actorUserId(ctx.actor) ?? (ctx.actor.kind === 'system' ? ctx.actor.name : null),
      createdAt: now,
      updatedAt: now,
      statusChangedAt: now,
    })
    .returning();
  await ctx.db.insert(partnerApplicationHistory).values({
    id: ctx.ids(),
    applicationId: row!.id,
    fromStatus: null,
    toStatus: 'applied',
    reason: source === 'public_form' ? 'Applied through the public form' : 'Added by vendor staff',
    actorId: actorUserId(ctx.actor),
    at: now,
  });
  await recordAudit(ctx, {
    action: 'recruiting.apply',
    entityType: 'partner_application',
    entityId: row!.id,
    after: row,
  });
  await publishEvent(ctx, {
    type: 'recruiting.applied',
    entityType: 'partner_application',
    entityId: row!.id,
    payload: {
      applicationId: row!.id,
      source,
      companyName: row!.companyName,
      type: row!.type,
      fitScore: row!.fitScore,
      duplicateOfApplicationId: row!.duplicateOfApplicationId,
      duplicateOfPartnerId: row!.duplicateOfPartnerId,
    },
  });
  return row!;
}
