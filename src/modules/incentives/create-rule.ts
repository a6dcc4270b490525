import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { IncentiveRule, IncentiveRuleInput } from './incentives.schemas.js';
import { incentiveRules } from './incentives.table.js';
import { toRuleView } from './rule-rows.js';
import { assertRuleMakesSense } from './validate-rule.js';

export async function createIncentiveRule(ctx: Ctx, input: IncentiveRuleInput): Promise<IncentiveRule> {
  assertRuleMakesSense(input);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(incentiveRules)
      .values({ id: tx.ids(), ...input, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, {
      action: 'incentive_rule.create',
      entityType: 'incentive_rule',
      entityId: row!.id,
      after: row,
    });
    return toRuleView(row!, 0);
  });
}
