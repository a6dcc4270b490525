import { Command } from 'commander';
import { configFrom, parsePort, type ServerOptions } from '../cli-options.js';

export function serveApiCommand(): Command {
  return new Command('serve')
    .description(
      'Migrate the database and serve the Trellis API (PostgreSQL when DATABASE_URL is set, else PGlite)',
    )
    .option('--host <host>', 'interface to listen on (default: HOST or 127.0.0.1)')
    .option('--port <port>', 'port to listen on, 0 for any free port (default: PORT or 3000)', parsePort)
    .addHelpText(
      'after',
      '\nStops cleanly on Ctrl+C or SIGTERM. See the README for every environment variable.',
    )
    .action(async (options: ServerOptions) => {
      const { describeDatabase, openConfiguredDatabase } = await import('../open-configured-database.js');
      const { runServer } = await import('../run-server.js');
      const config = configFrom(options);
      const database = await openConfiguredDatabase(config);
      const url = await runServer(database, config);
      process.stdout.write(
        `Trellis is listening on ${url} (${describeDatabase(config)})\nAPI docs: ${url}/api/docs\n`,
      );
    });
}
