import type {
  AmountType,
  EarningRule,
  IncentiveKind,
  IncentiveTrigger,
  RuleConditions,
} from './earning/earning-rules.js';
import type { IncentiveRule } from './incentives.schemas.js';
import type { incentiveRules } from './incentives.table.js';

export type RuleRow = typeof incentiveRules.$inferSelect;

export function toEarningRule(row: RuleRow): EarningRule {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as IncentiveKind,
    trigger: row.trigger as IncentiveTrigger,
    conditions: row.conditions as RuleConditions,
    amountType: row.amountType as AmountType,
    amountValue: row.amountValue,
    currency: row.currency,
    capPerQuarterMinor: row.capPerQuarterMinor,
    active: row.active,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
  };
}

export function toRuleView(row: RuleRow, entries: number): IncentiveRule {
  return {
    ...toEarningRule(row),
    conditions: row.conditions as IncentiveRule['conditions'],
    entries,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
