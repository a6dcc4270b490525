import { Command } from 'commander';
import { userError } from '../cli-errors.js';
import { configFrom } from '../cli-options.js';

export function restoreDatabaseCommand(): Command {
  return new Command('restore')
    .description('Load a backup written by "trellis backup" into the configured database')
    .argument('<file>', 'the backup file')
    .option('--replace', 'empty the database first (otherwise it must hold no data)', false)
    .addHelpText(
      'after',
      '\nThe restore runs in one transaction: on any problem (a damaged file, another schema version, data already present) nothing changes. Stop the servers first.\n\nExamples:\n  trellis restore nightly.jsonl.gz\n  DATABASE_URL=postgres://… trellis restore nightly.jsonl.gz --replace',
    )
    .action(async (file: string, options: { replace: boolean }) => {
      const { existsSync } = await import('node:fs');
      if (!existsSync(file)) throw userError(`no such file: ${file}`);
      const { describeDatabase, openConfiguredDatabase } = await import('../open-configured-database.js');
      const { restoreFromFile } = await import('../../platform/db/backup/backup-file.js');
      const { BackupRestoreError } = await import('../../platform/db/backup/restore-backup.js');
      const { createProgressBar } = await import('../seed-progress.js');
      const config = configFrom({});
      const database = await openConfiguredDatabase(config);
      const progress = createProgressBar('Restoring', { unit: 'rows' });
      try {
        const header = await restoreFromFile(database, file, {
          replace: options.replace,
          onProgress: progress.onProgress,
        });
        progress.stop();
        const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
        process.stdout.write(
          `Restored ${rows} rows of ${header.tables.length} tables (backup of ${header.createdAt}) into ${describeDatabase(config)}\n`,
        );
      } catch (error) {
        if (error instanceof BackupRestoreError) throw userError(error.message);
        throw error;
      } finally {
        progress.stop();
        await database.close();
      }
    });
}
