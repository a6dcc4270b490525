import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { beneficiaryNames } from './beneficiary-names.js';
import { toEntryViews } from './entry-view.js';
import type { Statement } from './incentives.schemas.js';
import { incentiveLedger, incentivePayouts } from './incentives.table.js';
import { periodRange } from './ledger/periods.js';
import { statementTotals } from './ledger/statement.js';
import { periodIn } from './ledger-rows.js';
import { loadStatementEntries } from './statement-entries.js';

/**
 * A partner's or a rep's statement for a month or quarter: opening balance, the period's earned lines,
 * reversals and adjustments, payments, and the closing balance. A partner user reads only its own
 * partner's, a sales rep only its own; anyone else's is not found.
 */
export async function getIncentiveStatement(
  ctx: Ctx,
  beneficiaryType: 'partner' | 'rep',
  id: string,
  period: string,
): Promise<Statement> {
  const own = partnerScope(ctx.actor);
  const actor = ctx.actor;
  if (own && (beneficiaryType !== 'partner' || own !== id)) throw notFound('Statement');
  if (
    actor.kind === 'user' &&
    actor.role === 'sales_rep' &&
    (beneficiaryType !== 'rep' || actor.userId !== id)
  )
    throw notFound('Statement');
  const key = `${beneficiaryType}:${id}`;
  const names = await beneficiaryNames(ctx.db, [key]);
  const name = names.get(key);
  if (!name) throw notFound('Statement');
  const whose: SQL =
    beneficiaryType === 'partner'
      ? and(eq(incentiveLedger.beneficiaryType, 'partner'), eq(incentiveLedger.partnerId, id))!
      : and(eq(incentiveLedger.beneficiaryType, 'rep'), eq(incentiveLedger.userId, id))!;
  const range = periodRange(period);
  const totals = statementTotals(
    await loadStatementEntries(ctx.db, whose),
    range.firstMonth,
    range.lastMonth,
  );
  const lines = await ctx.db
    .select()
    .from(incentiveLedger)
    .where(and(whose, periodIn(range.firstMonth, range.lastMonth)))
    .orderBy(asc(incentiveLedger.earnedAt), asc(incentiveLedger.id));
  const paid = await ctx.db
    .select({
      id: incentivePayouts.id,
      reference: incentivePayouts.reference,
      createdAt: incentivePayouts.createdAt,
      currency: incentiveLedger.currency,
      amountMinor: incentiveLedger.amountMinor,
    })
    .from(incentiveLedger)
    .innerJoin(incentivePayouts, eq(incentivePayouts.id, incentiveLedger.payoutId))
    .where(
      and(whose, gte(incentivePayouts.createdAt, range.start), lt(incentivePayouts.createdAt, range.end)),
    );
  const payouts = new Map<string, Statement['payouts'][number]>();
  for (const row of paid) {
    const payout = payouts.get(row.id) ?? {
      id: row.id,
      reference: row.reference,
      createdAt: row.createdAt.toISOString(),
      currency: row.currency,
      amountMinor: 0,
    };
    payout.amountMinor += row.amountMinor;
    payouts.set(row.id, payout);
  }
  return {
    beneficiaryType,
    beneficiaryId: id,
    beneficiaryName: name,
    period,
    firstMonth: range.firstMonth,
    lastMonth: range.lastMonth,
    totals,
    lines: await toEntryViews(ctx.db, lines),
    payouts: [...payouts.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  };
}
