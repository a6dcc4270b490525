import { inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { PartnerType } from '../partners/partners.schemas.js';
import { partners } from '../partners/partners.table.js';
import { APPLICATION_TRANSITIONS } from './application-stages.js';
import type { Application, ApplicationStatus } from './recruiting.schemas.js';
import { partnerApplications } from './recruiting.table.js';

export type ApplicationRow = typeof partnerApplications.$inferSelect;

type Names = { applications: Map<string, string>; partners: Map<string, string> };

export function toApplicationView(row: ApplicationRow, names: Names): Application {
  const status = row.status as ApplicationStatus;
  let duplicateOf: Application['duplicateOf'] = null;
  if (row.duplicateOfPartnerId) {
    const name = names.partners.get(row.duplicateOfPartnerId);
    if (name) duplicateOf = { kind: 'partner', id: row.duplicateOfPartnerId, name };
  } else if (row.duplicateOfApplicationId) {
    const name = names.applications.get(row.duplicateOfApplicationId);
    if (name) duplicateOf = { kind: 'application', id: row.duplicateOfApplicationId, name };
  }
  return {
    id: row.id,
    status,
    source: row.source as Application['source'],
    companyName: row.companyName,
    website: row.website,
    domain: row.domain,
    country: row.country,
    type: row.type as PartnerType,
    regions: row.regions as Application['regions'],
    specializations: row.specializations,
    employees: row.employees,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    message: row.message,
    ownerId: row.ownerId,
    fitScore: row.fitScore,
    duplicateOf,
    rejectionReason: row.rejectionReason,
    partnerId: row.partnerId,
    nextStatuses: [...APPLICATION_TRANSITIONS[status]],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    statusChangedAt: row.statusChangedAt.toISOString(),
  };
}

/** Views of a page of rows, with the names of the records they duplicate read in two small queries. */
export async function toApplicationViews(ctx: Ctx, rows: ApplicationRow[]): Promise<Application[]> {
  const applicationIds = [...new Set(rows.flatMap((r) => r.duplicateOfApplicationId ?? []))];
  const partnerIds = [...new Set(rows.flatMap((r) => r.duplicateOfPartnerId ?? []))];
  const names: Names = { applications: new Map(), partners: new Map() };
  if (applicationIds.length) {
    const found = await ctx.db
      .select({ id: partnerApplications.id, name: partnerApplications.companyName })
      .from(partnerApplications)
      .where(inArray(partnerApplications.id, applicationIds));
    for (const { id, name } of found) names.applications.set(id, name);
  }
  if (partnerIds.length) {
    const found = await ctx.db
      .select({ id: partners.id, name: partners.name })
      .from(partners)
      .where(inArray(partners.id, partnerIds));
    for (const { id, name } of found) names.partners.set(id, name);
  }
  return rows.map((row) => toApplicationView(row, names));
}

export async function toApplicationViewOf(ctx: Ctx, row: ApplicationRow): Promise<Application> {
  return (await toApplicationViews(ctx, [row]))[0]!;
}
