import { and, eq, gte, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { incentiveLedger, incentiveRules } from './incentives.table.js';
import { monthOf } from './ledger/periods.js';
import { ledgerScope } from './ledger-rows.js';

export interface EarningsByMonth {
  months: { period: string; kind: string; currency: string; amountMinor: number }[];
}

/** Net earnings per month and kind over the last months (reversals count against their rule's kind). */
export async function summarizeIncentiveEarnings(
  ctx: Ctx,
  input: { months: number },
): Promise<EarningsByMonth> {
  const now = ctx.clock.now();
  const first = monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - input.months + 1, 1)));
  const kind = sql<string>`coalesce(${incentiveRules.kind}, ${incentiveLedger.entryType})`;
  const rows = await ctx.db
    .select({
      period: incentiveLedger.period,
      kind,
      currency: incentiveLedger.currency,
      amountMinor: sql<string>`sum(${incentiveLedger.amountMinor})`,
    })
    .from(incentiveLedger)
    .leftJoin(incentiveRules, eq(incentiveRules.id, incentiveLedger.ruleId))
    .where(and(gte(incentiveLedger.period, first), ledgerScope(ctx.actor)))
    .groupBy(incentiveLedger.period, kind, incentiveLedger.currency)
    .orderBy(incentiveLedger.period, kind, incentiveLedger.currency);
  return { months: rows.map((row) => ({ ...row, amountMinor: Number(row.amountMinor) })) };
}
