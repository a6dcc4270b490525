/**
 * A server killed with SIGKILL in the middle of an import and of a tier evaluation: after a restart
 * nothing is half-written or duplicated, the work can be run again to the same end, and scheduled jobs
 * run again. On a PGlite data directory, or on PostgreSQL when TEST_DATABASE_URL is set.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './run-cli.js';

const ADMIN = { email: 'ops@example.org', password: 'a long passphrase' };
const ACCOUNTS = 20_000;
const PARTNERS = 100;

const dir = await mkdtemp(join(tmpdir(), 'trellis-crash-'));
const databases: string[] = [];

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  for (const name of databases) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
});

interface Server {
  url: string;
  child: ChildProcess;
}

async function start(env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawnCli(['serve', '--port', '0'], {
    ...env,
    JOB_TICK_SECONDS: '1',
    JOB_LEASE_SECONDS: '3',
    LOG_LEVEL: 'error',
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

function kill(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

async function session(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('trellis_session='))!;
  return { cookie: cookie.split(';')[0]! };
}

const csv = [
  'Account ID,Account Name,Website,Type',
  ...Array.from(
    { length: ACCOUNTS },
    (_, i) => `CR-${i},Crash Customer ${i} Ltd,crash-customer-${i}.com,Prospect`,
  ),
].join('\n');

function importAccounts(url: string, headers: Record<string, string>) {
  return fetch(`${url}/api/accounts/import?system=salesforce`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv' },
    body: csv,
  });
}

// Answers are read as loosely typed JSON: the test checks their shape itself.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Json = any;

async function json(
  url: string,
  headers: Record<string, string>,
  path: string,
  init: RequestInit = {},
): Promise<Json> {
  const res = await fetch(`${url}${path}`, {
    ...init,
    headers: { ...headers, ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return res.json();
}

/** The suite runs once per database: on PostgreSQL when TEST_DATABASE_URL is set, else on PGlite. */
const TARGETS = [process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'];

async function environmentFor(target: string): Promise<NodeJS.ProcessEnv> {
  if (target === 'PGlite') return { TRELLIS_DATA_DIR: join(dir, 'pglite'), DATABASE_URL: '' };
  const server = process.env.TEST_DATABASE_URL!;
  const name = `trellis_crash_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  databases.push(name);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.toString() };
}

describe('a server killed mid-work', () => {
  for (const target of TARGETS) {
    it(`loses and duplicates nothing, and finishes its work after a restart (${target})`, async () => {
      const env = await environmentFor(target);
      const admin = await runCli(
        ['create-admin', '--email', ADMIN.email, '--name', 'Ops', '--password', ADMIN.password],
        env,
      );
      expect(admin.code, admin.stderr).toBe(0);

      // An import cut off: either all of it or none of it is there afterwards.
      let server = await start(env);
      let headers = await session(server.url);
      const cut = importAccounts(server.url, headers).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await kill(server);
      expect(await cut, 'the import finished before the kill').toBeNull();
      server = await start(env);
      headers = await session(server.url);
      const rerunResponse = await importAccounts(server.url, headers);
      const rerun: Json = await rerunResponse.json();
      expect(rerunResponse.status, JSON.stringify(rerun).slice(0, 300)).toBe(200);
      expect([0, ACCOUNTS]).toContain(rerun.created);
      expect(rerun.created + rerun.updated + rerun.unchanged).toBe(ACCOUNTS);
      const again: Json = await (await importAccounts(server.url, headers)).json();
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: ACCOUNTS });

      // A tier evaluation cut off: every partner moved, or none.
      for (let i = 0; i < PARTNERS; i++) {
        await json(server.url, headers, '/api/partners', {
          method: 'POST',
          body: JSON.stringify({ name: `Crash Partner ${i}`, type: 'reseller', stage: 'active' }),
        });
      }
      const evaluation = fetch(`${server.url}/api/tiers/evaluate`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ dryRun: false }),
      }).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await kill(server);
      expect(await evaluation, 'the evaluation finished before the kill').toBeNull();
      server = await start(env);
      headers = await session(server.url);
      const partners = await json(server.url, headers, '/api/partners?limit=200');
      const tiers = new Set(partners.items.map((p: { tier: string | null }) => p.tier));
      expect(tiers.size, [...tiers].join(',')).toBe(1);
      const run = await json(server.url, headers, '/api/tiers/evaluate', {
        method: 'POST',
        body: JSON.stringify({ dryRun: false }),
      });
      expect(run.evaluations).toHaveLength(PARTNERS);
      const first = partners.items[0].id;
      const history = await json(server.url, headers, `/api/tiers/partners/${first}/history`);
      expect(history.filter((h: { action: string }) => h.action === 'assign')).toHaveLength(1);

      // Scheduled jobs: none left overdue or unfinished after the restart.
      await expect
        .poll(
          async () => {
            const jobs = await json(server.url, headers, '/api/jobs');
            return jobs.items
              .filter(
                (job: {
                  nextRunAt: string | null;
                  lastStartedAt: string | null;
                  lastFinishedAt: string | null;
                }) =>
                  !job.lastFinishedAt ||
                  Date.parse(job.lastFinishedAt) < Date.parse(job.lastStartedAt ?? job.lastFinishedAt) ||
                  Date.parse(job.nextRunAt ?? '') < Date.now() - 5000,
              )
              .map((job: { name: string }) => job.name);
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toEqual([]);
      await kill(server);
    }, 240_000);
  }
});
