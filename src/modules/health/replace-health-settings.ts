import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { HealthRulesInput, HealthSettings } from './health.schemas.js';
import { healthSettings } from './health.table.js';
import { loadHealthSettings } from './health-settings.js';

export async function replaceHealthSettings(ctx: Ctx, rules: HealthRulesInput): Promise<HealthSettings> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadHealthSettings(tx.db);
    const now = tx.clock.now();
    await tx.db
      .insert(healthSettings)
      .values({ id: 'program', rules, updatedAt: now })
      .onConflictDoUpdate({ target: healthSettings.id, set: { rules, updatedAt: now } });
    const after = await loadHealthSettings(tx.db);
    await recordAudit(tx, {
      action: 'health_rules.replace',
      entityType: 'health_rules',
      entityId: 'program',
      before,
      after,
    });
    return after;
  });
}
