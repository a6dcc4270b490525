import { type AccountMatch, type MatchableRecord, matchExactly } from './match-exactly.js';
import { createFuzzyMatcher } from './match-fuzzily.js';

export interface MatchListsOptions {
  /** Off for keyed hashes, which only compare equal. */
  fuzzy?: boolean;
}

/**
 * Every match between two account lists: exact domain, then exact normalized name, then a fuzzy name match
 * for the left rows no exact rule matched (against all right rows). The left list is the one being
 * resolved, e.g. a partner's upload against the vendor's CRM. Precision first: see match-rules.ts.
 */
export function matchAccountLists(
  left: readonly MatchableRecord[],
  right: readonly MatchableRecord[],
  options: MatchListsOptions = {},
): AccountMatch[] {
  const matches: AccountMatch[] = [];
  const matched = new Uint8Array(left.length);
  matchExactly(left, right, (match) => {
    matches.push(match);
    matched[match.left] = 1;
  });
  if (options.fuzzy === false) return matches;
  const unmatched = left.flatMap((record, row) => (matched[row] || !record.name ? [] : [row]));
  const fuzzy = createFuzzyMatcher(left, unmatched);
  right.forEach((record, rightRow) => {
    for (const hit of fuzzy.probe(record)) {
      matches.push({ left: hit.row, right: rightRow, rule: 'fuzzy_name', confidence: hit.similarity });
    }
  });
  return matches;
}
