/**
 * Money in the API is an integer amount of minor units plus an ISO 4217 currency. How many minor
 * units make one major unit depends on the currency (USD 2, JPY 0, KWD 3); Intl knows each exponent.
 */

const exponents = new Map<string, number>();

/** The number of decimals of a currency, from Intl; 2 for a code Intl does not know. */
export function currencyExponent(currency: string): number {
  const cached = exponents.get(currency);
  if (cached !== undefined) return cached;
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
  } catch {
    // not a currency code Intl knows
  }
  exponents.set(currency, digits);
  return digits;
}

/** "$250,000.00", "€1,200.50", "¥5,000": an amount in minor units shown in its own currency. */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = currencyExponent(currency);
  const major = amountMinor / 10 ** digits;
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(major);
  } catch {
    return `${currency} ${major.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
  }
}

/** A short amount for chart axes: "$1.2M", "€350K". */
export function formatMoneyCompact(amountMinor: number, currency: string): string {
  const major = amountMinor / 10 ** currencyExponent(currency);
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(major);
  } catch {
    return `${currency} ${major.toLocaleString('en', { notation: 'compact', maximumFractionDigits: 1 })}`;
  }
}

/** Minor units as the major-unit text an input shows (12345 USD → "123.45"). */
export function toMajorText(amountMinor: number, currency: string): string {
  const digits = currencyExponent(currency);
  const whole = Math.floor(amountMinor / 10 ** digits);
  const fraction = digits ? String(amountMinor % 10 ** digits).padStart(digits, '0') : '';
  return fraction && Number(fraction) !== 0 ? `${whole}.${fraction}` : String(whole);
}

export type MinorUnitsResult = { ok: true; amountMinor: number } | { ok: false; message: string };

/**
 * Major units as typed ("250000", "1,200.50") to whole minor units of the currency, refusing what the
 * currency cannot hold (a third decimal in USD, any decimal in JPY) rather than rounding it away.
 */
export function toMinorUnits(value: string | number, currency: string): MinorUnitsResult {
  const digits = currencyExponent(currency);
  const text =
    typeof value === 'number'
      ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
      : value.trim().replace(/,/g, '');
  if (text === '') return { ok: false, message: 'Enter an amount' };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === '' && !match[2]))
    return { ok: false, message: 'Enter an amount such as 25000' };
  const whole = match[1] || '0';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} amounts have no decimals`
          : `${currency} amounts have at most ${digits} decimal${digits === 1 ? '' : 's'}`,
    };
  }
  const amountMinor = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(amountMinor)) return { ok: false, message: 'This amount is too large' };
  return { ok: true, amountMinor };
}

const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'CHF', 'SEK', 'INR', 'BRL', 'SGD'];

let currencyCodes: string[] | null = null;

/** Every ISO 4217 currency this browser knows, common ones first, for a searchable picker. */
export function currencyOptions(): string[] {
  if (currencyCodes) return currencyCodes;
  let all: string[];
  try {
    all = Intl.supportedValuesOf('currency');
  } catch {
    all = [];
  }
  currencyCodes = [...COMMON_CURRENCIES, ...all.filter((code) => !COMMON_CURRENCIES.includes(code))];
  return currencyCodes;
}

export const isCurrencyCode = (value: string) => /^[A-Z]{3}$/.test(value);
