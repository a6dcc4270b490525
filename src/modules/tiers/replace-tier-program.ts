import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidFields } from '../../platform/errors.js';
import { loadTierProgram } from './get-tier-program.js';
import type { ReplaceTierProgramInput, TierProgram } from './tiers.schemas.js';
import { tierDefinitions, tierPrograms } from './tiers.table.js';

function checkTiers(input: ReplaceTierProgramInput): void {
  const problems: { field: string; message: string }[] = [];
  const keys = new Set<string>();
  const ranks = new Set<number>();
  input.tiers.forEach((tier, i) => {
    if (keys.has(tier.key)) problems.push({ field: `tiers.${i}.key`, message: `repeats ${tier.key}` });
    if (ranks.has(tier.rank))
      problems.push({ field: `tiers.${i}.rank`, message: `repeats rank ${tier.rank}` });
    keys.add(tier.key);
    ranks.add(tier.rank);
    const metrics = tier.criteria.map((c) => c.metric);
    metrics.forEach((metric, j) => {
      if (metrics.indexOf(metric) !== j) {
        problems.push({ field: `tiers.${i}.criteria.${j}.metric`, message: `repeats ${metric}` });
      }
    });
  });
  if (problems.length > 0) throw invalidFields(problems);
}

/** Saves the whole tier program at once: settings and every tier (tiers not named are removed). */
export async function replaceTierProgram(ctx: Ctx, input: ReplaceTierProgramInput): Promise<TierProgram> {
  checkTiers(input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadTierProgram(tx.db);
    const now = tx.clock.now();
    const settings = {
      demotionGraceDays: input.demotionGraceDays,
      promotionNeedsApproval: input.promotionNeedsApproval,
      currency: input.currency,
      exchangeRates: input.exchangeRates,
      updatedAt: now,
    };
    await tx.db
      .insert(tierPrograms)
      .values({ id: 'program', ...settings })
      .onConflictDoUpdate({ target: tierPrograms.id, set: settings });
    await tx.db.delete(tierDefinitions);
    await tx.db.insert(tierDefinitions).values(input.tiers);
    const after = await loadTierProgram(tx.db);
    await recordAudit(tx, {
      action: 'tier_program.replace',
      entityType: 'tier_program',
      entityId: 'program',
      before,
      after,
    });
    return after;
  });
}
