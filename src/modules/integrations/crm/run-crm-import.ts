import { type Ctx, inTransaction } from '../../../platform/context.js';
import { importCrmAccountBatch } from './crm-account-batch.js';
import { type CrmBatchResult, type CrmBatchRow, type CrmRowError, emptyBatchResult } from './crm-batch.js';
import { importCrmContactBatch } from './crm-contact-batch.js';
import type { CrmMapping, CrmObject, CrmSource } from './crm-fields.js';
import { importCrmOpportunityBatch } from './crm-opportunity-batch.js';
import { type CrmFormat, readCrmRecords } from './read-crm-records.js';

/** Rows per batch: one planning pass and, when applying, one transaction each. */
export const CRM_BATCH_ROWS = 1_000;
/** Row errors a report keeps; the counts cover every row. */
export const REPORTED_ROW_ERRORS = 1_000;

export interface CrmImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  batches: number;
  errors: CrmRowError[];
}

export interface RunCrmImportInput {
  source: CrmSource;
  object: CrmObject;
  format: CrmFormat;
  mapping: CrmMapping;
  /** The file's bytes in pieces (a file stream, or an upload cut into chunks). */
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  dryRun: boolean;
  batchRows?: number;
  /** Called after each batch with the rows read so far. */
  onBatch?: (report: CrmImportReport) => void;
}

const IMPORTERS: Record<
  CrmObject,
  (
    ctx: Ctx,
    source: CrmSource,
    mapping: CrmMapping,
    rows: readonly CrmBatchRow[],
    dryRun: boolean,
  ) => Promise<CrmBatchResult>
> = {
  accounts: importCrmAccountBatch,
  contacts: importCrmContactBatch,
  opportunities: importCrmOpportunityBatch,
};

/**
 * Reads a CRM export as a stream and imports it batch by batch (each applied batch is its own
 * transaction), so a file of any size needs memory for one batch only. Every row is counted once as
 * created, updated, unchanged or failed; a failed row never holds back the good rows around it. Re-running
 * the same file changes nothing, which also makes re-running after an interruption safe.
 */
export async function runCrmImport(ctx: Ctx, input: RunCrmImportInput): Promise<CrmImportReport> {
  const report: CrmImportReport = {
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    batches: 0,
    errors: [],
  };
  const importer = IMPORTERS[input.object];
  const size = input.batchRows ?? CRM_BATCH_ROWS;
  let batch: CrmBatchRow[] = [];
  let unreadable: CrmRowError[] = [];
  const flush = async () => {
    const result = batch.length
      ? input.dryRun
        ? await importer(ctx, input.source, input.mapping, batch, true)
        : await inTransaction(ctx, (tx) => importer(tx, input.source, input.mapping, batch, false))
      : emptyBatchResult();
    report.batches++;
    report.created += result.created;
    report.updated += result.updated;
    report.unchanged += result.unchanged;
    report.failed += result.failed + unreadable.length;
    const errors = [...unreadable, ...result.errors].sort((a, b) => a.row - b.row);
    report.errors.push(...errors.slice(0, Math.max(0, REPORTED_ROW_ERRORS - report.errors.length)));
    batch = [];
    unreadable = [];
    input.onBatch?.(report);
  };
  for await (const record of readCrmRecords(input.chunks, input.format)) {
    report.rows++;
    if ('error' in record) unreadable.push({ row: record.row, field: 'row', reason: record.error });
    else batch.push(record);
    if (batch.length + unreadable.length >= size) await flush();
  }
  if (batch.length + unreadable.length > 0) await flush();
  return report;
}
