import { and, eq, or } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { toEntryViews } from './entry-view.js';
import type { LedgerEntryView } from './incentives.schemas.js';
import { incentiveLedger } from './incentives.table.js';
import { reverse } from './ledger/ledger-kernel.js';
import { monthOf } from './ledger/periods.js';
import { toKernelEntry } from './ledger-rows.js';
import { refusalError } from './refusal.js';

/**
 * Reverses an entry with a reason. Unpaid, it is marked reversed beside a compensating entry; paid,
 * a negative entry is accrued and carried into the beneficiary's next statement and payout.
 * Returns the compensating entry.
 */
export async function reverseIncentiveEntry(
  ctx: Ctx,
  id: string,
  input: { reason: string },
): Promise<LedgerEntryView> {
  return inTransaction(ctx, async (tx) => {
    const rows = await tx.db
      .select()
      .from(incentiveLedger)
      .where(or(eq(incentiveLedger.id, id), eq(incentiveLedger.reversesId, id)))
      .orderBy(incentiveLedger.id)
      .for('update');
    const target = rows.find((r) => r.id === id);
    if (!target) throw notFound('Ledger entry');
    const now = tx.clock.now();
    const newId = tx.ids();
    const outcome = reverse(rows.map(toKernelEntry), { targetId: id, id: newId, period: monthOf(now) });
    if (!outcome.ok) throw refusalError({ ...outcome, field: 'id' }, 'path');
    const created = outcome.created[0]!;
    for (const updated of outcome.updated)
      await tx.db
        .update(incentiveLedger)
        .set({ status: updated.status, updatedAt: now })
        .where(and(eq(incentiveLedger.id, updated.id)));
    const [row] = await tx.db
      .insert(incentiveLedger)
      .values({
        id: newId,
        ruleId: target.ruleId,
        beneficiaryType: target.beneficiaryType,
        partnerId: target.partnerId,
        userId: target.userId,
        entryType: 'reversal',
        status: created.status,
        amountMinor: created.amountMinor,
        currency: created.currency,
        sourceType: 'incentive_entry',
        sourceId: target.id,
        sourceKey: `reversal:${target.id}`,
        description: `Reversal${target.status === 'paid' ? ' of a paid entry (clawback)' : ''}: ${input.reason} — ${target.description}`,
        period: created.period,
        reversesId: target.id,
        earnedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, {
      action: 'incentive.reverse',
      entityType: 'incentive_entry',
      entityId: target.id,
      partnerId: target.partnerId,
      before: target,
      after: { reason: input.reason, reversal: row },
    });
    return (await toEntryViews(tx.db, [row!]))[0]!;
  });
}
