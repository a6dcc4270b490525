import type { TierProgram } from './tiers.schemas.js';

/** Sums amounts by currency into the program currency; a currency without a rate is left out and named. */
export function toProgramCurrency(
  byCurrency: Record<string, number>,
  program: Pick<TierProgram, 'currency' | 'exchangeRates'>,
  unconverted: Set<string>,
): number {
  let total = 0;
  for (const [currency, amount] of Object.entries(byCurrency)) {
    const rate = currency === program.currency ? 1 : program.exchangeRates[currency];
    if (rate === undefined) unconverted.add(currency);
    else total += Math.round(amount * rate);
  }
  return total;
}
