/** Statement periods the pickers offer: recent months and quarters, newest first (YYYY-MM, YYYY-Qn). */
export function recentPeriods(now = new Date(), months = 24): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  const seenQuarters = new Set<string>();
  for (let back = 0; back < months; back++) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const year = date.getUTCFullYear();
    const quarter = `${year}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
    if (!seenQuarters.has(quarter)) {
      seenQuarters.add(quarter);
      options.push({ value: quarter, label: `${quarter.slice(5)} ${year} (quarter)` });
    }
    const month = date.toISOString().slice(0, 7);
    options.push({
      value: month,
      label: date.toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    });
  }
  return options;
}

export function currentMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}

export function currentQuarter(now = new Date()): string {
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

/** The quarter before the current one: what finance usually approves and pays. */
export function previousQuarter(now = new Date()): string {
  return currentQuarter(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1)));
}
