import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';
import { partnerScope } from '../../platform/policy.js';
import { partners } from '../partners/partners.table.js';
import type { OnboardingSummary } from './onboarding.schemas.js';
import { partnerOnboardings } from './onboarding.table.js';

export interface SummarizeOnboardingsInput {
  partnerType?: string | undefined;
  /** Onboardings of the partners this manager owns. */
  managerId?: string | undefined;
}

/** Onboardings under way, stalled and completed, and the median days a completed one took. */
export async function summarizeOnboardings(
  ctx: Ctx,
  input: SummarizeOnboardingsInput,
): Promise<OnboardingSummary> {
  const o = partnerOnboardings;
  const scope = partnerScope(ctx.actor);
  const filters: (SQL | undefined)[] = [scope ? eq(o.partnerId, scope) : undefined];
  if (input.partnerType) filters.push(eq(partners.type, input.partnerType));
  if (input.managerId) filters.push(eq(partners.ownerId, input.managerId));
  const where = and(...filters) ?? sql`true`;
  const [row] = await queryRows<{
    in_progress: number;
    stalled: number;
    completed: number;
    median_days: number | string | null;
  }>(
    ctx.db,
    sql`SELECT count(*) FILTER (WHERE ${o.status} = 'in_progress')::int AS in_progress,
               count(*) FILTER (WHERE ${o.status} = 'in_progress' AND ${o.stalledAt} IS NOT NULL)::int AS stalled,
               count(*) FILTER (WHERE ${o.status} = 'completed')::int AS completed,
               percentile_cont(0.5) WITHIN GROUP (
                 ORDER BY extract(epoch FROM ${o.completedAt} - ${o.startedAt}) / 86400
               ) FILTER (WHERE ${o.completedAt} IS NOT NULL) AS median_days
        FROM ${o} INNER JOIN ${partners} ON ${partners.id} = ${o.partnerId}
        WHERE ${where}`,
  );
  const median = row?.median_days;
  return {
    inProgress: Number(row?.in_progress ?? 0),
    stalled: Number(row?.stalled ?? 0),
    completed: Number(row?.completed ?? 0),
    medianDaysToComplete:
      median === null || median === undefined ? null : Math.round(Number(median) * 10) / 10,
  };
}
