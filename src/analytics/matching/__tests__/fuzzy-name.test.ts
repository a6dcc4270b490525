import { describe, expect, it } from 'vitest';
import {
  blockingKeys,
  canonicalTokens,
  damerauLevenshtein,
  FUZZY_NAME_THRESHOLD,
  fuzzyNameSimilarity,
  isFuzzyNameMatch,
  isPluralPair,
  tokenTypoEdits,
} from '../fuzzy-name.js';
import { normalizeCompanyName } from '../normalize-name.js';
import { companyPairs } from './company-pairs.js';

describe('damerauLevenshtein', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['siemens', 'siemens', 0],
    ['siemens', 'siemans', 1],
    ['siemens', 'siemnes', 1],
    ['siemens', 'siemes', 1],
    ['ca', 'abc', 3],
    ['foods', 'tools', 2],
  ])('%s / %s → %i', (a, b, expected) => {
    expect(damerauLevenshtein(a, b)).toBe(expected);
    expect(damerauLevenshtein(b, a)).toBe(expected);
  });
});

describe('tokenTypoEdits', () => {
  it.each([
    ['nokia', 'nokai', 1],
    ['pfizer', 'pfzier', 1],
    ['deloitte', 'deloite', 1],
    ['heineken', 'heiniken', 1],
    ['telefonica', 'telefonika', 1],
    ['maschinenbau', 'maschienenbau', 1],
    ['caterpillar', 'katerpillar', null], // the first letter never differs
    ['intel', 'intex', null], // a changed letter in a 5-letter word
    ['google', 'goggle', null], // ... or a 6-letter one
    ['allianz', 'alliant', null], // ... or the last letter
    ['becker', 'backer', null], // ... or within the first three
    ['lindqvist', 'lundqvist', null], // two edits keep the first three letters
    ['volkswagen', 'volksvagon', 2],
    ['petersen', 'peterson', null], // "sen" / "son" surnames
    ['printing', 'painting', null], // two common words
    ['hotels', 'hostels', null],
    ['acme', 'acne', null], // shorter than 5
    ['foods', 'foods', null], // equal is not a typo
    ['route66', 'route67', null], // digits
    ['müller', 'möller', null], // not folded: not Latin letters only
  ])('%s / %s → %s', (a, b, expected) => {
    expect(tokenTypoEdits(a, b)).toBe(expected);
    expect(tokenTypoEdits(b, a)).toBe(expected);
  });
});

