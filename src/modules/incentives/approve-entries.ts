import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { incentiveLedger } from './incentives.table.js';
import { approve } from './ledger/ledger-kernel.js';
import { periodRange } from './ledger/periods.js';
import { periodIn, toKernelEntry } from './ledger-rows.js';
import { refusalError } from './refusal.js';

export interface ApproveInput {
  period?: string | undefined;
  entryIds?: string[] | undefined;
  beneficiaryType?: string | undefined;
}

/**
 * Approves accrued entries: every one of a period (optionally of one beneficiary type), or the ones
 * named. Named entries must all be accrued, or nothing is approved.
 */
export async function approveIncentiveEntries(
  ctx: Ctx,
  input: ApproveInput,
): Promise<{ approved: number; totalMinorByCurrency: Record<string, number> }> {
  if (!input.period && !input.entryIds?.length)
    throw invalidField('period', 'name a period or the entries to approve');
  return inTransaction(ctx, async (tx) => {
    const filters: (SQL | undefined)[] = [];
    if (input.entryIds?.length) filters.push(inArray(incentiveLedger.id, input.entryIds));
    else filters.push(eq(incentiveLedger.status, 'accrued'));
    if (input.period) {
      const range = periodRange(input.period);
      filters.push(periodIn(range.firstMonth, range.lastMonth));
    }
    if (input.beneficiaryType) filters.push(eq(incentiveLedger.beneficiaryType, input.beneficiaryType));
    const rows = await tx.db
      .select()
      .from(incentiveLedger)
      .where(and(...filters))
      .orderBy(incentiveLedger.id)
      .for('update');
    const ids = input.entryIds?.length ? input.entryIds : rows.map((r) => r.id);
    if (!ids.length) return { approved: 0, totalMinorByCurrency: {} };
    const outcome = approve(rows.map(toKernelEntry), ids);
    if (!outcome.ok) throw refusalError(outcome);
    const now = tx.clock.now();
    const approvedIds = outcome.updated.map((e) => e.id);
    await tx.db
      .update(incentiveLedger)
      .set({ status: 'approved', updatedAt: now })
      .where(inArray(incentiveLedger.id, approvedIds));
    const totals: Record<string, number> = {};
    for (const entry of outcome.updated)
      totals[entry.currency] = (totals[entry.currency] ?? 0) + entry.amountMinor;
    await recordAudit(tx, {
      action: 'incentive.approve',
      entityType: 'incentive_ledger',
      entityId: input.period ?? approvedIds[0]!,
      after: {
        period: input.period ?? null,
        beneficiaryType: input.beneficiaryType ?? null,
        entryIds: approvedIds,
        totals,
      },
    });
    return { approved: approvedIds.length, totalMinorByCurrency: totals };
  });
}
