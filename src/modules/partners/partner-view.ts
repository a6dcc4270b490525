import type { Partner, PartnerStage, PartnerType } from './partners.schemas.js';
import type { partners } from './partners.table.js';

export type PartnerRow = typeof partners.$inferSelect;

/** Partner users see their own organization, but not the vendor's internal fit score. */
export function toPartnerView(row: PartnerRow, showInternal: boolean): Partner {
  return {
    id: row.id,
    name: row.name,
    type: row.type as PartnerType,
    stage: row.stage as PartnerStage,
    tier: row.tier,
    website: row.website,
    domains: row.domains,
    regions: row.regions as Partner['regions'],
    specializations: row.specializations,
    country: row.country,
    employees: row.employees,
    description: row.description,
    ownerId: row.ownerId,
    certifiedCount: row.certifiedCount,
    overlapCount: row.overlapCount,
    fitScore: showInternal ? row.fitScore : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
