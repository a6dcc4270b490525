import { csvLine } from '../../../platform/csv/csv-cell.js';
import type { ColumnMapping } from '../account-columns.js';
import { openBufferedWriter } from './buffered-writer.js';
import { openPartitionWriters, type Side } from './partition-files.js';
import { type AccountFileCounts, readAccountFile } from './read-account-file.js';
import { partitionOf, spillLine } from './spill-format.js';

export interface SpillTask {
  side: Side;
  path: string;
  columns: ColumnMapping;
  size: number;
  dir: string;
  partitions: number;
  /** Where this file's rejected rows go: file, line, field, reason (no header). */
  rejectionsPath: string;
}

export interface SpillResult extends AccountFileCounts {
  withDomain: number;
  withName: number;
  /** 1 at each accepted row that has a name key. */
  named: Uint8Array;
}

/** Reads one account file and writes each accepted row to its domain partition and its name partition. */
export async function spillAccountFile(
  options: SpillTask,
  onBytes?: (done: number, total: number) => void,
): Promise<SpillResult> {
  const { side, path, partitions } = options;
  const rejections = openBufferedWriter(options.rejectionsPath);
  const byDomain = openPartitionWriters(options.dir, side, 'domain', partitions);
  const byName = openPartitionWriters(options.dir, side, 'name', partitions);
  let named: Uint8Array = new Uint8Array(1024);
  let row = 0;
  let withDomain = 0;
  let withName = 0;
  try {
    const counts = await readAccountFile(path, options.columns, options.size, {
      onBytes,
      onRejected: (line, field, reason) => rejections.write(csvLine([path, line, field, reason])),
      onAccount({ id, name, population, keys }) {
        const at = row++;
        if (keys.domain) {
          withDomain++;
          const line = spillLine(keys.domain, '', at, id, name, population);
          byDomain.write(partitionOf(keys.domain, partitions), line);
        }
        if (keys.name) {
          withName++;
          if (at >= named.length) named = grow(named);
          named[at] = 1;
          const line = spillLine(keys.name, keys.domain ?? '', at, id, name, population);
          byName.write(partitionOf(keys.name, partitions), line);
        }
      },
    });
    return { ...counts, withDomain, withName, named: named.subarray(0, row) };
  } finally {
    byDomain.close();
    byName.close();
    rejections.close();
  }
}

function grow(bits: Uint8Array): Uint8Array {
  const larger = new Uint8Array(bits.length * 2);
  larger.set(bits);
  return larger;
}
