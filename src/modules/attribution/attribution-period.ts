import { invalidField } from '../../platform/errors.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The half-open period [from, to) of ISO dates as UTC instants. */
export function attributionPeriod(from: string, to: string): { start: Date; end: Date } {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  if (!DATE.test(from) || Number.isNaN(start.getTime()))
    throw invalidField('from', 'must be a date YYYY-MM-DD');
  if (!DATE.test(to) || Number.isNaN(end.getTime())) throw invalidField('to', 'must be a date YYYY-MM-DD');
  if (start >= end) throw invalidField('to', 'must be after from');
  return { start, end };
}

export function checkHalfLife(halfLifeDays: number): number {
  if (!(halfLifeDays > 0) || halfLifeDays > 3650) {
    throw invalidField('halfLifeDays', 'must be more than 0 and at most 3650 days');
  }
  return halfLifeDays;
}

const DAY_MS = 86_400_000;

/** The period asked for, or by default the 12 calendar months up to and including today. */
export function periodOrDefault(
  now: Date,
  input: { from?: string | undefined; to?: string | undefined },
): { from: string; to: string } {
  const to = input.to ?? new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  const last = new Date(new Date(`${to}T00:00:00Z`).getTime() - DAY_MS);
  const from =
    input.from ??
    new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
  return { from, to };
}
