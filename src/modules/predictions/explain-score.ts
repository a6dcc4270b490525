import { contributions, type LogisticModel } from '../../analytics/stats/logistic-regression.js';
import type { ScoreFactor } from './score-partner-churn.js';

export const TOP_FACTORS = 3;

/**
 * The features that moved this score most away from an average case, largest first. A feature's
 * contribution is its weight times how far the value sits from the training mean, in log-odds.
 */
export function topFactors(
  model: LogisticModel,
  values: readonly number[],
  describe: (feature: string, index: number) => string,
): ScoreFactor[] {
  return contributions(model, values)
    .map((contribution, index) => ({ index, contribution }))
    .filter((c) => Math.abs(c.contribution) > 1e-9)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, TOP_FACTORS)
    .map(({ index, contribution }) => ({
      feature: model.featureNames[index]!,
      contribution: Math.round(contribution * 1000) / 1000,
      description: describe(model.featureNames[index]!, index),
    }));
}

export const percent = (value: number) => `${Math.round(value * 100)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Words for a win-model feature, from the value the model saw. */
export function describeWinFeature(feature: string, value: number, amountText: string): string {
  switch (feature) {
    case 'priorWinRate':
      return `Partner's past win rate (smoothed) ${percent(value)}`;
    case 'priorResolved':
      return `${plural(Math.round(Math.expm1(value)), 'earlier registration')} resolved for this partner`;
    case 'logAmount':
      return `Deal size ${amountText}`;
    case 'productLines':
      return plural(value, 'product line');
    case 'newAccount':
      return value ? 'Account new to the vendor' : 'Account already known to the vendor';
    case 'routedToReview':
      return value ? 'Sent to manager review at submission' : 'Approved automatically at submission';
    case 'conflict':
      return value ? 'Conflict with another registration or a direct deal' : 'No conflict found';
    case 'touches90':
      return `${plural(Math.round(Math.expm1(value)), 'partner touch')} on deals in the 90 days before`;
    case 'certified':
      return plural(value, 'valid certification');
    case 'tierRank':
      return value ? `Tier rank ${value}` : 'No tier yet';
    case 'activeYears':
      return `Active partner for ${Math.round(value * 12)} months`;
    default:
      return feature;
  }
}

/** Words for a churn-model feature, from the value the model saw. */
export function describeChurnFeature(feature: string, value: number): string {
  switch (feature) {
    case 'daysSinceActivity':
      return `${plural(Math.round(value), 'day')} since the last registration or deal touch`;
    case 'registrations90':
      return `${plural(value, 'registration')} in the last 90 days`;
    case 'touches90':
      return `${plural(Math.round(Math.expm1(value)), 'deal touch')} in the last 90 days`;
    case 'registrationTrend':
      return value === 0
        ? 'Registrations level with the 90 days before'
        : `Registrations ${value > 0 ? 'up' : 'down'} ${Math.abs(value)} on the 90 days before`;
    case 'wins180':
      return `${plural(value, 'won registration')} in the last 180 days`;
    case 'atRisk':
      return value ? 'Marked at risk' : 'Not marked at risk';
    case 'tierRank':
      return value ? `Tier rank ${value}` : 'No tier yet';
    case 'certified':
      return plural(value, 'valid certification');
    case 'activeYears':
      return `Active partner for ${Math.round(value * 12)} months`;
    default:
      return feature;
  }
}
