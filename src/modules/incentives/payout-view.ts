import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { beneficiaryNames } from './beneficiary-names.js';
import type { Payout, PayoutDetail } from './incentives.schemas.js';
import { incentiveLedger, type incentivePayouts } from './incentives.table.js';
import { beneficiaryKey, parseBeneficiary } from './ledger-rows.js';

export type PayoutRow = typeof incentivePayouts.$inferSelect;

export function toPayoutView(row: PayoutRow): Payout {
  return {
    id: row.id,
    beneficiaryType: row.beneficiaryType as Payout['beneficiaryType'],
    period: row.period,
    currency: row.currency,
    totalMinor: row.totalMinor,
    entries: row.entries,
    reference: row.reference,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function toPayoutDetail(db: Executor, row: PayoutRow): Promise<PayoutDetail> {
  const entries = await db
    .select()
    .from(incentiveLedger)
    .where(eq(incentiveLedger.payoutId, row.id))
    .orderBy(asc(incentiveLedger.earnedAt), asc(incentiveLedger.id));
  const lines = new Map<string, { entries: number; totalMinor: number }>();
  for (const entry of entries) {
    const key = beneficiaryKey(entry);
    const line = lines.get(key) ?? { entries: 0, totalMinor: 0 };
    line.entries += 1;
    line.totalMinor += entry.amountMinor;
    lines.set(key, line);
  }
  const names = await beneficiaryNames(db, lines.keys());
  return {
    ...toPayoutView(row),
    lines: [...lines.entries()]
      .map(([key, line]) => {
        const { beneficiaryType, id } = parseBeneficiary(key);
        return { beneficiaryType, beneficiaryId: id, beneficiaryName: names.get(key) ?? 'Unknown', ...line };
      })
      .sort((a, b) => a.beneficiaryName.localeCompare(b.beneficiaryName)),
  };
}
