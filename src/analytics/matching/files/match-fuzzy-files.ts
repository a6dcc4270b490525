import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MatchableRecord } from '../match-exactly.js';
import { createFuzzyMatcher } from '../match-fuzzily.js';
import { type OverlapOutput, type OverlapStats, openOverlapOutput } from './overlap-output.js';
import { loadPartition, readLineBatches } from './partition-files.js';
import { partitionFileName, spilledRow } from './spill-format.js';

export interface FuzzyFilesOptions {
  dir: string;
  partitions: number;
  /** 1 at each partner row an exact rule matched; fuzzy matches are marked too, by the output. */
  matched: Uint8Array;
  /** 1 at each partner row with a name key. */
  named: Uint8Array;
  /** Most partner names indexed at once; more take another pass over the vendor names. */
  batchRows: number;
  /** Where the fuzzy matches go. */
  outPath: string;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface FuzzyFilesResult extends OverlapStats {
  /** Partner names indexed: those with a name key that no exact rule matched. */
  candidates: number;
}

/**
 * The fuzzy pass: the partner rows no exact rule matched are indexed by their blocking keys
 * (createFuzzyMatcher), a batch at a time so memory stays bounded, and every vendor name is probed against
 * each batch.
 */
export function matchFuzzyFiles(options: FuzzyFilesOptions): FuzzyFilesResult {
  const { dir, partitions, matched, named, batchRows } = options;
  let candidates = 0;
  for (let row = 0; row < named.length; row++) if (named[row] && !matched[row]) candidates++;
  const batches = Math.ceil(candidates / batchRows);
  const total = batches * partitions;
  let done = 0;
  options.onProgress?.(0, total);
  let records: MatchableRecord[] = [];
  let lines: string[] = [];
  const probeVendors = (output: OverlapOutput) => {
    const matcher = createFuzzyMatcher(records, records.keys());
    for (let partition = 0; partition < partitions; partition++) {
      const vendor = loadPartition(dir, 'vendor', 'name', partition);
      vendor.records.forEach((record, i) => {
        for (const hit of matcher.probe(record)) {
          const matchedOn = `${record.name} ~ ${records[hit.row]!.name}`;
          output.add(vendor.line(i), lines[hit.row]!, 'fuzzy_name', hit.similarity, matchedOn);
        }
      });
      options.onProgress?.(++done, total);
    }
    records = [];
    lines = [];
  };
  const output = openOverlapOutput(options.outPath, matched);
  try {
    for (let partition = 0; partition < partitions; partition++) {
      const path = join(dir, partitionFileName('partner', 'name', partition));
      if (!existsSync(path)) continue;
      for (const batch of readLineBatches(path)) {
        for (const line of batch) {
          if (matched[spilledRow(line)]) continue;
          const tab = line.indexOf('\t');
          const other = line.slice(tab + 1, line.indexOf('\t', tab + 1));
          records.push({ domain: other || null, name: line.slice(0, tab) });
          lines.push(line);
          if (records.length === batchRows) probeVendors(output);
        }
      }
    }
    if (records.length > 0) probeVendors(output);
  } finally {
    output.close();
  }
  return { ...output.stats(), candidates };
}
