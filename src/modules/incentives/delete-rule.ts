import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { incentiveRules } from './incentives.table.js';
import { countRuleEntries, loadRule } from './load-rule.js';

/** Deletes a rule that never earned anything; one with ledger entries is ended or deactivated instead. */
export async function deleteIncentiveRule(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await loadRule(tx, id, true);
    if ((await countRuleEntries(tx, id)) > 0)
      throw new AppError(
        'conflict',
        'This rule has earned ledger entries: set an end date or make it inactive instead of deleting it',
      );
    await tx.db.delete(incentiveRules).where(eq(incentiveRules.id, id));
    await recordAudit(tx, {
      action: 'incentive_rule.delete',
      entityType: 'incentive_rule',
      entityId: id,
      before,
    });
  });
}
