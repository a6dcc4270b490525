import { canonicalTokens, isLatinWord, singular } from './fuzzy-name.js';

/** Stands for the one token two names may differ in. */
const SLOT = '\u0000';

/** Strings left after deleting up to `depth` letters after the first one (the first letter never differs). */
function deletionNeighbourhood(token: string, depth: number): Set<string> {
  const out = new Set([token]);
  let frontier = [token];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const word of frontier) {
      for (let i = 1; i < word.length; i++) {
        const shorter = word.slice(0, i) + word.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** The forms of one token under which a plural or a tolerated typo of it files too. */
function tokenVariants(token: string): string[] {
  if (!isLatinWord(token) || token.length < 4) return [];
  const variants = [`p${token}`, `p${singular(token)}`];
  if (token.length >= 5) {
    for (const form of deletionNeighbourhood(token, token.length >= 9 ? 2 : 1)) variants.push(`d${form}`);
  }
  return variants;
}

/**
 * Blocking keys of a normalized name such that any two names fuzzyNameSimilarity accepts share at least one
 * (see fuzzy-name.ts for the rules): the space-free canonical form covers equal and re-spaced names; for each
 * token position, the other tokens verbatim plus the plural form or the deletion neighbourhood of that token
 * cover names that differ in that one token by a plural or a typo (symmetric deletion: two words within the
 * allowed edits leave a common string after deleting at most that many letters from each). Keys are exact,
 * so blocks stay small where prefix blocks would hold thousands of names.
 */
export function fuzzyCandidateKeys(normalizedName: string): string[] {
  const tokens = canonicalTokens(normalizedName);
  const compact = tokens.join('');
  if (!compact) return [];
  const keys = [`k${compact}`];
  tokens.forEach((token, position) => {
    const variants = tokenVariants(token);
    if (variants.length === 0) return;
    const frame = tokens.map((other, i) => (i === position ? SLOT : other)).join(' ');
    for (const variant of variants) keys.push(`${frame}${SLOT}${variant}`);
  });
  return keys;
}
