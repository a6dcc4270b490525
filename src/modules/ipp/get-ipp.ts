import { asc } from 'drizzle-orm';
import type { IppCriterion } from '../../analytics/scoring/ipp-fit.js';
import type { Ctx } from '../../platform/context.js';
import type { Ipp } from './ipp.schemas.js';
import { ippCriteria } from './ipp.table.js';

type CriterionRow = typeof ippCriteria.$inferSelect;

export function toKernelCriterion(row: CriterionRow): IppCriterion {
  return {
    ...(row.config as object),
    kind: row.kind,
    id: row.id,
    label: row.label,
    weight: row.weight,
  } as IppCriterion;
}

export async function loadIppCriteria(ctx: Ctx): Promise<IppCriterion[]> {
  const rows = await ctx.db.select().from(ippCriteria).orderBy(asc(ippCriteria.position));
  return rows.map(toKernelCriterion);
}

export async function getIpp(ctx: Ctx): Promise<Ipp> {
  const rows = await ctx.db.select().from(ippCriteria).orderBy(asc(ippCriteria.position));
  return {
    version: rows[0]?.version ?? 0,
    updatedAt: rows[0]?.updatedAt.toISOString() ?? null,
    criteria: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      label: row.label,
      weight: row.weight,
      config: row.config as Record<string, unknown>,
    })),
  };
}
