import { z } from 'zod';

export const ZCurrency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD or EUR');

/** An amount in minor units (cents); the largest value stays exact in a JavaScript number. */
export const ZAmountMinor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

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

/** "USD 250,000.00" — unambiguous in any locale, for reasons and notices people read. */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const major = amountMinor / 10 ** digits;
  const text = major.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${currency} ${text}`;
}
