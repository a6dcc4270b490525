import { and, eq } from 'drizzle-orm';
import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { isVendorActor } from '../../platform/policy.js';
import { assertVendorUser } from '../identity/assert-vendor-user.js';
import { scorePartnerFit } from '../ipp/score-partner-fit.js';
import { getPartnerRow } from './get-partner.js';
import { assertDomainsUnused, normalizePartnerDomains } from './partner-domains.js';
import { visiblePartners } from './partner-scope.js';
import { toPartnerView } from './partner-view.js';
import { PARTNER_EDITABLE_FIELDS, type Partner, type UpdatePartnerInput } from './partners.schemas.js';
import { partners } from './partners.table.js';

/** A partner admin may edit its own profile fields only; type, domains, name and owner are the vendor's. */
function assertPartnerMayEdit(input: UpdatePartnerInput): void {
  const allowed: readonly string[] = PARTNER_EDITABLE_FIELDS;
  const refused = Object.keys(input).filter((key) => !allowed.includes(key));
  if (refused.length) {
    throw new AppError('forbidden', `A partner may not change ${refused.join(', ')}`, {
      errors: refused.map((field) => ({ field, message: 'is managed by the vendor' })),
    });
  }
}

export async function updatePartner(ctx: Ctx, id: string, input: UpdatePartnerInput): Promise<Partner> {
  const internal = isVendorActor(ctx.actor);
  if (!internal) assertPartnerMayEdit(input);
  return inTransaction(ctx, async (tx) => {
    // Concurrent edits of one partner take turns, so the fit is scored on the row as it ends up.
    await tx.db
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.id, id), visiblePartners(tx)))
      .for('no key update');
    const before = await getPartnerRow(tx, id);
    const changes: Partial<typeof partners.$inferInsert> = { ...input, updatedAt: ctx.clock.now() };
    if (input.name) changes.normalizedName = normalizeCompanyName(input.name);
    if (input.domains !== undefined || input.website !== undefined) {
      const domains = normalizePartnerDomains(
        input.domains ?? before.domains,
        input.website ?? before.website,
      );
      // Domains are the vendor's: a partner's new website is checked but adds no domain.
      if (internal) {
        await assertDomainsUnused(tx, domains, id);
        changes.domains = domains;
      }
    }
    if (input.ownerId) await assertVendorUser(tx, input.ownerId, 'ownerId');
    const merged = { ...before, ...changes };
    const fit = await scorePartnerFit(tx, {
      type: merged.type,
      regions: merged.regions,
      specializations: merged.specializations,
      employees: merged.employees ?? null,
      certifiedCount: merged.certifiedCount,
      overlapCount: merged.overlapCount,
    });
    changes.fitScore = fit.score;
    changes.fitReasons = fit.reasons;
    const [row] = await tx.db.update(partners).set(changes).where(eq(partners.id, id)).returning();
    await recordAudit(tx, {
      action: 'partner.update',
      entityType: 'partner',
      entityId: id,
      partnerId: id,
      before: toPartnerView(before, true),
      after: toPartnerView(row!, true),
    });
    return toPartnerView(row!, internal);
  });
}
