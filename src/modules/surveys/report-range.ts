import { invalidField } from '../../platform/errors.js';

export interface ReportRange {
  from: string;
  to: string;
  /** Half-open instants: [start, end). */
  start: Date;
  end: Date;
}

const DAY_MS = 86_400_000;

/** A range of whole UTC days; by default the 12 calendar months up to today. */
export function reportRange(
  now: Date,
  input: { from?: string | undefined; to?: string | undefined },
): ReportRange {
  const to = input.to ?? now.toISOString().slice(0, 10);
  const toDate = new Date(`${to}T00:00:00Z`);
  const from =
    input.from ??
    new Date(Date.UTC(toDate.getUTCFullYear(), toDate.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
  if (from > to) throw invalidField('from', 'must not be after to');
  return { from, to, start: new Date(`${from}T00:00:00Z`), end: new Date(toDate.getTime() + DAY_MS) };
}

/** Every calendar month ("2026-03") the range touches, in order. */
export function monthsOf(range: ReportRange): string[] {
  const months: string[] = [];
  const cursor = new Date(`${range.from.slice(0, 7)}-01T00:00:00Z`);
  while (cursor.toISOString().slice(0, 7) <= range.to.slice(0, 7)) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}
