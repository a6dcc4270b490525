import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { reportError } from './cli-errors.js';
import { attributeJourneysCommand } from './commands/attribute-journeys.js';
import { backupDatabaseCommand } from './commands/backup-database.js';
import { createAdminCommand } from './commands/create-admin.js';
import { hashAccountsCommand } from './commands/hash-accounts.js';
import { importCrmCommand } from './commands/import-crm.js';
import { mapAccountsCommand } from './commands/map-accounts.js';
import { migrateDatabaseCommand } from './commands/migrate-database.js';
import { restoreDatabaseCommand } from './commands/restore-database.js';
import { runDemoCommand } from './commands/run-demo.js';
import { serveApiCommand } from './commands/serve-api.js';
import { writeOpenApiCommand } from './commands/write-openapi.js';

// Commands import their heavy dependencies (database, server) inside their actions, so --help starts fast.
// package.json sits two levels up from both src/cli and dist/cli.
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command('trellis')
  .description(
    'Trellis: the partner ecosystem platform (PRM, co-selling, account mapping, ecosystem analytics)',
  )
  .version(version)
  .showHelpAfterError('(add --help for usage)')
  .addCommand(serveApiCommand())
  .addCommand(runDemoCommand())
  .addCommand(migrateDatabaseCommand())
  .addCommand(createAdminCommand())
  .addCommand(backupDatabaseCommand())
  .addCommand(restoreDatabaseCommand())
  .addCommand(writeOpenApiCommand())
  .addCommand(mapAccountsCommand())
  .addCommand(hashAccountsCommand())
  .addCommand(importCrmCommand())
  .addCommand(attributeJourneysCommand())
  .addHelpText(
    'after',
    '\nConfiguration comes from the environment: DATABASE_URL, TRELLIS_DATA_DIR, HOST, PORT, LOG_LEVEL, ...\nRun "trellis <command> --help" for a command’s options.',
  );

// `trellis openapi | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
