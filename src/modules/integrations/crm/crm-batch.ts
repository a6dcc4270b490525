import type { FlatRecord } from './flatten-crm-record.js';

/** One row of a batch: where it is in the file and its cells. */
export interface CrmBatchRow {
  row: number;
  values: FlatRecord;
}

export interface CrmRowError {
  row: number;
  field: string;
  reason: string;
}

export interface CrmBatchResult {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: CrmRowError[];
}

export function emptyBatchResult(): CrmBatchResult {
  return { created: 0, updated: 0, unchanged: 0, failed: 0, errors: [] };
}

/** The trimmed cell a Trellis field is mapped to; '' when the field is unmapped or the cell empty. */
export function mappedValue(values: FlatRecord, mapping: Record<string, string>, name: string): string {
  const column = mapping[name];
  return column === undefined ? '' : (values[column] ?? '').trim();
}

/** Counts failed rows once each, however many problems a row has. */
export function countFailed(errors: readonly CrmRowError[]): number {
  return new Set(errors.map((e) => e.row)).size;
}
