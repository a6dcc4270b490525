/**
 * Statement periods: a month "2026-03" (what every ledger entry carries) or a quarter "2026-Q1"
 * (what approvals, payouts and statements may name; it covers its three months).
 */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface PeriodRange {
  /** First and last month of the period, inclusive ("2026-01", "2026-03"). */
  firstMonth: string;
  lastMonth: string;
  /** The instants it covers, [start, end). */
  start: Date;
  end: Date;
}

export function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

export function quarterOf(at: Date): string {
  return `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;
}

const monthKey = (year: number, monthIndex: number) => `${year}-${String(monthIndex + 1).padStart(2, '0')}`;

export function periodRange(period: string): PeriodRange {
  if (!PERIOD_PATTERN.test(period)) throw new Error(`Not a period: ${period}`);
  const year = Number(period.slice(0, 4));
  const quarter = period[5] === 'Q' ? Number(period.slice(6)) : null;
  const firstIndex = quarter ? (quarter - 1) * 3 : Number(period.slice(5)) - 1;
  const lastIndex = quarter ? firstIndex + 2 : firstIndex;
  return {
    firstMonth: monthKey(year, firstIndex),
    lastMonth: monthKey(year, lastIndex),
    start: new Date(Date.UTC(year, firstIndex, 1)),
    end: new Date(Date.UTC(year, lastIndex + 1, 1)),
  };
}

/** The quarter a month belongs to: caps count per beneficiary per calendar quarter. */
export function quarterOfMonth(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}
