import { fuzzyCandidateKeys } from './fuzzy-candidates.js';
import { FUZZY_NAME_THRESHOLD, fuzzyNameSimilarity } from './fuzzy-name.js';
import { createKeyIndex } from './key-index.js';
import type { MatchableRecord } from './match-exactly.js';
import { fuzzyAllowed } from './match-rules.js';

export interface FuzzyHit {
  row: number;
  similarity: number;
}

export interface FuzzyMatcher {
  /** Indexed rows whose name fuzzily matches the record's name (never the exact same normalized name). */
  probe(record: MatchableRecord): FuzzyHit[];
  readonly indexedKeys: number;
}

/**
 * Indexes the given rows (typically those no exact rule matched) by their blocking keys, so that each record
 * of the other list is compared only with the few names it shares a key with.
 */
export function createFuzzyMatcher(
  records: readonly MatchableRecord[],
  rows: Iterable<number>,
): FuzzyMatcher {
  const index = createKeyIndex();
  for (const row of rows) {
    const name = records[row]?.name;
    if (name) for (const key of fuzzyCandidateKeys(name)) index.add(key, row);
  }
  return {
    probe(record) {
      if (!record.name) return [];
      const seen = new Set<number>();
      const hits: FuzzyHit[] = [];
      for (const key of fuzzyCandidateKeys(record.name)) {
        for (const row of index.rows(key)) {
          if (seen.has(row)) continue;
          seen.add(row);
          const candidate = records[row]!;
          if (candidate.name === record.name || !fuzzyAllowed(candidate.domain, record.domain)) continue;
          const similarity = fuzzyNameSimilarity(candidate.name!, record.name);
          if (similarity >= FUZZY_NAME_THRESHOLD) hits.push({ row, similarity });
        }
      }
      return hits;
    },
    get indexedKeys() {
      return index.size;
    },
  };
}
