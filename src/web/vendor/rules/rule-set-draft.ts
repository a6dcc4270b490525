import type { FieldError } from '../../shared/api/client';
import { numberOrNull } from '../../shared/form/values';
import { currencyExponent } from '../../shared/money';

const toMajor = (amountMinor: number, currency: string) => amountMinor / 10 ** currencyExponent(currency);
const toMinor = (major: number, currency: string) => Math.round(major * 10 ** currencyExponent(currency));

import { DEFAULT_RULES, RULE_IDS, type Rule, type RuleId, type RuleSetConfig } from './rule-info';

type NumberField = number | string;

/** One rule as the editor holds it: numbers as typed (NumberInput gives '' when empty). */
export type RuleDraft =
  | { id: 'direct-opportunity'; enabled: boolean; lookbackDays: NumberField; productLineCoexistence: boolean }
  | { id: 'partner-conflict'; enabled: boolean; sameProductLineOnly: boolean }
  | { id: 'fuzzy-account-review'; enabled: boolean }
  | { id: 'new-account'; enabled: boolean }
  | { id: 'auto-approve'; enabled: boolean; maxAmount: NumberField; noLimit: boolean; currency: string };

export const TIERS = ['silver', 'gold', 'platinum', 'untiered'] as const;
export type Tier = (typeof TIERS)[number];

export interface ConfigDraft {
  rules: RuleDraft[];
  protectionDays: Record<Tier, NumberField>;
  extensionDays: NumberField;
  activityWithinDays: NumberField;
  reminderDaysBefore: NumberField;
}

function ruleDraft(rule: Rule): RuleDraft {
  if (rule.id === 'auto-approve') {
    return {
      id: rule.id,
      enabled: rule.enabled,
      noLimit: rule.maxAmountMinor === null,
      maxAmount: rule.maxAmountMinor === null ? '' : toMajor(rule.maxAmountMinor, rule.currency),
      currency: rule.currency,
    };
  }
  return { ...rule } as RuleDraft;
}

/**
 * The editor's state from a saved config. Every rule appears once: a rule a version left out is
 * added at the end, switched off, so it can be turned on and placed.
 */
export function draftFrom(config: RuleSetConfig): ConfigDraft {
  const present = new Set(config.rules.map((r) => r.id));
  const missing = RULE_IDS.filter((id) => !present.has(id)).map((id) => ({
    ...DEFAULT_RULES[id],
    enabled: false,
  }));
  return {
    rules: [...config.rules, ...missing].map(ruleDraft),
    protectionDays: { ...config.protectionDays },
    extensionDays: config.extension.days,
    activityWithinDays: config.extension.activityWithinDays,
    reminderDaysBefore: config.reminderDaysBefore,
  };
}

/** An empty number goes to the API as null, so the API names the field that needs a value. */
const num = (value: NumberField) => numberOrNull(value) as number;

function ruleFrom(draft: RuleDraft): Rule {
  if (draft.id === 'direct-opportunity') return { ...draft, lookbackDays: num(draft.lookbackDays) };
  if (draft.id === 'auto-approve') {
    const currency = draft.currency.trim().toUpperCase();
    const major = numberOrNull(draft.maxAmount);
    return {
      id: draft.id,
      enabled: draft.enabled,
      currency,
      maxAmountMinor: draft.noLimit || major === null ? null : toMinor(major, currency),
    };
  }
  return { ...draft };
}

/** The config to send, in the editor's order (so the API's "config.rules.2.…" errors point at the right card). */
export function configFrom(draft: ConfigDraft): RuleSetConfig {
  const protectionDays = Object.fromEntries(TIERS.map((t) => [t, num(draft.protectionDays[t])])) as Record<
    Tier,
    number
  >;
  return {
    rules: draft.rules.map(ruleFrom),
    protectionDays,
    extension: { days: num(draft.extensionDays), activityWithinDays: num(draft.activityWithinDays) },
    reminderDaysBefore: num(draft.reminderDaysBefore),
  };
}

/** What the API cannot tell apart: a blank limit would read as "no limit", so it is asked for here. */
export function localErrors(draft: ConfigDraft): FieldError[] {
  const errors: FieldError[] = [];
  draft.rules.forEach((rule, index) => {
    if (rule.id !== 'auto-approve') return;
    if (!rule.noLimit && numberOrNull(rule.maxAmount) === null)
      errors.push({
        field: `config.rules.${index}.maxAmountMinor`,
        message: 'Enter the largest amount approved automatically, or choose “No limit”',
      });
    if (!/^[A-Za-z]{3}$/.test(rule.currency.trim()))
      errors.push({
        field: `config.rules.${index}.currency`,
        message: 'Use a three-letter code such as USD',
      });
  });
  return errors;
}

/** Decimal places the amount input allows for a currency (none for JPY). */
export const amountScale = (currency: string) =>
  /^[A-Za-z]{3}$/.test(currency) ? currencyExponent(currency) : 2;

export const sameConfig = (a: RuleSetConfig, b: RuleSetConfig) => JSON.stringify(a) === JSON.stringify(b);

export function moveRule(rules: RuleDraft[], index: number, delta: -1 | 1): RuleDraft[] {
  const next = [...rules];
  const target = index + delta;
  if (target < 0 || target >= next.length) return rules;
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  return next;
}

export type { RuleId };
