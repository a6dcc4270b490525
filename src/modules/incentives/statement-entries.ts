import { and, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { incentiveLedger, incentivePayouts } from './incentives.table.js';
import { monthOf } from './ledger/periods.js';
import type { StatementEntry } from './ledger/statement.js';
import { beneficiaryKey } from './ledger-rows.js';

export interface KeyedStatementEntry extends StatementEntry {
  beneficiary: string;
}

/** Every entry of the beneficiaries selected, with the month its payout was made (light columns only). */
export async function loadStatementEntries(
  db: Executor,
  where: SQL | undefined,
): Promise<KeyedStatementEntry[]> {
  const rows = await db
    .select({
      beneficiaryType: incentiveLedger.beneficiaryType,
      partnerId: incentiveLedger.partnerId,
      userId: incentiveLedger.userId,
      entryType: incentiveLedger.entryType,
      amountMinor: incentiveLedger.amountMinor,
      currency: incentiveLedger.currency,
      period: incentiveLedger.period,
      paidAt: incentivePayouts.createdAt,
    })
    .from(incentiveLedger)
    .leftJoin(incentivePayouts, eq(incentivePayouts.id, incentiveLedger.payoutId))
    .where(and(where));
  return rows.map((row) => ({
    beneficiary: beneficiaryKey(row),
    entryType: row.entryType as StatementEntry['entryType'],
    amountMinor: row.amountMinor,
    currency: row.currency,
    period: row.period,
    paidMonth: row.paidAt ? monthOf(row.paidAt) : null,
  }));
}
