import { readCsvWithHeader } from '../../../platform/csv/csv-header.js';
import { type FlatRecord, flattenCrmRecord } from './flatten-crm-record.js';
import { readJsonRecords } from './stream-json-records.js';

export const CRM_FORMATS = ['csv', 'json'] as const;
export type CrmFormat = (typeof CRM_FORMATS)[number];

/**
 * One record of a CRM export: its cells, or why it could not be read. `row` is the CSV line, or the
 * record's position in a JSON export (from 1), so a report points at the place in the file.
 */
export type CrmRecord = { row: number; values: FlatRecord } | { row: number; error: string };

/** A JSON export starts with `{` or `[` (after a byte order mark and white space); anything else is read as CSV. */
export function detectCrmFormat(head: Uint8Array): CrmFormat {
  const text = new TextDecoder('utf-8')
    .decode(head.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('{') || text.startsWith('[') ? 'json' : 'csv';
}

/** Streams the records of a CRM export in either format, holding one record at a time. */
export async function* readCrmRecords(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  format: CrmFormat,
): AsyncGenerator<CrmRecord, void, undefined> {
  if (format === 'csv') {
    for await (const row of readCsvWithHeader(source)) {
      yield 'error' in row ? { row: row.line, error: row.error } : { row: row.line, values: row.values };
    }
    return;
  }
  for await (const record of readJsonRecords(source)) {
    yield 'error' in record
      ? { row: record.index, error: record.error }
      : { row: record.index, values: flattenCrmRecord(record.value as Record<string, unknown>) };
  }
}

export interface CrmFileSample {
  /** Column names in the order first seen. */
  columns: string[];
  /** Up to `size` values per column from the first records, for a person choosing the mapping. */
  samples: Record<string, string[]>;
  rows: number;
}

/** Column names and sample values from the first records, and the number of records in the whole file. */
export async function sampleCrmFile(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  format: CrmFormat,
  size = 3,
): Promise<CrmFileSample> {
  const columns: string[] = [];
  const samples: Record<string, string[]> = Object.create(null);
  let rows = 0;
  for await (const record of readCrmRecords(source, format)) {
    rows++;
    if (rows > 50 || 'error' in record) continue;
    for (const [column, value] of Object.entries(record.values)) {
      if (!samples[column]) {
        samples[column] = [];
        columns.push(column);
      }
      const list = samples[column]!;
      if (value.trim() && list.length < size && !list.includes(value)) list.push(value);
    }
  }
  return { columns, samples: { ...samples }, rows };
}

/** The column names of the first records only: enough to map a file too large to read twice. */
export async function readCrmColumns(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  format: CrmFormat,
  records = 20,
): Promise<string[]> {
  const columns = new Set<string>();
  let seen = 0;
  for await (const record of readCrmRecords(source, format)) {
    if (!('error' in record)) for (const column of Object.keys(record.values)) columns.add(column);
    if (++seen >= records) break;
  }
  return [...columns];
}
