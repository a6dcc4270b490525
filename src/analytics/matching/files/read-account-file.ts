import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readCsvWithHeader } from '../../../platform/csv/csv-header.js';
import type { CsvSummary } from '../../../platform/csv/read-csv.js';
import { AppError } from '../../../platform/errors.js';
import { type ColumnMapping, resolveColumns } from '../account-columns.js';
import { type AccountRecord, readAccountRow } from '../read-account-row.js';
import { READ_CHUNK_BYTES, readCsvHeader } from './read-csv-header.js';

export interface AccountFileHandlers {
  onAccount(record: AccountRecord, hasNotices: boolean): void;
  /** One call per reason; `field` is the file's column the reason concerns, empty for the whole row. */
  onRejected(line: number, field: string, reason: string): void;
  onBytes?: ((done: number, total: number) => void) | undefined;
}

export interface AccountFileCounts {
  /** Data rows after the header, accepted or not. */
  rowsRead: number;
  accepted: number;
  rejected: number;
  /** Accepted rows with a website, email or name set aside (the other key carried the row). */
  withKeyNotices: number;
  csv: CsvSummary;
}

/** Size of a file that must exist; `label` names it in the error ("vendor file"). */
export async function accountFileSize(label: string, path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile())
    throw new AppError('validation_failed', `The ${label} ${path} does not exist or is not a file`);
  return info.size;
}

/** The column of each field (resolveColumns on the file's header); a mapping that does not fit throws. */
export async function accountFileColumns(
  label: string,
  path: string,
  explicit: ColumnMapping | undefined,
): Promise<ColumnMapping> {
  let header: string[];
  try {
    header = await readCsvHeader(path);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `The ${label} ${path}: ${error.message}`);
    throw error;
  }
  const { columns, problems } = resolveColumns(header, explicit);
  if (problems.length > 0) {
    const text = problems.map((problem) => `${problem.field} ${problem.message}`).join('; ');
    throw new AppError('validation_failed', `The ${label} ${path}: ${text}`);
  }
  return columns;
}

/**
 * Streams an account file through readCsvWithHeader and readAccountRow: every accepted record goes to
 * `onAccount`, every rejected row to `onRejected` with its reasons (nothing is dropped silently).
 */
export async function readAccountFile(
  path: string,
  columns: ColumnMapping,
  size: number,
  handlers: AccountFileHandlers,
): Promise<AccountFileCounts> {
  const counts = { rowsRead: 0, accepted: 0, rejected: 0, withKeyNotices: 0 };
  const rows = readCsvWithHeader(countBytes(path, size, handlers.onBytes));
  try {
    for (;;) {
      const next = await rows.next();
      if (next.done) return { ...counts, csv: next.value };
      const row = next.value;
      counts.rowsRead++;
      if ('error' in row) {
        counts.rejected++;
        handlers.onRejected(row.line, '', row.error);
        continue;
      }
      const read = readAccountRow(row.line, row.values, columns);
      if (!read.ok) {
        counts.rejected++;
        for (const problem of read.problems) {
          const column = columns[problem.field as keyof ColumnMapping] ?? problem.field;
          handlers.onRejected(read.line, column, problem.message);
        }
        continue;
      }
      counts.accepted++;
      if (read.notices.length > 0) counts.withKeyNotices++;
      handlers.onAccount(read.record, read.notices.length > 0);
    }
  } finally {
    await rows.return(undefined as never); // closes the file when a handler threw
  }
}

async function* countBytes(
  path: string,
  size: number,
  onBytes: ((done: number, total: number) => void) | undefined,
): AsyncGenerator<Uint8Array> {
  let done = 0;
  onBytes?.(0, size);
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })) {
    done += (chunk as Buffer).length;
    onBytes?.(done, size);
    yield chunk as Buffer;
  }
}
