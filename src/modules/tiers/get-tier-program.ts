import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { DEFAULT_TIER_PROGRAM } from './default-tier-program.js';
import type { TierDefinitionInput, TierProgram } from './tiers.schemas.js';
import { tierDefinitions, tierPrograms } from './tiers.table.js';

/** The tier program in force: the saved one, else the default (never saved until a vendor changes it). */
export async function loadTierProgram(db: Executor): Promise<TierProgram> {
  const [settings] = await db.select().from(tierPrograms).limit(1);
  if (!settings) return { ...DEFAULT_TIER_PROGRAM, updatedAt: null };
  const tiers = await db.select().from(tierDefinitions).orderBy(tierDefinitions.rank);
  return {
    demotionGraceDays: settings.demotionGraceDays,
    promotionNeedsApproval: settings.promotionNeedsApproval,
    currency: settings.currency,
    exchangeRates: settings.exchangeRates as Record<string, number>,
    tiers: tiers.map((tier) => ({
      key: tier.key,
      name: tier.name,
      rank: tier.rank,
      criteria: tier.criteria as TierDefinitionInput['criteria'],
      benefits: tier.benefits as TierDefinitionInput['benefits'],
    })),
    updatedAt: settings.updatedAt.toISOString(),
  };
}

export async function getTierProgram(ctx: Ctx): Promise<TierProgram> {
  return loadTierProgram(ctx.db);
}
