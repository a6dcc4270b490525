import { describe, expect, it } from 'vitest';
import { fuzzyCandidateKeys } from '../fuzzy-candidates.js';
import { isFuzzyNameMatch } from '../fuzzy-name.js';
import { normalizeCompanyName } from '../normalize-name.js';
import { companyPairs } from './company-pairs.js';

const shareKey = (a: string, b: string) => {
  const keys = new Set(fuzzyCandidateKeys(a));
  return fuzzyCandidateKeys(b).some((key) => keys.has(key));
};

/** A small deterministic generator, so the typo sweep below is the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = [
  'kestrel',
  'nordlicht',
  'brightwater',
  'halvorsen',
  'quantix',
  'meridian',
  'amberline',
  'solvantis',
  'caldera',
  'verdant',
  'oakridge',
  'trellisworks',
  'bluefjord',
  'paragonix',
];

function typo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 1));
  const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!;
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + letter + word.slice(at);
    case 2:
      return word.slice(0, at) + letter + word.slice(at + 1);
    default:
      return at < word.length - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
  }
}

describe('fuzzyCandidateKeys', () => {
  it('gives every pair of labelled names the fuzzy rules accept a common key', () => {
    let accepted = 0;
    for (const { a, b } of companyPairs) {
      const [na, nb] = [normalizeCompanyName(a.name), normalizeCompanyName(b.name)];
      if (!isFuzzyNameMatch(na, nb)) continue;
      accepted++;
      expect(shareKey(na, nb), `${a.name} / ${b.name}`).toBe(true);
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('gives every generated typo, plural and re-spacing the rules accept a common key', () => {
    const random = prng(7);
    let accepted = 0;
    for (let i = 0; i < 5_000; i++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        return WORDS[Math.floor(random() * WORDS.length)]!;
      });
      const changed = [...words];
      const at = Math.floor(random() * words.length);
      const kind = random();
      if (kind < 0.6) changed[at] = typo(typo(words[at]!, random), random);
      else if (kind < 0.8) changed[at] = `${words[at]}s`;
      else changed.splice(at, 2, changed.slice(at, at + 2).join(''));
      const [a, b] = [words.join(' '), changed.join(' ')];
      if (!isFuzzyNameMatch(a, b)) continue;
      accepted++;
      expect(shareKey(a, b), `${a} / ${b}`).toBe(true);
    }
    expect(accepted).toBeGreaterThan(1_000);
  });

  it('keeps blocks narrow: unrelated names with a common first word share no key', () => {
    expect(shareKey('kestrel analytics', 'kestrel aviation')).toBe(false);
    expect(shareKey('nordlicht maschinenbau', 'nordlicht logistik')).toBe(false);
  });

  it('gives an empty name no key', () => {
    expect(fuzzyCandidateKeys('')).toEqual([]);
  });
});
