import { Command } from 'commander';
import { configFrom } from '../cli-options.js';

function defaultFileName(now: Date): string {
  return `trellis-backup-${now.toISOString().slice(0, 19).replaceAll(':', '-')}.jsonl.gz`;
}

export function backupDatabaseCommand(): Command {
  return new Command('backup')
    .description(
      'Write every row of the database to one compressed file (restores into PGlite or PostgreSQL)',
    )
    .option('--out <file>', 'where to write it (default: trellis-backup-<time>.jsonl.gz here)')
    .addHelpText(
      'after',
      '\nThe backup is one consistent snapshot, taken while the server may keep running on PostgreSQL. PGlite serves one process: stop the server before backing up its data directory.\n\nExamples:\n  trellis backup --out nightly.jsonl.gz\n  DATABASE_URL=postgres://… trellis backup',
    )
    .action(async (options: { out?: string }) => {
      const { describeDatabase, openConfiguredDatabase } = await import('../open-configured-database.js');
      const { backupToFile } = await import('../../platform/db/backup/backup-file.js');
      const { createProgressBar } = await import('../seed-progress.js');
      const config = configFrom({});
      const path = options.out ?? defaultFileName(new Date());
      const database = await openConfiguredDatabase(config);
      const progress = createProgressBar('Backing up', { unit: 'rows' });
      try {
        const header = await backupToFile(database, path, progress.onProgress);
        progress.stop();
        const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
        process.stdout.write(
          `Backed up ${rows} rows of ${header.tables.length} tables from ${describeDatabase(config)} to ${path}\n`,
        );
      } finally {
        progress.stop();
        await database.close();
      }
    });
}
