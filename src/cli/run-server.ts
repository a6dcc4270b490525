import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../platform/config.js';
import type { Database } from '../platform/db/client.js';
import { buildApp } from '../platform/http/app.js';
import { JOBS } from '../platform/jobs/job-catalog.js';
import { type Scheduler, startScheduler } from '../platform/jobs/start-scheduler.js';
import { userError } from './cli-errors.js';
import { systemCtx } from './system-ctx.js';

const SHUTDOWN_TIMEOUT_MS = 10_000;

function urlOf(address: AddressInfo, config: Config): string {
  if (process.env.PUBLIC_URL) return config.publicUrl.replace(/\/$/, '');
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Stops on SIGINT or SIGTERM: close the server, then the database; exit 1 if that fails or hangs. */
function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal} received, shutting down…\n`);
    const timer = setTimeout(() => {
      process.stderr.write(`Shutdown did not finish within ${SHUTDOWN_TIMEOUT_MS / 1000} s; exiting.\n`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function listenFailure(error: unknown, config: Config): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return userError(`Port ${config.port} is already in use; pick another with --port or PORT`);
  if (code === 'EADDRNOTAVAIL')
    return userError(`Cannot listen on ${config.host}; pick another with --host or HOST`);
  return error;
}

/**
 * Serves the API on an open, migrated database until a signal stops it, and returns the URL it answers
 * on. Owns the database from here: closes it on shutdown, or at once if the server cannot start.
 */
export async function runServer(database: Database, config: Config): Promise<string> {
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({ database, config });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw listenFailure(error, config);
  }
  const server = app;
  const scheduler: Scheduler | null =
    config.jobTickSeconds > 0
      ? startScheduler(systemCtx(database, 'scheduler'), JOBS, {
          tickMs: config.jobTickSeconds * 1000,
          leaseSeconds: config.jobLeaseSeconds,
          onError: (error) => server.log.error({ err: error }, 'scheduled jobs failed'),
        })
      : null;
  stopOnSignals(async () => {
    await scheduler?.stop();
    await server.close();
    await database.close();
  });
  return urlOf(server.server.address() as AddressInfo, config);
}
