import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect } from 'vitest';
import { spawnCli } from './run-cli.js';

/** A `trellis serve` child process and the URL it listens on. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
}

/**
 * Where a restart test keeps its data: a PGlite data directory, or a fresh database on the PostgreSQL of
 * TEST_DATABASE_URL. `cleanup` removes both.
 */
export async function scratchDatabases(prefix: string) {
  const dir = await mkdtemp(join(tmpdir(), `trellis-${prefix}-`));
  const databases: string[] = [];
  return {
    /** The suite runs once per database: on PostgreSQL when TEST_DATABASE_URL is set, else on PGlite. */
    target: process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite',
    async environment(): Promise<NodeJS.ProcessEnv> {
      const server = process.env.TEST_DATABASE_URL;
      if (!server) return { TRELLIS_DATA_DIR: join(dir, 'pglite'), DATABASE_URL: '' };
      const name = `trellis_${prefix}_${randomBytes(5).toString('hex')}`;
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      databases.push(name);
      const url = new URL(server);
      url.pathname = `/${name}`;
      return { DATABASE_URL: url.toString() };
    },
    async cleanup(): Promise<void> {
      await rm(dir, { recursive: true, force: true });
      const server = process.env.TEST_DATABASE_URL;
      if (!server) return;
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      for (const name of databases) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Starts `trellis serve` on a free port with jobs ticking every second, and waits until it listens. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawnCli(['serve', '--port', '0'], {
    JOB_TICK_SECONDS: '1',
    JOB_LEASE_SECONDS: '3',
    LOG_LEVEL: 'error',
    ...env,
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error('the server did not start')), 60_000);
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { url, child };
}

/** SIGKILL: no shutdown hooks, no chance to finish what it was doing. */
export function killServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

/** Logs in and returns the session cookie header. */
export async function signIn(
  url: string,
  credentials: { email: string; password: string },
): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('trellis_session='))!;
  return { cookie: cookie.split(';')[0]! };
}

// Answers are read as loosely typed JSON: the tests check their shape themselves.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Json = any;

/** Sends a request expecting success, and returns its JSON (null for 204). */
export async function callJson(
  url: string,
  headers: Record<string, string>,
  path: string,
  init: RequestInit = {},
): Promise<Json> {
  const res = await fetch(`${url}${path}`, {
    ...init,
    headers: { ...headers, ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
  const body: Json = res.status === 204 ? null : await res.json();
  expect(res.status, JSON.stringify(body)?.slice(0, 300)).toBeLessThan(300);
  return body;
}
