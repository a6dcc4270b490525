import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import type { IncentiveRule } from './incentives.schemas.js';
import { incentiveRules } from './incentives.table.js';
import { countRuleEntries } from './load-rule.js';
import { toRuleView } from './rule-rows.js';
import { ruleScope } from './rule-scope.js';

export async function getIncentiveRule(ctx: Ctx, id: string): Promise<IncentiveRule> {
  const [row] = await ctx.db
    .select()
    .from(incentiveRules)
    .where(and(eq(incentiveRules.id, id), await ruleScope(ctx)))
    .limit(1);
  if (!row) throw notFound('Incentive rule');
  return toRuleView(row, await countRuleEntries(ctx, id));
}
