import { count, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { incentiveLedger, incentiveRules } from './incentives.table.js';
import type { RuleRow } from './rule-rows.js';

export async function loadRule(ctx: Ctx, id: string, lock = false): Promise<RuleRow> {
  const query = ctx.db.select().from(incentiveRules).where(eq(incentiveRules.id, id)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Incentive rule');
  return row;
}

export async function countRuleEntries(ctx: Ctx, id: string): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(incentiveLedger)
    .where(eq(incentiveLedger.ruleId, id));
  return row?.n ?? 0;
}
