import { minorDigits } from '../../../platform/money/money.js';

/** The tier program's rates: units of its currency per unit of each other currency. */
export interface ExchangeRates {
  currency: string;
  exchangeRates: Record<string, number>;
}

/**
 * Converts an amount between currencies through the tier program's rates (the program's one table of
 * exchange rates), minding each currency's minor digits. Null when a rate is missing: the caller skips
 * the event with that reason rather than guess.
 */
export function convertMinor(
  amountMinor: number,
  from: string,
  to: string,
  rates: ExchangeRates,
): number | null {
  if (from === to) return amountMinor;
  const rate = (currency: string) =>
    currency === rates.currency ? 1 : (rates.exchangeRates[currency] ?? undefined);
  const fromRate = rate(from);
  const toRate = rate(to);
  if (fromRate === undefined || toRate === undefined || toRate <= 0) return null;
  const major = (amountMinor / 10 ** minorDigits(from)) * (fromRate / toRate);
  return Math.round(major * 10 ** minorDigits(to));
}
