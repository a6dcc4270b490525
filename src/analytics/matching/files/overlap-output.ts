import { csvLine } from '../../../platform/csv/csv-cell.js';
import { classifyPopulation } from '../account-populations.js';
import type { MatchRule } from '../match-rules.js';
import { openBufferedWriter } from './buffered-writer.js';
import { readSpilledAccount } from './spill-format.js';

export const OVERLAP_COLUMNS = [
  'vendor_id',
  'vendor_name',
  'vendor_population',
  'partner_id',
  'partner_name',
  'partner_population',
  'rule',
  'confidence',
  'matched_on',
] as const;

export interface PopulationPair {
  vendor: string;
  partner: string;
  matches: number;
}

export interface OverlapStats {
  byRule: Record<MatchRule, number>;
  byPopulation: PopulationPair[];
}

export interface OverlapOutput {
  /** Writes one match of two partition lines; `matchedOn` is the key (or keys) they matched on. */
  add(vendorLine: string, partnerLine: string, rule: MatchRule, confidence: number, matchedOn: string): void;
  close(): void;
  stats(): OverlapStats;
}

/**
 * Overlap rows (without the header: parts written apart are joined at the end), with the counts the
 * summary reports. Marks every matched partner row in `matched`.
 */
export function openOverlapOutput(path: string, matched: Uint8Array): OverlapOutput {
  const writer = openBufferedWriter(path, 1024 * 1024);
  const byRule: Record<MatchRule, number> = { domain: 0, name: 0, fuzzy_name: 0 };
  const pairs = new Map<string, PopulationPair>();
  const population = populationLabels();
  return {
    add(vendorLine, partnerLine, rule, confidence, matchedOn) {
      const vendor = readSpilledAccount(vendorLine);
      const partner = readSpilledAccount(partnerLine);
      matched[partner.row] = 1;
      byRule[rule]++;
      const [v, p] = [population(vendor.population), population(partner.population)];
      const pairKey = `${v}\u0000${p}`;
      const pair = pairs.get(pairKey);
      if (pair) pair.matches++;
      else pairs.set(pairKey, { vendor: v, partner: p, matches: 1 });
      writer.write(
        csvLine([
          vendor.id,
          vendor.name,
          vendor.population,
          partner.id,
          partner.name,
          partner.population,
          rule,
          confidence,
          matchedOn,
        ]),
      );
    },
    close: () => writer.close(),
    stats: () => ({ byRule: { ...byRule }, byPopulation: [...pairs.values()] }),
  };
}

export function mergeOverlapStats(parts: readonly OverlapStats[]): OverlapStats {
  const byRule: Record<MatchRule, number> = { domain: 0, name: 0, fuzzy_name: 0 };
  const pairs = new Map<string, PopulationPair>();
  for (const part of parts) {
    for (const rule of Object.keys(byRule) as MatchRule[]) byRule[rule] += part.byRule[rule];
    for (const { vendor, partner, matches } of part.byPopulation) {
      const key = `${vendor}\u0000${partner}`;
      const pair = pairs.get(key) ?? { vendor, partner, matches: 0 };
      pair.matches += matches;
      pairs.set(key, pair);
    }
  }
  return { byRule, byPopulation: [...pairs.values()].sort((a, b) => b.matches - a.matches) };
}

/** classifyPopulation of a population text, "unspecified" when empty, "other" when it names none. */
function populationLabels(): (text: string) => string {
  // Lists use a handful of distinct values; the cap keeps a list with a free-text column bounded.
  const cache = new Map<string, string>();
  return (text) => {
    let label = cache.get(text);
    if (label === undefined) {
      label = text === '' ? 'unspecified' : (classifyPopulation(text) ?? 'other');
      if (cache.size < 10_000) cache.set(text, label);
    }
    return label;
  };
}
