import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partners } from '../partners/partners.table.js';
import { measureCoInnovation } from './measure-co-innovation.js';
import type { CoInnovationProject, NewMarkets } from './program.schemas.js';
import { coInnovationPartners, type coInnovationProjects } from './program.table.js';

export type ProjectRow = typeof coInnovationProjects.$inferSelect;

/** The projects as the API shows them: partners by name and the metrics, measured together. */
export async function toProjectViews(ctx: Ctx, rows: ProjectRow[]): Promise<CoInnovationProject[]> {
  if (rows.length === 0) return [];
  const members = await ctx.db
    .select({
      projectId: coInnovationPartners.projectId,
      partnerId: coInnovationPartners.partnerId,
      role: coInnovationPartners.role,
      partnerName: partners.name,
      partnerType: partners.type,
    })
    .from(coInnovationPartners)
    .innerJoin(partners, eq(partners.id, coInnovationPartners.partnerId))
    .where(
      inArray(
        coInnovationPartners.projectId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(partners.name);
  const metrics = await measureCoInnovation(
    ctx,
    rows.map((row) => ({
      id: row.id,
      currency: row.currency,
      buildCostMinor: row.buildCostMinor,
      newMarkets: row.newMarkets as NewMarkets,
      launchedAt: row.launchedAt,
    })),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    solutionProductLine: row.solutionProductLine,
    status: row.status as CoInnovationProject['status'],
    buildCostMinor: row.buildCostMinor,
    currency: row.currency,
    newMarkets: row.newMarkets as NewMarkets,
    launchedAt: row.launchedAt?.toISOString() ?? null,
    partners: members
      .filter((member) => member.projectId === row.id)
      .map((member) => ({
        partnerId: member.partnerId,
        partnerName: member.partnerName,
        partnerType: member.partnerType,
        role: member.role as CoInnovationProject['partners'][number]['role'],
      })),
    metrics: metrics.get(row.id)!,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
