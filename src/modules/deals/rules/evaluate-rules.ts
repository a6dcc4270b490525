import { addDays } from '../../../platform/clock.js';
import { formatMoney } from '../../../platform/money/money.js';
import type { DecisionInputs, RuleDecision } from './decision-inputs.js';
import type { Rule, RuleSetConfig } from './rule-set-config.js';

const day = (iso: string) => iso.slice(0, 10);

function missingLines(wanted: readonly string[], covered: readonly string[]): string[] {
  const have = new Set(covered.map((line) => line.toLowerCase()));
  return wanted.filter((line) => !have.has(line.toLowerCase()));
}

function sharesLine(a: readonly string[], b: readonly string[]): boolean {
  return missingLines(a, b).length < a.length;
}

function decision(
  outcome: RuleDecision['outcome'],
  ruleId: string,
  reason: string,
  conflict: { registration?: string; opportunity?: string } = {},
): RuleDecision {
  return {
    outcome,
    ruleId,
    reason,
    conflictRegistrationId: conflict.registration ?? null,
    conflictOpportunityId: conflict.opportunity ?? null,
  };
}

type RuleCheck = (rule: never, inputs: DecisionInputs) => RuleDecision | null;

function directOpportunity(
  rule: Extract<Rule, { id: 'direct-opportunity' }>,
  inputs: DecisionInputs,
): RuleDecision | null {
  const submitted = Date.parse(inputs.registration.submittedAt);
  const since = addDays(new Date(submitted), -rule.lookbackDays).getTime();
  const earlier = inputs.directOpportunities
    .filter((o) => {
      const created = Date.parse(o.createdAt);
      return created < submitted && created >= since;
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const first = earlier[0];
  if (!first) return null;
  const added = missingLines(inputs.registration.productLines, first.productLines);
  if (added.length > 0 && rule.productLineCoexistence) {
    return decision(
      'under_review',
      rule.id,
      `The vendor already has an open opportunity on this account (since ${day(first.createdAt)}), but your registration adds ${added.join(', ')}; a partner manager will decide.`,
      { opportunity: first.id },
    );
  }
  return decision(
    'rejected',
    rule.id,
    `The vendor's own sales team has had an open opportunity on this account since ${day(first.createdAt)} covering the same product lines, so the account is not available for registration.`,
    { opportunity: first.id },
  );
}

function partnerConflict(
  rule: Extract<Rule, { id: 'partner-conflict' }>,
  inputs: DecisionInputs,
): RuleDecision | null {
  const { registration } = inputs;
  const submitted = Date.parse(registration.submittedAt);
  const first = inputs.partnerRegistrations
    .filter((r) => r.partnerId !== registration.partnerId && r.id !== registration.id)
    .filter((r) => Date.parse(r.approvedAt) <= submitted && Date.parse(r.protectedUntil) > submitted)
    .filter((r) => !rule.sameProductLineOnly || sharesLine(registration.productLines, r.productLines))
    .sort((a, b) => a.approvedAt.localeCompare(b.approvedAt))[0];
  if (!first) return null;
  const lines = rule.sameProductLineOnly
    ? ` for ${registration.productLines.filter((l) => sharesLine([l], first.productLines)).join(', ')}`
    : '';
  return decision(
    'under_review',
    rule.id,
    `Another partner registered this account first${lines} (approved ${day(first.approvedAt)}, protected until ${day(first.protectedUntil)}); a partner manager will review.`,
    { registration: first.id },
  );
}

function fuzzyAccountReview(
  rule: Extract<Rule, { id: 'fuzzy-account-review' }>,
  inputs: DecisionInputs,
): RuleDecision | null {
  if (inputs.account.match !== 'fuzzy_name') return null;
  return decision(
    'under_review',
    rule.id,
    'The customer name is close to, but not exactly, an existing account; a partner manager will confirm it is the same company.',
  );
}

function newAccount(rule: Extract<Rule, { id: 'new-account' }>, inputs: DecisionInputs): RuleDecision | null {
  if (inputs.account.match !== 'new') return null;
  return decision(
    'under_review',
    rule.id,
    'This customer is not yet known to the vendor; a partner manager will review the new account.',
  );
}

function autoApprove(
  rule: Extract<Rule, { id: 'auto-approve' }>,
  inputs: DecisionInputs,
): RuleDecision | null {
  const { amountMinor, currency } = inputs.registration;
  if (rule.maxAmountMinor !== null && (currency !== rule.currency || amountMinor > rule.maxAmountMinor)) {
    const limit = formatMoney(rule.maxAmountMinor, rule.currency);
    return decision(
      'under_review',
      rule.id,
      currency !== rule.currency
        ? `Registrations in ${currency} are reviewed by a partner manager (automatic approval covers up to ${limit}).`
        : `The estimated amount of ${formatMoney(amountMinor, currency)} is above the automatic approval limit of ${limit}; a partner manager will review.`,
    );
  }
  return decision(
    'approved',
    rule.id,
    "No conflict with the vendor's pipeline or another partner's registration: approved automatically.",
  );
}

const CHECKS: Record<Rule['id'], RuleCheck> = {
  'direct-opportunity': directOpportunity as RuleCheck,
  'partner-conflict': partnerConflict as RuleCheck,
  'fuzzy-account-review': fuzzyAccountReview as RuleCheck,
  'new-account': newAccount as RuleCheck,
  'auto-approve': autoApprove as RuleCheck,
};

/** Applies the rules in order; the first that decides wins. With none deciding, a manager reviews. */
export function evaluateRules(config: RuleSetConfig, inputs: DecisionInputs): RuleDecision {
  for (const rule of config.rules) {
    if (!rule.enabled) continue;
    const result = CHECKS[rule.id](rule as never, inputs);
    if (result) return result;
  }
  return decision(
    'under_review',
    'no-rule',
    'No rule approves this registration automatically; a partner manager will review it.',
  );
}
