import type { FieldError, Schemas } from '../../shared/api/client';
import { numberOrNull } from '../../shared/form/values';
import { currencyExponent, isCurrencyCode, toMinorUnits } from '../../shared/money';
import {
  customKeyOf,
  customMetric,
  metricKind,
  STANDARD_TIER_METRICS,
} from '../../shared/tiers/tier-metrics';
import { BENEFITS, type BenefitKey, tiersByRank } from '../../shared/tiers/tier-progress';

const BENEFIT_KEYS = BENEFITS.map((b) => b.key);

export type TierProgram = Schemas['TierProgram'];
export type TierProgramBody = Schemas['ReplaceTierProgram'];

/** NumberInput gives '' when empty, so numbers are held as typed. */
type NumberField = number | string;

/** The value of the metric select for a program's own metric; its key is typed beside it. */
export const CUSTOM = 'custom';

export interface CriterionDraft {
  uid: string;
  /** A standard metric, or CUSTOM. */
  metric: string;
  customKey: string;
  /** In the unit a person types: major currency units for revenue, percent for PSAT. */
  threshold: NumberField;
}

export interface TierDraft {
  uid: string;
  /** The key the saved program knows this tier by; null for a tier added in this draft. */
  savedKey: string | null;
  key: string;
  /** Once the key is typed, renaming the tier no longer changes it. */
  keyEdited: boolean;
  name: string;
  criteria: CriterionDraft[];
  benefits: Record<BenefitKey, NumberField>;
}

export interface RateDraft {
  uid: string;
  currency: string;
  rate: NumberField;
}

export interface ProgramDraft {
  demotionGraceDays: NumberField;
  promotionNeedsApproval: boolean;
  currency: string;
  rates: RateDraft[];
  /** From the entry tier up; the position is the rank. */
  tiers: TierDraft[];
}

let sequence = 0;
const uid = () => `draft-${++sequence}`;

/** The threshold a person edits, from the stored minimum. */
export function thresholdOf(metric: string, min: number, currency: string): number {
  const kind = metricKind(metric);
  if (kind === 'money') return min / 10 ** currencyExponent(currency);
  if (kind === 'share') return Math.round(min * 100 * 1e6) / 1e6;
  return min;
}

export function draftFrom(program: TierProgram): ProgramDraft {
  return {
    demotionGraceDays: program.demotionGraceDays,
    promotionNeedsApproval: program.promotionNeedsApproval,
    currency: program.currency,
    rates: Object.entries(program.exchangeRates)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, rate]) => ({ uid: uid(), currency, rate })),
    tiers: tiersByRank(program.tiers).map((tier) => ({
      uid: uid(),
      savedKey: tier.key,
      key: tier.key,
      keyEdited: true,
      name: tier.name,
      criteria: tier.criteria.map((criterion) => {
        const custom = customKeyOf(criterion.metric);
        return {
          uid: uid(),
          metric: custom === null ? criterion.metric : CUSTOM,
          customKey: custom ?? '',
          threshold: thresholdOf(criterion.metric, criterion.min, program.currency),
        };
      }),
      benefits: { ...tier.benefits },
    })),
  };
}

/** A tier key from its name: "Gold Plus" → "gold-plus" (lower case, starting with a letter). */
export function keyFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export const metricOf = (criterion: CriterionDraft) =>
  criterion.metric === CUSTOM ? customMetric(criterion.customKey.trim()) : criterion.metric;

const CUSTOM_KEY = /^[a-z0-9_-]{1,40}$/;

interface Built {
  body: TierProgramBody;
  /** What the API could not tell apart or would word less helpfully, at the API's own field paths. */
  problems: FieldError[];
}

