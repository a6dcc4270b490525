import { describe, expect, it } from 'vitest';
import { descriptorDomain, evaluateMatches, matchCompanies, nameCarriesEvidence } from '../company-match.js';
import { companyPairs } from './company-pairs.js';

describe('descriptorDomain', () => {
  it.each([
    [{ name: 'Acme', domain: 'https://www.acme.com/de' }, 'acme.com'],
    [{ name: 'Acme', email: 'sales@emea.acme.com' }, 'acme.com'],
    [{ name: 'Acme', domain: 'acme.co.uk', email: 'sales@acme.com' }, 'acme.co.uk'],
    [{ name: 'Acme', domain: 'gmail.com', email: 'sales@acme.com' }, 'acme.com'],
    [{ name: 'Acme', domain: '10.0.0.1', email: 'acme.sales@gmail.com' }, null],
    [{ name: 'Acme', domain: null, email: undefined }, null],
  ])('%j → %s', (company, expected) => {
    expect(descriptorDomain(company)).toBe(expected);
  });
});

describe('nameCarriesEvidence', () => {
  it.each([
    ['acme', true],
    ['ibm', true],
    ['at and t', true],
    ['hp', false],
    ['3 m', false],
    ['', false],
    ['company', false],
    ['holding', false],
    ['and', false],
    ['acme holding', true],
  ])('%s → %s', (name, expected) => {
    expect(nameCarriesEvidence(name)).toBe(expected);
  });
});

describe('matchCompanies', () => {
  it('matches the same registrable domain whatever the names', () => {
    expect(
      matchCompanies(
        { name: 'Acme Robotics', domain: 'https://www.acme.com/de' },
        { name: 'Totally Different', email: 'x@emea.acme.com' },
      ),
    ).toEqual({ rule: 'domain', confidence: 1 });
  });

  it('never matches on a free-mail domain', () => {
    expect(
      matchCompanies(
        { name: 'Acme Foods', email: 'a@gmail.com' },
        { name: 'Zenith Tools', email: 'b@gmail.com' },
      ),
    ).toBeNull();
    expect(
      matchCompanies({ name: 'Acme Foods', domain: 'gmail.com' }, { name: 'Zenith', domain: 'gmail.com' }),
    ).toBe(null);
  });

  it('matches the exact normalized name at 0.95, or 0.9 when the two company domains differ', () => {
    expect(matchCompanies({ name: 'Acme Inc.', email: 'a@gmail.com' }, { name: 'ACME GmbH' })).toEqual({
      rule: 'name',
      confidence: 0.95,
    });
    expect(
      matchCompanies({ name: 'Acme Ltd', domain: 'acme.co.uk' }, { name: 'Acme Inc', domain: 'acme.com' }),
    ).toEqual({ rule: 'name', confidence: 0.9 });
  });

  it('matches fuzzily only when at most one side has a company domain', () => {
    const typo = { name: 'Acme Foosd' };
    expect(matchCompanies({ name: 'Acme Foods', domain: 'acmefoods.com' }, typo)).toEqual({
      rule: 'fuzzy_name',
      confidence: 0.911,
    });
    expect(
      matchCompanies({ name: 'Acme Foods', domain: 'acmefoods.com' }, { ...typo, domain: 'acme.de' }),
    ).toBeNull();
  });

  it('never matches names shorter than 3 characters or generic words by name', () => {
    expect(matchCompanies({ name: 'HP Inc' }, { name: 'HP Ltd' })).toBeNull();
    expect(matchCompanies({ name: '3M' }, { name: '3 M Company' })).toBeNull();
    expect(matchCompanies({ name: 'The Company' }, { name: 'Company Inc' })).toBeNull();
    expect(matchCompanies({ name: '' }, { name: '' })).toBeNull();
    expect(matchCompanies({ name: 'HP', domain: 'hp.com' }, { name: 'HP Inc', email: 'x@hp.com' })).toEqual({
      rule: 'domain',
      confidence: 1,
    });
  });

  it('is symmetric over the labelled pairs', () => {
    for (const { a, b } of companyPairs) expect(matchCompanies(a, b)).toEqual(matchCompanies(b, a));
  });

  it('gives fuzzy matches a confidence between 0.8 and 0.97', () => {
    for (const { a, b } of companyPairs) {
      const match = matchCompanies(a, b);
      if (match?.rule !== 'fuzzy_name') continue;
      expect(match.confidence).toBeGreaterThanOrEqual(0.8);
      expect(match.confidence).toBeLessThanOrEqual(0.97);
    }
  });
});

describe('labelled registration pairs', () => {
  it('has at least 100 true and 100 false pairs over many kinds', () => {
    expect(companyPairs.filter((pair) => pair.same).length).toBeGreaterThanOrEqual(100);
    expect(companyPairs.filter((pair) => !pair.same).length).toBeGreaterThanOrEqual(100);
    expect(new Set(companyPairs.map((pair) => pair.kind)).size).toBeGreaterThanOrEqual(20);
  });

  it('misses no true conflict and reports no false one', () => {
    const evaluation = evaluateMatches(companyPairs);
    console.log(
      `company pairs: ${evaluation.truePositives} TP, ${evaluation.falsePositives} FP, ` +
        `${evaluation.trueNegatives} TN, ${evaluation.falseNegatives} FN; ` +
        `precision ${evaluation.precision.toFixed(3)}, recall ${evaluation.recall.toFixed(3)}`,
    );
    const wrong = companyPairs
      .filter((pair) => (matchCompanies(pair.a, pair.b) !== null) !== pair.same)
      .map(
        (pair) => `${pair.same ? 'missed' : 'false match'} [${pair.kind}] ${pair.a.name} / ${pair.b.name}`,
      );
    expect(wrong).toEqual([]);
    expect(evaluation).toMatchObject({ falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 });
  });
});
