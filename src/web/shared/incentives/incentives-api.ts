import { api, type Schemas, unwrap } from '../api/client';

export type IncentiveRule = Schemas['IncentiveRule'];
export type IncentiveRuleFields = Schemas['IncentiveRuleFieldsInput'];
export type LedgerEntry = Schemas['IncentiveLedgerEntry'];
export type Statement = Schemas['IncentiveStatement'];
export type StatementSummary = Schemas['IncentiveStatementSummary'];
export type Payout = Schemas['IncentivePayout'];
export type PayoutDetail = Schemas['IncentivePayoutDetail'];
export type RulePreview = Schemas['IncentiveRulePreview'];
export type BeneficiaryType = 'partner' | 'rep';

/** Everything cached about incentives starts with this key, so one invalidation refreshes it all. */
export const INCENTIVES_KEY = 'incentives';

export interface EntryFilters {
  beneficiaryType?: BeneficiaryType;
  status?: LedgerEntry['status'];
  entryType?: LedgerEntry['entryType'];
  period?: string;
  partnerId?: string;
  userId?: string;
  ruleId?: string;
  payoutId?: string;
}

export type EntrySort = 'earnedAt' | '-earnedAt' | 'amountMinor' | '-amountMinor' | 'period' | '-period';

export const fetchEntries = (query: EntryFilters & { sort: EntrySort; limit: number; cursor?: string }) =>
  unwrap(api.GET('/api/incentives/ledger', { params: { query } }));

export const fetchStatement = (beneficiaryType: BeneficiaryType, id: string, period: string) =>
  unwrap(
    api.GET('/api/incentives/statements/{beneficiaryType}/{id}', {
      params: { path: { beneficiaryType, id }, query: { period } },
    }),
  );

export const fetchEarnings = (months: number) =>
  unwrap(api.GET('/api/incentives/earnings', { params: { query: { months } } }));

export const KIND_LABELS: Record<string, string> = {
  partner_rebate: 'Partner rebates',
  partner_bonus: 'Partner bonuses',
  rep_reward: 'Rep rewards',
  adjustment: 'Adjustments',
  reversal: 'Reversals',
};

export const STATUS_COLORS: Record<LedgerEntry['status'], string> = {
  accrued: 'yellow',
  approved: 'blue',
  paid: 'teal',
  reversed: 'gray',
};
