import { and, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import type { IncentiveRule } from './incentives.schemas.js';
import { incentiveLedger, incentiveRules } from './incentives.table.js';
import { toRuleView } from './rule-rows.js';
import { ruleScope } from './rule-scope.js';

export const RULE_SORTS = ['name', 'createdAt', 'effectiveFrom'] as const;

export interface FindRulesInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  kind?: string | undefined;
  trigger?: string | undefined;
  active?: boolean | undefined;
}

export async function findIncentiveRules(ctx: Ctx, input: FindRulesInput): Promise<Page<IncentiveRule>> {
  const t = incentiveRules;
  const plan = keyset(
    input.sort,
    {
      name: { column: t.name, read: (r) => r.name as string },
      createdAt: { column: t.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      effectiveFrom: { column: t.effectiveFrom, read: (r) => r.effectiveFrom as string },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, await ruleScope(ctx)];
  if (input.kind) filters.push(eq(t.kind, input.kind));
  if (input.trigger) filters.push(eq(t.trigger, input.trigger));
  if (input.active !== undefined) filters.push(eq(t.active, input.active));
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit, plan, (row) => row);
  const ids = page.items.map((r) => r.id);
  const counts = ids.length
    ? await ctx.db
        .select({ ruleId: incentiveLedger.ruleId, n: count() })
        .from(incentiveLedger)
        .where(inArray(incentiveLedger.ruleId, ids))
        .groupBy(incentiveLedger.ruleId)
    : [];
  const byRule = new Map(counts.map((c) => [c.ruleId, c.n]));
  return {
    items: page.items.map((row) => toRuleView(row, byRule.get(row.id) ?? 0)),
    nextCursor: page.nextCursor,
  };
}
