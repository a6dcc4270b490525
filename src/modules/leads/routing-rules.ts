import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { invalidField } from '../../platform/errors.js';
import type { RoutingRules } from './leads.schemas.js';
import { leadRoutingSettings } from './leads.table.js';

export const ROUTING_SETTINGS_ID = 'routing';

export const DEFAULT_ROUTING_RULES: RoutingRules = {
  filterRegion: true,
  filterSpecialization: false,
  weights: { region: 20, specialization: 25, tier: 20, capacity: 15, acceptance: 10, fit: 10 },
  minPartnerScore: 0,
  minLeadScore: 0,
  eligibleStages: ['active'],
  eligibleTypes: ['reseller', 'si', 'isv', 'msp', 'referral', 'cloud_marketplace'],
  defaultCapacity: 25,
  capacityByPartner: {},
  minAcceptanceSample: 5,
  sourcePartnerFirst: true,
  slaHours: 48,
};

export interface RoutingSettings {
  rules: RoutingRules;
  updatedAt: string | null;
}

/** The rules in force: the saved ones, else the defaults. */
export async function loadRoutingSettings(db: Executor): Promise<RoutingSettings> {
  const [row] = await db
    .select()
    .from(leadRoutingSettings)
    .where(eq(leadRoutingSettings.id, ROUTING_SETTINGS_ID));
  if (!row) return { rules: DEFAULT_ROUTING_RULES, updatedAt: null };
  return {
    rules: { ...DEFAULT_ROUTING_RULES, ...(row.rules as Partial<RoutingRules>) },
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getRoutingRules(ctx: Ctx): Promise<RoutingSettings> {
  return loadRoutingSettings(ctx.db);
}

export async function replaceRoutingRules(ctx: Ctx, rules: RoutingRules): Promise<RoutingSettings> {
  if (Object.values(rules.weights).every((w) => w === 0))
    throw invalidField('weights', 'at least one criterion needs a weight above 0');
  return inTransaction(ctx, async (tx) => {
    const before = await loadRoutingSettings(tx.db);
    const now = tx.clock.now();
    await tx.db
      .insert(leadRoutingSettings)
      .values({ id: ROUTING_SETTINGS_ID, rules, updatedAt: now })
      .onConflictDoUpdate({ target: leadRoutingSettings.id, set: { rules, updatedAt: now } });
    await recordAudit(tx, {
      action: 'lead_routing.update',
      entityType: 'lead_routing_settings',
      entityId: ROUTING_SETTINGS_ID,
      before: before.rules,
      after: rules,
    });
    return { rules, updatedAt: now.toISOString() };
  });
}