describe('isPluralPair', () => {
  it.each([
    ['tool', 'tools', true],
    ['property', 'properties', true],
    ['kellogg', 'kelloggs', true],
    ['gas', 'gass', false], // the shorter form needs 4 letters
    ['tools', 'toolss', true],
    ['tool', 'tooled', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(isPluralPair(a, b)).toBe(expected);
  });
});

describe('canonicalTokens', () => {
  it.each([
    ['mcdonald s', ['mcdonalds']],
    ['acme corporaton', ['acme']],
    ['acme corp limted', ['acme']],
    ['acme limiter', ['acme', 'limiter']], // a word of its own, not a misspelt "limited"
    ['corporaton', ['corporaton']], // never empties a name
    ['procter and gamble', ['procter', 'gamble']],
    ['and partners', ['and', 'partners']], // only between two words
    ['amazon com', ['amazon']],
    ['pt telkom indonesia', ['telkom', 'indonesia']],
    ['cemex sab', ['cemex']],
    ['ооо ромашка', ['ромашка']],
    ['οτε α ε', ['οτε']],
  ])('%s → %j', (name, expected) => {
    expect(canonicalTokens(name)).toEqual(expected);
  });

  it('drops glued legal forms of names written without spaces', () => {
    const toyota = normalizeCompanyName('トヨタ自動車');
    expect(canonicalTokens(normalizeCompanyName('トヨタ自動車株式会社'))).toEqual([toyota]);
    expect(canonicalTokens(normalizeCompanyName('株式会社トヨタ自動車'))).toEqual([toyota]);
  });
});

describe('fuzzyNameSimilarity / isFuzzyNameMatch', () => {
  it.each([
    ['acme', 'acme', 1],
    ['acme corporaton', 'acme', 0.97],
    ['micro soft', 'microsoft', 0.95],
    ['acme tool', 'acme tools', 0.95],
  ])('%s / %s scores %d', (a, b, expected) => {
    expect(fuzzyNameSimilarity(a, b)).toBe(expected);
  });

  it.each([
    ['micro soft', 'microsoft'],
    ['delta air lines', 'delta airlines'],
    ['o reilly media', 'oreilly media'],
    ['acme foods', 'acme foosd'],
    ['schneider electric', 'schnieder electric'],
    ['acme tool', 'acme tools'],
    ['harbor property', 'harbor properties'],
    ['procter gamble', 'procter and gamble'],
    ['at and t', 'att'],
    ['kellogg s', 'kellogg'],
  ])('matches %s / %s', (a, b) => {
    expect(isFuzzyNameMatch(a, b)).toBe(true);
    expect(isFuzzyNameMatch(b, a)).toBe(true);
  });

  it.each([
    ['acme foods', 'acme tools'], // a distinguishing word differs
    ['acme tools', 'acme pools'],
    ['acme', 'acme foods'], // an extra word
    ['acme', 'acme holdings'],
    ['air china', 'china air'], // word order
    ['now here media', 'no where media'], // other word breaks
    ['acme 2000', 'acme 2001'], // digits
    ['acme foods', 'acme fodos tools'],
    ['acme fods tols', 'acme foods tools'], // one differing token at most
    ['acme foosd tools', 'acme foods toosl'],
    ['delta air line', 'delta airlines'], // re-spacing and a plural together
    ['', ''],
    ['acme', ''],
  ])('does not match %s / %s', (a, b) => {
    expect(isFuzzyNameMatch(a, b)).toBe(false);
    expect(fuzzyNameSimilarity(a, b)).toBeLessThan(FUZZY_NAME_THRESHOLD);
  });

  it('is symmetric and within 0..1 over the labelled names', () => {
    for (const { a, b } of companyPairs) {
      const [na, nb] = [normalizeCompanyName(a.name), normalizeCompanyName(b.name)];
      const score = fuzzyNameSimilarity(na, nb);
      expect(score).toBe(fuzzyNameSimilarity(nb, na));
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});

const shareKey = (a: string, b: string) => {
  const keys = new Set(blockingKeys(a));
  return blockingKeys(b).some((key) => keys.has(key));
};

describe('blockingKeys', () => {
  it('gives short prefix keys', () => {
    expect(blockingKeys('acme foods')).toEqual(['acm', 'foo', 'f~ds', 'fo~s']);
    expect(blockingKeys('')).toEqual([]);
    expect(blockingKeys('3m')).toEqual(['3m']);
  });

  it('shares a key between any two labelled names that match fuzzily', () => {
    let checked = 0;
    for (const { a, b } of companyPairs) {
      const [na, nb] = [normalizeCompanyName(a.name), normalizeCompanyName(b.name)];
      if (!isFuzzyNameMatch(na, nb)) continue;
      checked++;
      expect(shareKey(na, nb), `${na} / ${nb}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('shares a key between any token and its tolerated typos (seeded random edits)', () => {
    let seed = 20240611;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const letter = () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!;
    const edit = (token: string) => {
      const at = 1 + Math.floor(random() * (token.length - 1));
      const op = Math.floor(random() * 4);
      if (op === 0) return token.slice(0, at) + letter() + token.slice(at + 1);
      if (op === 1) return token.slice(0, at) + letter() + token.slice(at);
      if (op === 2) return token.slice(0, at) + token.slice(at + 1);
      return token.slice(0, at) + (token[at + 1] ?? '') + token[at] + token.slice(at + 2);
    };
    let matched = 0;
    for (let n = 0; n < 20000; n++) {
      let token = '';
      for (let i = 5 + Math.floor(random() * 9); i > 0; i--) token += letter();
      const typo = random() < 0.5 ? edit(token) : edit(edit(token));
      if (!isFuzzyNameMatch(token, typo)) continue;
      matched++;
      expect(shareKey(token, typo), `${token} / ${typo}`).toBe(true);
    }
    expect(matched).toBeGreaterThan(5000);
  });
});
