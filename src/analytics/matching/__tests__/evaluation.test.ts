import { describe, expect, it } from 'vitest';
import { evaluateMatches, matchCompanies } from '../company-match.js';
import { companyPairs } from './company-pairs.js';
import { EVALUATION_PAIRS, GENERATED_PAIRS, pairKey } from './evaluation-pairs.js';

/**
 * Floors for matchCompanies over the whole evaluation set (hand-labelled and generated pairs together).
 * Recall was measured at 0.941; the floor leaves a small margin for rule changes that trade a little
 * recall for precision. `npm run bench:matching-quality` prints the figures per kind and every miss.
 */
const MIN_PRECISION = 0.99;
const MIN_RECALL = 0.91;

const describePair = (pair: (typeof EVALUATION_PAIRS)[number]) =>
  `[${pair.kind}] ${JSON.stringify(pair.a)} / ${JSON.stringify(pair.b)}`;

describe('company-matching evaluation set', () => {
  it('is the hand-labelled pairs followed by at least 800 generated ones, 1,000 or more in all', () => {
    expect(EVALUATION_PAIRS.slice(0, companyPairs.length)).toEqual(companyPairs);
    expect(EVALUATION_PAIRS.length).toBe(companyPairs.length + GENERATED_PAIRS.length);
    expect(GENERATED_PAIRS.length).toBeGreaterThanOrEqual(800);
    expect(EVALUATION_PAIRS.length).toBeGreaterThanOrEqual(1000);
  });

  it('is roughly 45 % positives', () => {
    const share = EVALUATION_PAIRS.filter((pair) => pair.same).length / EVALUATION_PAIRS.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.5);
  });

  it('has no pair twice, in either order', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const pair of EVALUATION_PAIRS) {
      const key = pairKey(pair);
      const earlier = seen.get(key);
      if (earlier !== undefined) duplicates.push(`${earlier} and ${describePair(pair)}`);
      seen.set(key, describePair(pair));
    }
    expect(duplicates).toEqual([]);
  });

  it('labels generated pairs as their kind says', () => {
    const mislabelled = GENERATED_PAIRS.filter(
      (pair) => !pair.kind.startsWith(pair.same ? 'same: ' : 'different: '),
    ).map(describePair);
    expect(mislabelled).toEqual([]);
  });

  it('matches symmetrically', () => {
    const asymmetric = EVALUATION_PAIRS.filter(
      (pair) =>
        JSON.stringify(matchCompanies(pair.a, pair.b)) !== JSON.stringify(matchCompanies(pair.b, pair.a)),
    ).map(describePair);
    expect(asymmetric).toEqual([]);
  });

  it(`reaches precision ${MIN_PRECISION} and recall ${MIN_RECALL}`, () => {
    const evaluation = evaluateMatches(EVALUATION_PAIRS);
    const falsePositives = EVALUATION_PAIRS.filter(
      (pair) => !pair.same && matchCompanies(pair.a, pair.b) !== null,
    ).map(describePair);
    expect(evaluation.precision, `false positives:\n${falsePositives.join('\n')}`).toBeGreaterThanOrEqual(
      MIN_PRECISION,
    );
    expect(evaluation.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
