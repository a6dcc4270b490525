import { createKeyIndex } from './key-index.js';
import { DOMAIN_CONFIDENCE, exactNameConfidence, type MatchRule } from './match-rules.js';

/** The keys of one record (see account-keys.ts), raw or as keyed hashes: matching only compares them. */
export interface MatchableRecord {
  domain: string | null;
  name: string | null;
}

/** Rows are positions in the left and right lists. */
export interface AccountMatch {
  left: number;
  right: number;
  rule: MatchRule;
  confidence: number;
}

export type ExactKey = 'domain' | 'name';

/**
 * Hash join of two lists on equal registrable domains, then on equal normalized names. Every pair is reported
 * once, under its strongest rule: a pair on the same domain is a domain match even when the names agree too.
 * `keys` runs one pass alone, for callers that partition each key separately.
 */
export function matchExactly(
  left: readonly MatchableRecord[],
  right: readonly MatchableRecord[],
  onMatch: (match: AccountMatch) => void,
  keys: readonly ExactKey[] = ['domain', 'name'],
): void {
  for (const key of keys) {
    const index = createKeyIndex(left.length);
    left.forEach((record, row) => {
      const value = record[key];
      if (value) index.add(value, row);
    });
    right.forEach((record, rightRow) => {
      const value = record[key];
      if (!value) return;
      for (const leftRow of index.rows(value)) {
        const confidence =
          key === 'domain' ? DOMAIN_CONFIDENCE : exactNameConfidence(left[leftRow]!.domain, record.domain);
        if (confidence !== null) onMatch({ left: leftRow, right: rightRow, rule: key, confidence });
      }
    });
  }
}
