import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { csvDataLine, csvLine } from '../../../platform/csv/csv-cell.js';
import type { ColumnMapping } from '../account-columns.js';
import { hashAccountKeys } from '../hash-keys.js';
import { openBufferedWriter } from './buffered-writer.js';
import {
  type AccountFileCounts,
  accountFileColumns,
  accountFileSize,
  readAccountFile,
} from './read-account-file.js';

export interface HashAccountFileOptions {
  inPath: string;
  outPath: string;
  secret: string | Buffer;
  columns?: ColumnMapping | undefined;
  /** Bytes of the input read so far. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface HashAccountFileSummary extends Omit<AccountFileCounts, 'csv'> {
  outPath: string;
  rejectedPath: string;
  columns: ColumnMapping;
}

export const HASHED_COLUMNS = ['id', 'population', 'domain_hash', 'name_hash'] as const;

/**
 * Writes an account file's keys as keyed hashes (hashAccountKeys): `id,population,domain_hash,name_hash`,
 * so a side can share its list without its names and websites. Rejected rows go to a report next to the
 * output, as in mapAccountFiles.
 */
export async function hashAccountFile(options: HashAccountFileOptions): Promise<HashAccountFileSummary> {
  const outPath = resolve(options.outPath);
  const rejectedPath = `${outPath.replace(/\.csv$/i, '')}.rejected.csv`;
  const size = await accountFileSize('file', options.inPath);
  const columns = await accountFileColumns('file', options.inPath, options.columns);
  await mkdir(dirname(outPath), { recursive: true });
  const output = openBufferedWriter(outPath, 1024 * 1024);
  const rejections = openBufferedWriter(rejectedPath);
  try {
    output.write(csvDataLine(HASHED_COLUMNS));
    rejections.write(csvLine(['file', 'line', 'field', 'reason']));
    const { csv: _csv, ...counts } = await readAccountFile(options.inPath, columns, size, {
      onBytes: options.onProgress,
      onRejected: (line, field, reason) => rejections.write(csvLine([options.inPath, line, field, reason])),
      onAccount(record) {
        const hashed = hashAccountKeys(record.keys, options.secret);
        output.write(csvDataLine([record.id, record.population, hashed.domain, hashed.name]));
      },
    });
    return { ...counts, outPath, rejectedPath, columns };
  } finally {
    output.close();
    rejections.close();
  }
}
