/**
 * The real server on a bench database, meant to run as a child process of a load generator so the
 * two never share an event loop. Listens on 127.0.0.1 (port 0 picks a free one), request logs off.
 * Reports `{ ready: true, port }` over IPC when started from fork(), and prints `listening <port>`.
 * Stops cleanly on SIGTERM/SIGINT or an IPC `stop` message (so --cpu-prof profiles get written); an IPC
 * `loop-delay` message answers with the event-loop delay since the last one.
 *
 *   npx tsx bench/serve.ts --db pglite|postgres [--port 0] [--pool 10] [--log]
 *
 * --log turns on the server log at LOG_LEVEL (default error) to see why a request failed.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../src/platform/config.js';
import { buildApp } from '../src/platform/http/app.js';
import { flag, hasFlag, openBenchDatabase, PGLITE_DATA_DIR, parseTarget, postgresUrl } from './bench-db.js';

const args = process.argv.slice(2);
const target = parseTarget(flag(args, 'db') ?? 'pglite');
const port = Number(flag(args, 'port') ?? 0);
const pool = flag(args, 'pool');
const log = hasFlag(args, 'log');

const database = await openBenchDatabase(target, pool ? Number(pool) : undefined);
const config = loadConfig(process.env, {
  host: '127.0.0.1',
  port,
  databaseUrl: target === 'postgres' ? postgresUrl() : null,
  dataDir: PGLITE_DATA_DIR,
  logLevel: process.env.LOG_LEVEL ?? 'error',
});
const app = await buildApp({ database, config, logger: log });
await app.listen({ host: '127.0.0.1', port });
const address = app.server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;

// How long the event loop was blocked (a PGlite query runs on it), reported and reset on request.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const ms = (ns: number) => Math.round(ns / 1e4) / 100;

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.on('message', (message) => {
  if (message === 'stop') void stop();
  if (message === 'loop-delay') {
    process.send?.({
      loopDelayMs: {
        p50: ms(loopDelay.percentile(50)),
        p99: ms(loopDelay.percentile(99)),
        max: ms(loopDelay.max),
      },
    });
    loopDelay.reset();
  }
});
// Without a parent there is nobody to stop us; with one, leave when it goes.
process.on('disconnect', () => void stop());

console.log(`listening ${actualPort}`);
process.send?.({ ready: true, port: actualPort });