/** The body of `PUT /api/tiers`, in the draft's order, so the API's "tiers.2.…" errors point at the right card. */
export function bodyFrom(draft: ProgramDraft): Built {
  const problems: FieldError[] = [];
  const currency = draft.currency.trim().toUpperCase();
  /** An empty number is named here; the API would only say it expected a number. */
  const num = (value: NumberField, field: string) => {
    const n = numberOrNull(value);
    if (n === null) problems.push({ field, message: 'Enter a number' });
    return n ?? 0;
  };

  const tiers = draft.tiers.map((tier, i) => ({
    key: tier.key.trim(),
    name: tier.name.trim(),
    rank: i + 1,
    criteria: tier.criteria.map((criterion, j) => {
      const path = `tiers.${i}.criteria.${j}`;
      const metric = metricOf(criterion);
      if (criterion.metric === CUSTOM && !CUSTOM_KEY.test(criterion.customKey.trim())) {
        problems.push({
          field: `${path}.metric`,
          message: 'Name the custom metric with a lower-case key such as joint-webinars',
        });
      }
      return { metric, min: minOf(criterion, currency, `${path}.min`, problems) };
    }),
    benefits: Object.fromEntries(
      BENEFIT_KEYS.map((key) => [key, num(tier.benefits[key], `tiers.${i}.benefits.${key}`)]),
    ) as Record<BenefitKey, number>,
  }));

  const exchangeRates: Record<string, number> = {};
  draft.rates.forEach((row, k) => {
    const code = row.currency.trim().toUpperCase();
    if (code === '' && numberOrNull(row.rate) === null) return;
    const field = `exchangeRates.#${k}`;
    if (!isCurrencyCode(code)) problems.push({ field, message: 'Use a three-letter code such as EUR' });
    else if (code === currency) problems.push({ field, message: `${code} is the program currency` });
    else if (code in exchangeRates) problems.push({ field, message: `${code} is listed twice` });
    else exchangeRates[code] = num(row.rate, `exchangeRates.${code}`);
  });

  return {
    body: {
      demotionGraceDays: num(draft.demotionGraceDays, 'demotionGraceDays'),
      promotionNeedsApproval: draft.promotionNeedsApproval,
      currency,
      exchangeRates,
      tiers,
    },
    problems,
  };
}

function minOf(criterion: CriterionDraft, currency: string, field: string, problems: FieldError[]): number {
  const value = numberOrNull(criterion.threshold);
  if (value === null) {
    problems.push({ field, message: 'Enter the least value that meets this criterion' });
    return 0;
  }
  const kind = metricKind(criterion.metric);
  if (kind === 'money') {
    const minor = toMinorUnits(criterion.threshold, isCurrencyCode(currency) ? currency : 'USD');
    if (minor.ok) return minor.amountMinor;
    problems.push({ field, message: minor.message });
    return 0;
  }
  if (kind === 'share') {
    if (value > 100) problems.push({ field, message: 'PSAT is a share of at most 100%' });
    return Math.round(value * 1e4) / 1e6;
  }
  return value;
}

/** A draft without the editor's own bookkeeping, to tell whether anything changed. */
const comparable = (draft: ProgramDraft) =>
  JSON.stringify({
    ...draft,
    rates: draft.rates.map(({ currency, rate }) => ({ currency, rate })),
    tiers: draft.tiers.map(({ key, name, criteria, benefits }) => ({
      key,
      name,
      benefits,
      criteria: criteria.map(({ metric, customKey, threshold }) => ({ metric, customKey, threshold })),
    })),
  });

export const sameDraft = (a: ProgramDraft, b: ProgramDraft) => comparable(a) === comparable(b);

export function moveTier(tiers: TierDraft[], index: number, delta: -1 | 1): TierDraft[] {
  const target = index + delta;
  if (target < 0 || target >= tiers.length) return tiers;
  const next = [...tiers];
  const [tier] = next.splice(index, 1);
  next.splice(target, 0, tier!);
  return next;
}

/** A new tier above the others, starting from the top tier's benefits. */
export function addTier(tiers: TierDraft[]): TierDraft[] {
  const top = tiers[tiers.length - 1];
  return [
    ...tiers,
    {
      uid: uid(),
      savedKey: null,
      key: '',
      keyEdited: false,
      name: '',
      criteria: [],
      benefits: top
        ? { ...top.benefits }
        : { discountPercent: 0, protectionDays: 60, mdfSharePercent: 0, leadPriorityWeight: 1 },
    },
  ];
}

export function renameTier(tier: TierDraft, name: string): TierDraft {
  return { ...tier, name, key: tier.keyEdited ? tier.key : keyFromName(name) };
}

/** A new criterion on the first standard metric the tier does not use yet. */
export function addCriterion(tier: TierDraft): TierDraft {
  const used = new Set(tier.criteria.map((c) => c.metric));
  const metric = STANDARD_TIER_METRICS.find((m) => !used.has(m)) ?? CUSTOM;
  return { ...tier, criteria: [...tier.criteria, { uid: uid(), metric, customKey: '', threshold: '' }] };
}

export const newRate = (): RateDraft => ({ uid: uid(), currency: '', rate: '' });
