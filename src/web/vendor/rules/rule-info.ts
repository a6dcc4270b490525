import type { Schemas } from '../../shared/api/client';

export type RuleSetConfig = Schemas['RuleSetConfig'];
export type Rule = RuleSetConfig['rules'][number];
export type RuleId = Rule['id'];

export const RULE_IDS: readonly RuleId[] = [
  'direct-opportunity',
  'partner-conflict',
  'fuzzy-account-review',
  'new-account',
  'auto-approve',
];

export const RULE_INFO: Record<RuleId, { title: string; help: string }> = {
  'direct-opportunity': {
    title: 'Direct opportunity',
    help: 'An open opportunity of your own sales team on the account, created before the registration, wins.',
  },
  'partner-conflict': {
    title: 'Partner conflict',
    help: "Another partner's approved, unexpired registration on the account wins (first to register); the later one goes to review.",
  },
  'fuzzy-account-review': {
    title: 'Fuzzy account review',
    help: 'A customer matched to an account only by a similar name goes to a manager to confirm it is the same company.',
  },
  'new-account': {
    title: 'New account review',
    help: 'A customer not yet in your CRM goes to a manager before a new account is accepted.',
  },
  'auto-approve': {
    title: 'Automatic approval',
    help: 'Approves what no rule above stopped, up to an amount; larger registrations go to a manager.',
  },
};

const OTHER_RULES: Record<string, string> = {
  manager: 'Partner manager',
  'no-rule': 'No rule decided',
};

/** A readable name for a decision's rule id ("partner-conflict" → "Partner conflict"). */
export function ruleLabel(ruleId: string): string {
  return RULE_INFO[ruleId as RuleId]?.title ?? OTHER_RULES[ruleId] ?? ruleId;
}

export const OUTCOME_LABELS: Record<string, string> = {
  approved: 'Approved',
  rejected: 'Rejected',
  under_review: 'Under review',
};

export const OUTCOME_COLORS: Record<string, string> = {
  approved: 'teal',
  rejected: 'red',
  under_review: 'yellow',
};

export const outcomeLabel = (outcome: string) => OUTCOME_LABELS[outcome] ?? outcome;

/** The same defaults the server ships (rule-set-config.ts), for a rule missing from a saved version. */
export const DEFAULT_RULES: Record<RuleId, Rule> = {
  'direct-opportunity': {
    id: 'direct-opportunity',
    enabled: true,
    lookbackDays: 365,
    productLineCoexistence: true,
  },
  'partner-conflict': { id: 'partner-conflict', enabled: true, sameProductLineOnly: true },
  'fuzzy-account-review': { id: 'fuzzy-account-review', enabled: true },
  'new-account': { id: 'new-account', enabled: false },
  'auto-approve': { id: 'auto-approve', enabled: true, maxAmountMinor: 25_000_000, currency: 'USD' },
};
