import { monthOf, quarterOf } from '../ledger/periods.js';
import type { ExchangeRates } from './convert-currency.js';
import { applyQuarterCap, type EarningFact, type EarningRule, earn } from './earning-rules.js';

export interface PlannedAccrual {
  rule: EarningRule;
  fact: EarningFact;
  /** "partner:<id>" or "rep:<id>". */
  beneficiary: string;
  sourceKey: string;
  amountMinor: number;
  description: string;
  period: string;
  capped: boolean;
}

export interface SkippedEarning {
  rule: EarningRule;
  fact: EarningFact;
  reason: string;
}

export interface AccrualPlan {
  accruals: PlannedAccrual[];
  skipped: SkippedEarning[];
}

export function beneficiaryOf(fact: Pick<EarningFact, 'beneficiaryType' | 'partnerId' | 'userId'>): string {
  return fact.beneficiaryType === 'partner' ? `partner:${fact.partnerId}` : `rep:${fact.userId}`;
}

/** One rule earns once per beneficiary and source, however often the event is read. */
export function sourceKeyOf(rule: EarningRule, fact: EarningFact): string {
  return `${rule.id}:${beneficiaryOf(fact)}:${fact.sourceType}:${fact.sourceId}`;
}

export function capKey(ruleId: string, beneficiary: string, quarter: string): string {
  return `${ruleId}|${beneficiary}|${quarter}`;
}

/**
 * What the rules earn on the facts, oldest first: each matching rule's amount, cut to what is left of
 * its quarterly cap for the beneficiary (`capUsed` holds what was already earned; it is updated as the
 * plan goes). Facts whose key is in `alreadyEarned` are left out, so a replay changes nothing.
 */
export function planAccruals(
  rules: readonly EarningRule[],
  facts: readonly EarningFact[],
  rates: ExchangeRates,
  capUsed: Map<string, number>,
  alreadyEarned: ReadonlySet<string> = new Set(),
): AccrualPlan {
  const plan: AccrualPlan = { accruals: [], skipped: [] };
  const ordered = [...facts].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const fact of ordered) {
    for (const rule of rules) {
      if (rule.trigger !== fact.trigger) continue;
      const sourceKey = sourceKeyOf(rule, fact);
      if (alreadyEarned.has(sourceKey)) continue;
      const earning = earn(rule, fact, rates);
      if (!earning.earns) {
        if (earning.skipped) plan.skipped.push({ rule, fact, reason: earning.reason });
        continue;
      }
      const beneficiary = beneficiaryOf(fact);
      const key = capKey(rule.id, beneficiary, quarterOf(fact.occurredAt));
      const used = capUsed.get(key) ?? 0;
      const capped = applyQuarterCap(earning.amountMinor, rule.capPerQuarterMinor, used, rule.currency);
      if (capped.amountMinor <= 0) {
        plan.skipped.push({ rule, fact, reason: capped.cut ?? 'nothing left under the quarterly cap' });
        continue;
      }
      capUsed.set(key, used + capped.amountMinor);
      plan.accruals.push({
        rule,
        fact,
        beneficiary,
        sourceKey,
        amountMinor: capped.amountMinor,
        description: `${rule.name}: ${earning.explanation}${capped.cut ? `; ${capped.cut}` : ''}`,
        period: monthOf(fact.occurredAt),
        capped: capped.cut !== null,
      });
    }
  }
  return plan;
}
