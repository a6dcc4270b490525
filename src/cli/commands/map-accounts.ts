import { Command } from 'commander';
import type { ColumnMapping } from '../../analytics/matching/account-columns.js';
import type { MappingPhase, MappingSummary } from '../../analytics/matching/files/map-account-files.js';
import { parseColumnMapping, parsePositiveInteger } from '../cli-options.js';

interface MapOptions {
  out: string;
  vendorColumns?: ColumnMapping;
  partnerColumns?: ColumnMapping;
  fuzzy: boolean;
  partitions?: number;
  tempDir?: string;
}

const PHASES: Record<MappingPhase, { label: string; unit: string; scale: number }> = {
  read: { label: 'Reading both files ', unit: 'MB', scale: 1e6 },
  join: { label: 'Exact matching     ', unit: 'partitions', scale: 1 },
  fuzzy: { label: 'Fuzzy name matching', unit: 'partitions', scale: 1 },
};

export function mapAccountsCommand(): Command {
  return new Command('map')
    .description(
      'Map a vendor’s and a partner’s account lists (CSV exports) against each other, on this machine ' +
        'without a server or database: matches by domain, exact name and fuzzy name, with a report of the rows ' +
        'that could not be read',
    )
    .argument('<vendor.csv>', 'the vendor’s accounts (e.g. a Salesforce export)')
    .argument('<partner.csv>', 'the partner’s accounts (e.g. a HubSpot export)')
    .option('--out <file>', 'where the overlaps go; rejected rows go next to it', 'overlaps.csv')
    .option(
      '--vendor-columns <mapping>',
      'which column holds each field, e.g. "name=Account Name,domain=Website" (fields: id, name, domain, email, population, country, industry); unmapped fields are guessed from the header',
      parseColumnMapping,
    )
    .option('--partner-columns <mapping>', 'the same for the partner’s file', parseColumnMapping)
    .option('--no-fuzzy', 'exact rules only (domain, exact name)')
    .option('--partitions <n>', 'partitions per key (default: 64 per million rows)', parsePositiveInteger)
    .option('--temp-dir <dir>', 'where the partition files go while the command runs (default: the system’s)')
    .addHelpText(
      'after',
      '\nExample:\n  trellis map vendor.csv partner.csv --out overlaps.csv --vendor-columns "name=Account Name,domain=Website"',
    )
    .action(async (vendorPath: string, partnerPath: string, options: MapOptions) => {
      const { mapAccountFiles } = await import('../../analytics/matching/files/map-account-files.js');
      const { createProgressBar } = await import('../seed-progress.js');
      let phase: MappingPhase | undefined;
      let bar: ReturnType<typeof createProgressBar> | undefined;
      const summary = await mapAccountFiles({
        vendorPath,
        partnerPath,
        outPath: options.out,
        columns: {
          ...(options.vendorColumns ? { vendor: options.vendorColumns } : {}),
          ...(options.partnerColumns ? { partner: options.partnerColumns } : {}),
        },
        fuzzy: options.fuzzy,
        ...(options.partitions ? { partitions: options.partitions } : {}),
        ...(options.tempDir ? { tempDir: options.tempDir } : {}),
        onProgress(next, done, total) {
          if (next !== phase) {
            bar?.stop();
            phase = next;
            bar = createProgressBar(PHASES[next].label, PHASES[next]);
          }
          bar?.onProgress(done, total);
        },
      }).finally(() => bar?.stop());
      process.stdout.write(formatSummary(summary));
    });
}

const int = (value: number) => value.toLocaleString('en-US');

function formatSummary(summary: MappingSummary): string {
  const { vendor, partner, matches, seconds } = summary;
  const side = (name: string, s: MappingSummary['vendor']) =>
    `  ${name}: ${s.path} — ${int(s.rowsRead)} rows read, ${int(s.accepted)} accepted, ${int(s.rejected)} rejected`;
  const width = Math.max(...summary.byPopulation.map((p) => `${p.vendor} → ${p.partner}`.length), 0);
  const lines = [
    'Account mapping',
    side('vendor ', vendor),
    side('partner', partner),
    '',
    `Matches: ${int(matches.total)} (domain ${int(matches.domain)}, exact name ${int(matches.name)}, fuzzy name ${int(matches.fuzzy_name)})`,
    `Partner accounts matched: ${int(summary.partnerAccountsMatched)} of ${int(partner.accepted)}`,
    '',
    ...(summary.byPopulation.length > 0
      ? [
          'By population (vendor → partner):',
          ...summary.byPopulation.map(
            (p) => `  ${`${p.vendor} → ${p.partner}`.padEnd(width)}  ${int(p.matches).padStart(12)}`,
          ),
          '',
        ]
      : []),
    `Overlaps: ${summary.outPath}`,
    vendor.rejected + partner.rejected > 0
      ? `Rows rejected: ${int(vendor.rejected)} vendor, ${int(partner.rejected)} partner — reasons in ${summary.rejectedPath}`
      : `Rows rejected: none (${summary.rejectedPath} lists none)`,
    `Took ${seconds.total.toFixed(1)} s: reading ${seconds.read.toFixed(1)} s, ` +
      `exact ${seconds.join.toFixed(1)} s, fuzzy ${seconds.fuzzy.toFixed(1)} s (${int(summary.partitions)} partition${summary.partitions === 1 ? '' : 's'})`,
    '',
  ];
  return lines.join('\n');
}
