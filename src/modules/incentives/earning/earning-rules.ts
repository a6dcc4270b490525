import { formatMoney } from '../../../platform/money/money.js';
import { convertMinor, type ExchangeRates } from './convert-currency.js';

export const INCENTIVE_KINDS = ['partner_rebate', 'partner_bonus', 'rep_reward'] as const;
export type IncentiveKind = (typeof INCENTIVE_KINDS)[number];

/**
 * What earns: a certificate issued, a won deal the partner sourced, a won deal the partner co-sold
 * (any other role), a won deal on an account that had been won before (a renewal or expansion), and
 * the vendor rep credited on a deal won with partners.
 */
export const INCENTIVE_TRIGGERS = [
  'certification',
  'sourced_deal',
  'co_sell_win',
  'renewal',
  'rep_co_sell',
] as const;
export type IncentiveTrigger = (typeof INCENTIVE_TRIGGERS)[number];

export const AMOUNT_TYPES = ['fixed', 'percent'] as const;
export type AmountType = (typeof AMOUNT_TYPES)[number];

export interface RuleConditions {
  partnerTypes?: string[] | undefined;
  tiers?: string[] | undefined;
  productLines?: string[] | undefined;
  /** In the rule's currency; deals in another currency are converted first. */
  minAmountMinor?: number | undefined;
  /** Deal currencies that count. */
  currencies?: string[] | undefined;
  /** For co-sell wins: which roles count (default every role but sourcing). */
  dealRoles?: string[] | undefined;
  /** For certifications: whether a renewed certificate earns again (default false). */
  includeRenewals?: boolean | undefined;
}

export interface EarningRule {
  id: string;
  name: string;
  kind: IncentiveKind;
  trigger: IncentiveTrigger;
  conditions: RuleConditions;
  amountType: AmountType;
  /** Minor units (fixed) or basis points of the deal amount (percent). */
  amountValue: number;
  currency: string;
  capPerQuarterMinor: number | null;
  active: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** One chance to earn: a beneficiary and what it did, read from a domain event. */
export interface EarningFact {
  trigger: IncentiveTrigger;
  beneficiaryType: 'partner' | 'rep';
  partnerId: string | null;
  userId: string | null;
  sourceType: 'deal' | 'certificate';
  sourceId: string;
  occurredAt: Date;
  /** Deal amount and currency (deal triggers). */
  amountMinor: number | null;
  currency: string | null;
  productLines: string[];
  /** The partner's type and tier when it happened (for a rep: those of the deal's partners). */
  partnerTypes: string[];
  partnerTiers: string[];
  dealRole: string | null;
  renewal: boolean;
  /** "deal Northwind renewal (USD 12,000.00)", "certificate Security Specialist". */
  label: string;
}

export type Earning =
  | { earns: true; amountMinor: number; explanation: string }
  | { earns: false; reason: string; skipped: boolean };

const miss = (reason: string): Earning => ({ earns: false, reason, skipped: false });
const overlaps = (wanted: string[] | undefined, have: readonly string[]) =>
  !wanted?.length || wanted.some((value) => have.includes(value));

/** Whether a rule earns on a fact, and how much before any cap; `skipped` marks a currency it cannot convert. */
export function earn(rule: EarningRule, fact: EarningFact, rates: ExchangeRates): Earning {
  const c = rule.conditions;
  const day = fact.occurredAt.toISOString().slice(0, 10);
  if (rule.trigger !== fact.trigger) return miss('another trigger');
  if (!rule.active) return miss('the rule is inactive');
  if (day < rule.effectiveFrom || (rule.effectiveTo !== null && day > rule.effectiveTo))
    return miss('outside the rule’s effective dates');
  if (!overlaps(c.partnerTypes, fact.partnerTypes)) return miss('partner type');
  if (!overlaps(c.tiers, fact.partnerTiers)) return miss('tier');
  if (fact.trigger === 'certification' && fact.renewal && !c.includeRenewals) return miss('a renewal');
  if (fact.trigger === 'co_sell_win' && c.dealRoles?.length && !c.dealRoles.includes(fact.dealRole ?? ''))
    return miss('deal role');
  if (fact.sourceType === 'certificate') {
    if (rule.amountType !== 'fixed') return miss('a percent rule needs a deal amount');
    return { earns: true, amountMinor: rule.amountValue, explanation: fact.label };
  }
  if (!overlaps(c.productLines, fact.productLines)) return miss('product line');
  if (c.currencies?.length && !c.currencies.includes(fact.currency ?? '')) return miss('currency');
  if (rule.amountType === 'fixed' && c.minAmountMinor === undefined)
    return { earns: true, amountMinor: rule.amountValue, explanation: fact.label };
  const amount = fact.amountMinor ?? 0;
  const dealCurrency = fact.currency ?? rule.currency;
  const converted = convertMinor(amount, dealCurrency, rule.currency, rates);
  if (converted === null)
    return {
      earns: false,
      skipped: true,
      reason: `no exchange rate from ${dealCurrency} to ${rule.currency} in the tier program`,
    };
  if (c.minAmountMinor !== undefined && converted < c.minAmountMinor)
    return miss(`below the minimum of ${formatMoney(c.minAmountMinor, rule.currency)}`);
  if (rule.amountType === 'fixed')
    return { earns: true, amountMinor: rule.amountValue, explanation: fact.label };
  const amountMinor = Number((BigInt(converted) * BigInt(rule.amountValue) + 5000n) / 10000n);
  const of = dealCurrency === rule.currency ? '' : ` (${formatMoney(converted, rule.currency)})`;
  return {
    earns: true,
    amountMinor,
    explanation: `${(rule.amountValue / 100).toFixed(2)}% of ${fact.label}${of}`,
  };
}

export interface CappedAmount {
  amountMinor: number;
  /** Why it was cut, for the entry's description; null when it was not. */
  cut: string | null;
}

/** Cuts an accrual to what is left of the rule's cap for the beneficiary in the quarter. */
export function applyQuarterCap(
  amountMinor: number,
  capMinor: number | null,
  earnedInQuarterMinor: number,
  currency: string,
): CappedAmount {
  if (capMinor === null) return { amountMinor, cut: null };
  const left = Math.max(0, capMinor - earnedInQuarterMinor);
  if (amountMinor <= left) return { amountMinor, cut: null };
  return {
    amountMinor: left,
    cut: `cut from ${formatMoney(amountMinor, currency)} to ${formatMoney(left, currency)} by the quarterly cap of ${formatMoney(capMinor, currency)}`,
  };
}
