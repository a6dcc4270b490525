import { Command } from 'commander';
import { configFrom } from '../cli-options.js';

export function migrateDatabaseCommand(): Command {
  return new Command('migrate')
    .description('Apply pending database migrations, then exit (serve and demo also migrate on start)')
    .action(async () => {
      const { describeDatabase, openConfiguredDatabase } = await import('../open-configured-database.js');
      const config = configFrom({});
      const database = await openConfiguredDatabase(config);
      await database.close();
      process.stdout.write(`Database is up to date (${describeDatabase(config)})\n`);
    });
}
