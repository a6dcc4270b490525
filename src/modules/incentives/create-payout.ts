import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import type { PayoutDetail, PayoutInput } from './incentives.schemas.js';
import { incentiveLedger, incentivePayouts } from './incentives.table.js';
import { pay } from './ledger/ledger-kernel.js';
import { monthOf, periodRange } from './ledger/periods.js';
import { parseBeneficiary, toKernelEntry } from './ledger-rows.js';
import { toPayoutDetail } from './payout-view.js';
import { refusalError } from './refusal.js';

/**
 * Pays the approved, unpaid entries of one beneficiary type and currency up to the end of a period
 * (so entries approved late or clawbacks carried from before go with it) in one batch with the AP or
 * payroll reference. A beneficiary whose entries net to zero or less is carried to a later batch.
 */
export async function createIncentivePayout(ctx: Ctx, input: PayoutInput): Promise<PayoutDetail> {
  const range = periodRange(input.period);
  if (range.firstMonth > monthOf(ctx.clock.now())) throw invalidField('period', 'has not started yet');
  return inTransaction(ctx, async (tx) => {
    const rows = await tx.db
      .select()
      .from(incentiveLedger)
      .where(
        and(
          eq(incentiveLedger.beneficiaryType, input.beneficiaryType),
          eq(incentiveLedger.status, 'approved'),
          isNull(incentiveLedger.payoutId),
          eq(incentiveLedger.currency, input.currency),
          lte(incentiveLedger.period, range.lastMonth),
        ),
      )
      .orderBy(incentiveLedger.id)
      .for('update');
    const payoutId = tx.ids();
    const outcome = pay(
      rows.map(toKernelEntry),
      rows.map((r) => r.id),
      payoutId,
      input.currency,
    );
    if (!outcome.ok) throw refusalError(outcome);
    const now = tx.clock.now();
    const [payout] = await tx.db
      .insert(incentivePayouts)
      .values({
        id: payoutId,
        beneficiaryType: input.beneficiaryType,
        period: input.period,
        currency: input.currency,
        totalMinor: outcome.totalMinor,
        entries: outcome.updated.length,
        reference: input.reference,
        createdBy: actorUserId(ctx.actor),
        createdAt: now,
      })
      .returning();
    const paidIds = outcome.updated.map((e) => e.id);
    for (let i = 0; i < paidIds.length; i += 1000)
      await tx.db
        .update(incentiveLedger)
        .set({ status: 'paid', payoutId, updatedAt: now })
        .where(inArray(incentiveLedger.id, paidIds.slice(i, i + 1000)));
    for (const line of outcome.lines) {
      const { beneficiaryType, id } = parseBeneficiary(line.beneficiary);
      await publishEvent(tx, {
        type: 'incentive.paid',
        entityType: 'incentive_payout',
        entityId: payoutId,
        partnerId: beneficiaryType === 'partner' ? id : null,
        payload: {
          payoutId,
          reference: input.reference,
          beneficiaryType,
          userId: beneficiaryType === 'rep' ? id : null,
          amountMinor: line.totalMinor,
          currency: input.currency,
          entries: line.entryIds.length,
          period: input.period,
        },
      });
    }
    await recordAudit(tx, {
      action: 'incentive.pay',
      entityType: 'incentive_payout',
      entityId: payoutId,
      after: { ...payout, carried: outcome.carried },
    });
    return toPayoutDetail(tx.db, payout!);
  });
}
