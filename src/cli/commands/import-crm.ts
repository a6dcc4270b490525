import { Command, InvalidArgumentError, Option } from 'commander';
import type { CrmMapping } from '../../modules/integrations/crm/crm-fields.js';
import type { CrmImportReport } from '../../modules/integrations/crm/run-crm-import.js';
import { parsePositiveInteger } from '../cli-options.js';

interface ImportOptions {
  source: 'salesforce' | 'hubspot';
  object: 'accounts' | 'contacts' | 'opportunities';
  mapping?: CrmMapping;
  dryRun: boolean;
  batchSize?: number;
}

const SHOWN_ERRORS = 20;

function parseMapping(value: string): CrmMapping {
  const text = value.trim();
  const mapping: CrmMapping = {};
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.indexOf('=');
    if (at < 1 || !part.slice(at + 1).trim()) throw new InvalidArgumentError(`"${part}" is not field=Column`);
    mapping[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return mapping;
}

/** The file's bytes as a stream, counting what has been read for the progress bar. */
async function* countedChunks(path: string, read: { bytes: number }): AsyncGenerator<Uint8Array> {
  const { createReadStream } = await import('node:fs');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    read.bytes += (chunk as Buffer).length;
    yield chunk as Buffer;
  }
}

const int = (value: number) => value.toLocaleString('en-US');

function formatReport(
  path: string,
  options: ImportOptions,
  mapping: CrmMapping,
  report: CrmImportReport,
): string {
  const lines = [
    `${options.dryRun ? 'Dry run of' : 'Imported'} ${options.source} ${options.object} from ${path}`,
    `  mapping: ${Object.entries(mapping)
      .map(([field, column]) => `${field}=${column}`)
      .join(', ')}`,
    `  rows ${int(report.rows)}: created ${int(report.created)}, updated ${int(report.updated)}, unchanged ${int(report.unchanged)}, failed ${int(report.failed)}`,
    `  ${int(report.batches)} batch${report.batches === 1 ? '' : 'es'}${options.dryRun ? ', nothing written' : ', each in its own transaction'}`,
  ];
  if (report.errors.length) {
    lines.push('Rows not imported:');
    for (const e of report.errors.slice(0, SHOWN_ERRORS))
      lines.push(`  row ${e.row}: ${e.field} ${e.reason}`);
    if (report.failed > SHOWN_ERRORS) lines.push(`  … and ${int(report.failed - SHOWN_ERRORS)} more rows`);
  }
  return `${lines.join('\n')}\n`;
}

export function importCrmCommand(): Command {
  return new Command('import')
    .description(
      'Import accounts, contacts or opportunities from a Salesforce or HubSpot export (CSV or JSON), streamed in ' +
        'batches: upserts by the CRM’s record ids, so running it again changes nothing; bad rows are reported and skipped',
    )
    .argument('<file>', 'the export: CSV, or Salesforce {records:[…]} / HubSpot {results:[…]} JSON')
    .addOption(
      new Option('--source <crm>', 'where the file comes from')
        .choices(['salesforce', 'hubspot'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--object <object>', 'what the file holds')
        .choices(['accounts', 'contacts', 'opportunities'])
        .makeOptionMandatory(),
    )
    .option(
      '--mapping <pairs>',
      'columns for Trellis fields where the usual column names do not fit, e.g. "id=Account ID,name=Account Name"',
      parseMapping,
    )
    .option('--dry-run', 'report what the import would do and write nothing', false)
    .option('--batch-size <rows>', 'rows per batch (default 1000)', parsePositiveInteger)
    .addHelpText(
      'after',
      '\nExample:\n  trellis import accounts.csv --source salesforce --object accounts --dry-run',
    )
    .action(async (path: string, options: ImportOptions) => {
      const { statSync } = await import('node:fs');
      const { userError } = await import('../cli-errors.js');
      const { CRM_FIELDS, mappingProblems, proposeCrmMapping } = await import(
        '../../modules/integrations/crm/crm-fields.js'
      );
      const { detectCrmFormat, readCrmColumns } = await import(
        '../../modules/integrations/crm/read-crm-records.js'
      );
      const { runCrmImport } = await import('../../modules/integrations/crm/run-crm-import.js');
      let size: number;
      try {
        size = statSync(path).size;
      } catch {
        throw userError(`cannot read ${path}`);
      }
      const head = { bytes: 0 };
      let first: Uint8Array = new Uint8Array();
      for await (const chunk of countedChunks(path, head)) {
        first = chunk;
        break;
      }
      const format = detectCrmFormat(first);
      const columns = await readCrmColumns(countedChunks(path, { bytes: 0 }), format);
      const mapping = { ...proposeCrmMapping(options.source, options.object, columns), ...options.mapping };
      const problems = mappingProblems(options.object, mapping, columns);
      if (problems.length) {
        const fields = CRM_FIELDS[options.object].map((f) => f.field).join(', ');
        throw userError(
          `cannot map the file:\n  ${problems.map((p) => `${p.field}: ${p.message}`).join('\n  ')}\n` +
            `  columns: ${columns.join(', ')}\n  fields: ${fields}\n  use --mapping field=Column,…`,
        );
      }
      const { configFrom } = await import('../cli-options.js');
      const { openConfiguredDatabase } = await import('../open-configured-database.js');
      const { systemCtx } = await import('../system-ctx.js');
      const { createProgressBar } = await import('../seed-progress.js');
      const database = await openConfiguredDatabase(configFrom({}));
      const bar = createProgressBar(options.dryRun ? 'Checking ' : 'Importing', { unit: 'MB', scale: 1e6 });
      const read = { bytes: 0 };
      try {
        const report = await runCrmImport(systemCtx(database, 'cli import'), {
          source: options.source,
          object: options.object,
          format,
          mapping,
          chunks: countedChunks(path, read),
          dryRun: options.dryRun,
          ...(options.batchSize ? { batchRows: options.batchSize } : {}),
          onBatch: () => bar.onProgress(read.bytes, size),
        });
        bar.onProgress(size, size);
        bar.stop();
        process.stdout.write(formatReport(path, options, mapping, report));
      } finally {
        bar.stop();
        await database.close();
      }
    });
}
