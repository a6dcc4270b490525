import type { Schemas } from '../api/client';
import { formatNumber, humanize } from '../format';
import { formatMoney } from '../money';
import { metricKind } from './tier-metrics';

export type CriterionView = Schemas['TierProgress']['currentCriteria'][number];
export type TierDefinitionView = Schemas['TierDefinition'];
export type TierBenefits = TierDefinitionView['benefits'];

/** How far a criterion is, 0–100: a met or skipped one is full, otherwise value over required. */
export function criterionPercent(criterion: CriterionView): number {
  if (criterion.met || criterion.skipped || criterion.required <= 0) return 100;
  const value = Math.max(0, criterion.value ?? 0);
  return Math.min(99, Math.floor((100 * value) / criterion.required));
}

/** What is still missing, in the metric's own terms ("$7,400.00 more", "2 more"); null when met or skipped. */
export function criterionShortfall(criterion: CriterionView, currency: string): string | null {
  if (criterion.met || criterion.skipped) return null;
  const gap = criterion.required - (criterion.value ?? 0);
  if (gap <= 0) return null;
  switch (metricKind(criterion.metric)) {
    case 'money':
      return `${formatMoney(Math.ceil(gap), currency)} more`;
    case 'share':
      // Rounded first: 0.8 − 0.65 is 0.15000000000000002 in floating point.
      return `${formatNumber(Math.ceil(Number((gap * 1000).toFixed(6))) / 10)} points more`;
    case 'count':
      return `${formatNumber(Math.ceil(gap))} more`;
    default:
      return `${formatNumber(Math.round(gap * 100) / 100)} more`;
  }
}

/** How many criteria are met, of those that count (a skipped one counts as neither). */
export function criteriaSummary(criteria: readonly CriterionView[]): { met: number; counted: number } {
  const counted = criteria.filter((c) => !c.skipped);
  return { met: counted.filter((c) => c.met).length, counted: counted.length };
}

/** The overall progress to a tier: the mean of its criteria's progress (100 when it has none). */
export function overallPercent(criteria: readonly CriterionView[]): number {
  const counted = criteria.filter((c) => !c.skipped);
  if (counted.length === 0) return 100;
  return Math.floor(counted.reduce((sum, c) => sum + criterionPercent(c), 0) / counted.length);
}

/** Tiers from the entry tier up. */
export function tiersByRank<T extends { rank: number }>(tiers: readonly T[]): T[] {
  return [...tiers].sort((a, b) => a.rank - b.rank);
}

/** A tier's name from the program; a key the program no longer has reads as the key itself. */
export function tierName(tiers: readonly TierDefinitionView[], key: string | null | undefined): string {
  if (!key) return 'No tier';
  return tiers.find((tier) => tier.key === key)?.name ?? humanize(key);
}

/** Where a tier stands in the program (its position from the bottom), or -1 for no tier or an unknown key. */
export function tierPosition(tiers: readonly TierDefinitionView[], key: string | null | undefined): number {
  return key ? tiersByRank(tiers).findIndex((tier) => tier.key === key) : -1;
}

export type BenefitKey = keyof TierBenefits;

export const BENEFITS: { key: BenefitKey; label: string; format: (value: number) => string }[] = [
  { key: 'discountPercent', label: 'Discount', format: (v) => `${formatNumber(v)}%` },
  { key: 'protectionDays', label: 'Deal protection', format: (v) => `${formatNumber(v)} days` },
  { key: 'mdfSharePercent', label: 'MDF share', format: (v) => `${formatNumber(v)}%` },
  { key: 'leadPriorityWeight', label: 'Lead priority', format: (v) => `×${formatNumber(v)}` },
];

/** What moving from one tier's benefits to another's adds, per benefit ("+10%"); null where nothing changes. */
export function benefitGain(from: TierBenefits | null, to: TierBenefits, key: BenefitKey): string | null {
  const before = from?.[key] ?? 0;
  const delta = Math.round((to[key] - before) * 100) / 100;
  if (delta === 0 || !from) return null;
  const sign = delta > 0 ? '+' : '−';
  const size = formatNumber(Math.abs(delta));
  if (key === 'protectionDays') return `${sign}${size} days`;
  if (key === 'leadPriorityWeight') return `${sign}${size}`;
  return `${sign}${size} pts`;
}
