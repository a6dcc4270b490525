import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { assertVendorUser } from '../identity/assert-vendor-user.js';
import { scorePartnerFit } from '../ipp/score-partner-fit.js';
import { assertDomainsUnused, normalizePartnerDomains } from './partner-domains.js';
import { toPartnerView } from './partner-view.js';
import type { CreatePartnerInput, Partner } from './partners.schemas.js';
import { partnerStageHistory, partners } from './partners.table.js';

export async function createPartner(ctx: Ctx, input: CreatePartnerInput): Promise<Partner> {
  const domains = normalizePartnerDomains(input.domains, input.website);
  return inTransaction(ctx, async (tx) => {
    if (input.ownerId) await assertVendorUser(tx, input.ownerId, 'ownerId');
    await assertDomainsUnused(tx, domains);
    const now = ctx.clock.now();
    const subject = {
      type: input.type,
      regions: input.regions,
      specializations: input.specializations,
      employees: input.employees ?? null,
      certifiedCount: 0,
      overlapCount: 0,
    };
    const fit = await scorePartnerFit(tx, subject);
    const [row] = await tx.db
      .insert(partners)
      .values({
        id: ctx.ids(),
        name: input.name,
        normalizedName: normalizeCompanyName(input.name),
        type: input.type,
        stage: input.stage,
        website: input.website ?? null,
        domains,
        regions: input.regions,
        specializations: input.specializations,
        country: input.country ?? null,
        employees: input.employees ?? null,
        description: input.description ?? null,
        ownerId: input.ownerId ?? null,
        fitScore: fit.score,
        fitReasons: fit.reasons,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.db.insert(partnerStageHistory).values({
      id: ctx.ids(),
      partnerId: row!.id,
      fromStage: null,
      toStage: input.stage,
      reason: 'Partner created',
      actorId: actorUserId(ctx.actor),
      at: now,
    });
    const partner = toPartnerView(row!, true);
    await recordAudit(tx, {
      action: 'partner.create',
      entityType: 'partner',
      entityId: partner.id,
      partnerId: partner.id,
      after: partner,
    });
    await publishEvent(tx, {
      type: 'partner.created',
      entityType: 'partner',
      entityId: partner.id,
      partnerId: partner.id,
      payload: { partnerId: partner.id, type: partner.type, stage: partner.stage, at: now.toISOString() },
    });
    return partner;
  });
}
