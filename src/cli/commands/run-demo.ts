import { Command } from 'commander';
import { DEMO_DEFAULTS } from '../../demo/demo-defaults.js';
import { DEMO_PASSWORD } from '../../demo/demo-team.js';
import { configFrom, parsePort, parseSeed, type ServerOptions } from '../cli-options.js';

interface DemoOptions extends ServerOptions {
  seed: number;
}

export function runDemoCommand(): Command {
  return new Command('demo')
    .description(
      `Serve Trellis with a demo partner program: on a database without users, first seed ${DEMO_DEFAULTS.partners} partners, ` +
        `${DEMO_DEFAULTS.accounts} accounts, a vendor team and partner users, with deals and deal registrations (the same seed gives the same data); ` +
        'later starts reuse the data',
    )
    .option('--seed <n>', 'seed for the generated data', parseSeed, DEMO_DEFAULTS.seed)
    .option('--host <host>', 'interface to listen on (default: HOST or 127.0.0.1)')
    .option('--port <port>', 'port to listen on, 0 for any free port (default: PORT or 3000)', parsePort)
    .addHelpText(
      'after',
      `\nEvery demo user's password is ${DEMO_PASSWORD}.\nData goes to TRELLIS_DATA_DIR (default .trellis/data), or to DATABASE_URL when set.`,
    )
    .action(async (options: DemoOptions) => {
      const { describeDatabase, openConfiguredDatabase } = await import('../open-configured-database.js');
      const { runServer } = await import('../run-server.js');
      const { seedDemoIfEmpty } = await import('../../demo/seed-demo-if-empty.js');
      const { findDemoLogins } = await import('../../demo/find-demo-logins.js');
      const { createSeedProgress } = await import('../seed-progress.js');
      const { formatLogins } = await import('../print-logins.js');
      const { systemCtx } = await import('../system-ctx.js');

      // Request logs would bury the logins; LOG_LEVEL still turns them on.
      // The demo is a snapshot of a program: scheduled jobs (registration expiry) stay off unless JOB_TICK_SECONDS says otherwise.
      const config = configFrom(options, { LOG_LEVEL: 'warn', JOB_TICK_SECONDS: '0' });
      const database = await openConfiguredDatabase(config);
      let logins: Awaited<ReturnType<typeof findDemoLogins>>;
      try {
        const progress = createSeedProgress(`Seeding the demo program (seed ${options.seed})`);
        const seeded = await seedDemoIfEmpty(database, {
          seed: options.seed,
          onProgress: progress.onProgress,
        }).finally(progress.stop);
        process.stdout.write(
          seeded
            ? `Seeded ${seeded.partners} partners, ${seeded.accounts} accounts, ${seeded.users} users, ${seeded.deals} deals and ${seeded.registrations} deal registrations (seed ${seeded.seed}).\n`
            : 'The database already has users: reusing its data (delete it to seed again).\n',
        );
        logins = await findDemoLogins(systemCtx(database, 'demo'));
      } catch (error) {
        await database.close().catch(() => undefined);
        throw error;
      }
      const url = await runServer(database, config);
      process.stdout.write(
        [
          '',
          `Trellis demo is running (${describeDatabase(config)})`,
          `  URL:      ${url}`,
          `  API docs: ${url}/api/docs`,
          '',
          logins.length
            ? formatLogins(logins, DEMO_PASSWORD)
            : 'No demo logins: this database was not seeded by the demo.',
          '',
          'Press Ctrl+C to stop.',
          '',
        ].join('\n'),
      );
    });
}
