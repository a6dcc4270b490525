import { readCsvWithHeader } from '../../platform/csv/csv-header.js';
import { invalidFields } from '../../platform/errors.js';
import { type ColumnMapping, resolveColumns } from './account-columns.js';
import { type AccountRecord, readAccountRow } from './read-account-row.js';

export interface RowProblem {
  line: number;
  field: string;
  message: string;
}

export interface AccountList {
  columns: ColumnMapping;
  records: AccountRecord[];
  rowsRead: number;
  rejections: RowProblem[];
  notices: RowProblem[];
}

const CHUNK = 64 * 1024;

/** The bytes of an upload in pieces, so reading it streams instead of decoding it whole at once. */
export function* chunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
}

/**
 * Reads a whole account list (CSV bytes: UTF-8 or UTF-16 with BOM, delimiter sniffed) through the column
 * mapping. Every row ends up either as a record or as a rejection with its line and reason; `check` adds
 * the caller's own row rules (population, duplicate ids) and returns problems to reject the row for.
 */
export async function readAccountList(
  bytes: Uint8Array,
  explicit: ColumnMapping = {},
  check: (record: AccountRecord) => { field: string; message: string }[] = () => [],
): Promise<AccountList> {
  const rows = readCsvWithHeader(chunks(bytes));
  const list: AccountList = { columns: {}, records: [], rowsRead: 0, rejections: [], notices: [] };
  let resolved = false;
  for await (const row of rows) {
    list.rowsRead++;
    if ('error' in row) {
      list.rejections.push({ line: row.line, field: 'row', message: row.error });
      continue;
    }
    if (!resolved) {
      const { columns, problems } = resolveColumns(Object.keys(row.values), explicit);
      if (problems.length > 0) throw invalidFields(problems);
      list.columns = columns;
      resolved = true;
    }
    const result = readAccountRow(row.line, row.values, list.columns);
    if (!result.ok) {
      list.rejections.push(...result.problems.map((p) => ({ line: result.line, ...p })));
      continue;
    }
    const problems = check(result.record);
    if (problems.length > 0) {
      list.rejections.push(...problems.map((p) => ({ line: row.line, ...p })));
      continue;
    }
    list.records.push(result.record);
    list.notices.push(...result.notices.map((n) => ({ line: row.line, ...n })));
  }
  return list;
}
