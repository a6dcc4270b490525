import type { RegistrationFacts } from './read-registration-history.js';

export const WIN_FEATURES = [
  'priorWinRate',
  'priorResolved',
  'logAmount',
  'productLines',
  'newAccount',
  'routedToReview',
  'conflict',
  'touches90',
  'certified',
  'tierRank',
  'activeYears',
] as const;

/** Pseudo-registrations at the program's rate that a partner's own record is blended with. */
const PRIOR_WEIGHT = 4;

export interface WinRow {
  registration: RegistrationFacts;
  values: number[];
  /** 1 won, 0 resolved otherwise, null still open. */
  label: number | null;
  /** The partner's smoothed win rate before submission: the baseline's prediction. */
  baseline: number;
}

/** Program currency per unit of each currency; amounts in a currency without a rate count as-is. */
export type Rates = Record<string, number>;

/**
 * Feature rows as of each registration's submission: the partner's record counts only registrations
 * resolved before it was submitted, blended with the program-wide rate of that moment.
 */
export function winRows(facts: readonly RegistrationFacts[], rates: Rates): WinRow[] {
  const resolved = facts
    .filter((f) => f.resolvedAt !== null)
    .sort((a, b) => a.resolvedAt!.getTime() - b.resolvedAt!.getTime());
  return facts.map((f) => {
    const submitted = f.submittedAt.getTime();
    let programWins = 0;
    let programResolved = 0;
    let wins = 0;
    let count = 0;
    for (const r of resolved) {
      if (r.resolvedAt!.getTime() >= submitted) break;
      const won = r.status === 'won' ? 1 : 0;
      programWins += won;
      programResolved++;
      if (r.partnerId === f.partnerId) {
        wins += won;
        count++;
      }
    }
    const programRate = programResolved ? (programWins + 1) / (programResolved + 2) : 0.5;
    const baseline = (wins + PRIOR_WEIGHT * programRate) / (count + PRIOR_WEIGHT);
    const amountMajor = (f.amountMinor * (rates[f.currency] ?? 1)) / 100;
    return {
      registration: f,
      baseline,
      label: f.resolvedAt === null ? null : f.status === 'won' ? 1 : 0,
      values: [
        baseline,
        Math.log1p(count),
        Math.log1p(Math.max(0, amountMajor)),
        f.productLines,
        f.newAccount ? 1 : 0,
        f.routedToReview ? 1 : 0,
        f.conflict ? 1 : 0,
        Math.log1p(f.touches90),
        f.certified,
        f.tierRank,
        f.activeDays / 365,
      ],
    };
  });
}
