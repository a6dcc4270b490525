import { invalidField } from '../../platform/errors.js';

const DAY_MS = 86_400_000;

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** A longer period would make the trailing comparison and the monthly series meaningless. */
const MAX_PERIOD_DAYS = 3 * 366;

export interface ScorecardPeriod {
  from: Date;
  to: Date;
  /** The period of equal length just before, for the trend. */
  previousFrom: Date;
}

/** The period asked for, or by default the last twelve calendar months, this one included. */
export function periodInput(
  input: { from?: string | undefined; to?: string | undefined },
  now: Date,
): { from: string; to: string } {
  const to = input.to ?? isoDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)));
  const end = new Date(`${to}T00:00:00Z`);
  const from =
    input.from ??
    (Number.isNaN(end.getTime())
      ? to
      : isoDay(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 12, end.getUTCDate()))));
  return { from, to };
}

export function scorecardPeriod(input: { from: string; to: string }): ScorecardPeriod {
  const from = new Date(`${input.from}T00:00:00Z`);
  const to = new Date(`${input.to}T00:00:00Z`);
  if (Number.isNaN(from.getTime())) throw invalidField('query.from', 'is not a date');
  if (Number.isNaN(to.getTime())) throw invalidField('query.to', 'is not a date');
  if (to <= from) throw invalidField('query.to', 'must be after from');
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS)
    throw invalidField('query.to', 'the period may span at most three years');
  return { from, to, previousFrom: new Date(from.getTime() - (to.getTime() - from.getTime())) };
}

export function periodsOf(period: ScorecardPeriod) {
  return {
    period: { from: isoDay(period.from), to: isoDay(period.to) },
    previousPeriod: { from: isoDay(period.previousFrom), to: isoDay(period.from) },
  };
}
