import { METRICS } from './metric-catalog.js';

const UNITS = new Map(METRICS.map((m) => [m.key as string, m.unit]));

/** Whole major units in the currency's own notation ("$8,000", "¥5,000"); minor units per Intl. */
function money(minor: number, currency: string): string {
  try {
    const digits =
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      minor / 10 ** digits,
    );
  } catch {
    return `${currency} ${(minor / 100).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
  }
}

/** A metric value as a person reads it, for the benchmark's sentences. */
export function describeMetric(currency: string): (metric: string, value: number | null) => string {
  return (metric, value) => {
    if (value === null) return 'none';
    switch (UNITS.get(metric)) {
      case 'money':
        return money(value, currency);
      case 'ratio':
        return `${Math.round(value * 1000) / 10}%`;
      case 'percent':
        return `${value}%`;
      case 'points':
        return `${value} points`;
      case 'days':
        return `${Math.round(value)} days`;
      case 'multiple':
        return `${Math.round(value * 100) / 100}×`;
      default:
        return String(Math.round(value * 10) / 10);
    }
  };
}
