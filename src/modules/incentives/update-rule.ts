import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { IncentiveRule, IncentiveRuleInput } from './incentives.schemas.js';
import { incentiveRules } from './incentives.table.js';
import { countRuleEntries, loadRule } from './load-rule.js';
import { toRuleView } from './rule-rows.js';
import { assertRuleMakesSense } from './validate-rule.js';

/**
 * Replaces a rule. What it already earned stays as it was (entries keep their amounts and
 * descriptions); the change applies to events read from now on.
 */
export async function updateIncentiveRule(
  ctx: Ctx,
  id: string,
  input: IncentiveRuleInput,
): Promise<IncentiveRule> {
  assertRuleMakesSense(input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadRule(tx, id, true);
    const [row] = await tx.db
      .update(incentiveRules)
      .set({ ...input, updatedAt: tx.clock.now() })
      .where(eq(incentiveRules.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'incentive_rule.update',
      entityType: 'incentive_rule',
      entityId: id,
      before,
      after: row,
    });
    return toRuleView(row!, await countRuleEntries(tx, id));
  });
}
