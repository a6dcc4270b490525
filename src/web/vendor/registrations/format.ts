/** How many minor units a currency has (2 for USD, 0 for JPY); 2 when the code is unknown. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** An amount in minor units as money people read, e.g. "$250,000" or "EUR 1,200.50". */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const major = amountMinor / 10 ** digits;
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: Number.isInteger(major) ? 0 : digits,
      maximumFractionDigits: digits,
    }).format(major);
  } catch {
    return `${currency} ${major.toLocaleString('en', { maximumFractionDigits: digits })}`;
  }
}

/** Major units typed by a person (250000.5) to the API's integer minor units. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigits(currency));
}

/** The API's minor units to major units for an input. */
export function toMajor(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorDigits(currency);
}

const dayFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar date ("2027-01-23") as written, whatever the reader's time zone. */
export const formatDay = (date: string | null | undefined) =>
  date ? dayFormat.format(new Date(`${date.slice(0, 10)}T00:00:00Z`)) : '—';
