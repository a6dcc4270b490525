import type { CompanyMatchRule } from '../../../analytics/matching/company-match.js';

export type AccountMatch = CompanyMatchRule | 'new';

/**
 * Everything a rule may look at, as plain JSON. It is stored with each decision, so a reader sees what
 * the rule saw, and a dry run can replay past registrations under a different rule set.
 */
export interface DecisionInputs {
  registration: {
    id: string;
    partnerId: string;
    productLines: string[];
    amountMinor: number;
    currency: string;
    submittedAt: string;
  };
  account: { id: string; name: string; match: AccountMatch; confidence: number };
  /** The vendor's open direct opportunities on the account. */
  directOpportunities: Array<{
    id: string;
    name: string;
    productLines: string[];
    stage: string;
    createdAt: string;
  }>;
  /** Other partners' approved registrations on the account, unexpired at submission. */
  partnerRegistrations: Array<{
    id: string;
    partnerId: string;
    partnerName: string;
    productLines: string[];
    approvedAt: string;
    protectedUntil: string;
  }>;
}

export type DecisionOutcome = 'approved' | 'rejected' | 'under_review';

export interface RuleDecision {
  outcome: DecisionOutcome;
  ruleId: string;
  /** Written for the partner: never names another partner or the vendor's internal records. */
  reason: string;
  conflictRegistrationId: string | null;
  conflictOpportunityId: string | null;
}
