import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { type HealthRulesInput, type HealthSettings, ZHealthRules } from './health.schemas.js';
import { healthSettings } from './health.table.js';

/** Defaults: a quarter without activity, revenue halved half-year on half-year, nobody certified left. */
export const DEFAULT_HEALTH_RULES: HealthRulesInput = {
  noActivity: { enabled: true, days: 90 },
  fallingRevenue: { enabled: true, windowDays: 180, dropPercent: 50, minPreviousRevenueMinor: 0 },
  expiredCertifications: { enabled: true, withinDays: 90, minCertifiedPeople: 1 },
  manualOverrideDays: 30,
};

/** The health rules in force: the saved ones, else the defaults. */
export async function loadHealthSettings(db: Executor): Promise<HealthSettings> {
  const [row] = await db.select().from(healthSettings).limit(1);
  if (!row) return { ...DEFAULT_HEALTH_RULES, updatedAt: null };
  return { ...ZHealthRules.parse(row.rules), updatedAt: row.updatedAt.toISOString() };
}

export async function getHealthSettings(ctx: Ctx): Promise<HealthSettings> {
  return loadHealthSettings(ctx.db);
}
