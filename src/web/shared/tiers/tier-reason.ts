import { formatMetricValue, metricLabel } from './tier-metrics';
import { type TierDefinitionView, tierName } from './tier-progress';

const SHORTFALL = String.raw`((?:custom:)?[A-Za-z][\w-]*) (-?\d+(?:\.\d+)?) < (-?\d+(?:\.\d+)?)`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The evaluation's reason as a person reads it: "sourcedRevenueMinor 0 < 25000000" becomes
 * "Sourced revenue $0.00 of $250,000.00" and tier keys become the tiers' names. One pass, so a tier key
 * inside a metric ("custom:gold") is left to the metric.
 */
export function readableTierReason(
  reason: string,
  tiers: readonly TierDefinitionView[],
  currency: string,
): string {
  const keys = tiers.map((t) => escapeRegExp(t.key)).join('|');
  const pattern = new RegExp(`\\b(?:${SHORTFALL}${keys ? `|(${keys})\\b` : ''})`, 'g');
  return reason.replace(
    pattern,
    (match, metric?: string, value?: string, required?: string, key?: string) => {
      if (key) return tierName(tiers, key);
      if (!metric || value === undefined || required === undefined) return match;
      const shown = (n: string) => formatMetricValue(metric, Number(n), currency);
      return `${metricLabel(metric)} ${shown(value)} of ${shown(required)}`;
    },
  );
}
