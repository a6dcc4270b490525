import type { EntryType } from './ledger-kernel.js';

/** What a statement needs of an entry: its month, and the month of the payout that paid it, if any. */
export interface StatementEntry {
  entryType: EntryType;
  amountMinor: number;
  currency: string;
  period: string;
  paidMonth: string | null;
}

export interface StatementTotals {
  currency: string;
  /** Owed to the beneficiary at the start: everything earned before, less everything paid before. */
  openingMinor: number;
  earnedMinor: number;
  /** Reversals made in the period (negative). */
  reversedMinor: number;
  adjustedMinor: number;
  paidMinor: number;
  /** opening + earned + reversed + adjusted − paid. */
  closingMinor: number;
}

/**
 * A beneficiary's statement for the months [firstMonth, lastMonth], one set of totals per currency.
 * Months compare as strings (YYYY-MM). A negative closing balance is a clawback carried forward.
 */
export function statementTotals(
  entries: readonly StatementEntry[],
  firstMonth: string,
  lastMonth: string,
): StatementTotals[] {
  const byCurrency = new Map<string, StatementTotals>();
  const totalsOf = (currency: string) => {
    let totals = byCurrency.get(currency);
    if (!totals) {
      totals = {
        currency,
        openingMinor: 0,
        earnedMinor: 0,
        reversedMinor: 0,
        adjustedMinor: 0,
        paidMinor: 0,
        closingMinor: 0,
      };
      byCurrency.set(currency, totals);
    }
    return totals;
  };
  for (const entry of entries) {
    if (entry.period > lastMonth && (entry.paidMonth === null || entry.paidMonth > lastMonth)) continue;
    const totals = totalsOf(entry.currency);
    if (entry.period < firstMonth) totals.openingMinor += entry.amountMinor;
    else if (entry.period <= lastMonth) {
      if (entry.entryType === 'accrual') totals.earnedMinor += entry.amountMinor;
      else if (entry.entryType === 'reversal') totals.reversedMinor += entry.amountMinor;
      else totals.adjustedMinor += entry.amountMinor;
    }
    if (entry.paidMonth !== null) {
      if (entry.paidMonth < firstMonth) totals.openingMinor -= entry.amountMinor;
      else if (entry.paidMonth <= lastMonth) totals.paidMinor += entry.amountMinor;
    }
  }
  for (const totals of byCurrency.values()) {
    totals.closingMinor =
      totals.openingMinor +
      totals.earnedMinor +
      totals.reversedMinor +
      totals.adjustedMinor -
      totals.paidMinor;
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
