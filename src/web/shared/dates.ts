/** Calendar dates (YYYY-MM-DD, as the API sends them) and the instants around them, in the user's time zone. */

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the user's time zone as YYYY-MM-DD, the form of the API's calendar dates. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date some days from today, YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return todayIso(date);
}

const dayFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/**
 * A calendar date (YYYY-MM-DD) as "Mar 4, 2026", read as that day wherever the user is (parsing it
 * with new Date() would take it as UTC midnight and show the day before west of Greenwich).
 */
export function formatDay(date: string | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return date;
  return dayFormat.format(new Date(y, m - 1, d));
}

/** A calendar date typed in a date input, as the instant the API stores: now for today, else local noon. */
export function dayToInstant(date: string): string {
  // A minute back, so a browser clock slightly ahead of the server never records a touch "in the future".
  if (date === todayIso()) return new Date(Date.now() - 60_000).toISOString();
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12).toISOString();
}

/** The end of a calendar date in the user's time zone, as an instant (an offer expires then). */
export function endOfDayInstant(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 23, 59, 59).toISOString();
}

/** An instant as the user's calendar date, YYYY-MM-DD. */
export const instantToDay = (iso: string) => todayIso(new Date(iso));
