/**
 * A webhook burst through a server killed with SIGKILL while a delivery is in flight: after a restart
 * every event reaches a receiver that first failed and then recovered, in order per subject, verified
 * with the standardwebhooks package, nothing lost; the one cut off is sent again with the same
 * webhook-id, which the receiver drops. On a PGlite data directory, or on PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './run-cli.js';

const ADMIN = { email: 'hooks@example.org', password: 'a long passphrase' };
const SUBJECTS = 20;
const EVENTS_PER_SUBJECT = 10;
const FAILING_FIRST = 15;

const dir = await mkdtemp(join(tmpdir(), 'trellis-webhooks-'));
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
    WEBHOOK_RETRY_BASE_SECONDS: '1',
    WEBHOOK_TIMEOUT_SECONDS: '1',
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
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

// Answers are read as loosely typed JSON: the test checks their shape itself.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Json = any;

async function call(url: string, headers: Record<string, string>, path: string, init: RequestInit = {}) {
  const res = await fetch(`${url}${path}`, {
    ...init,
    headers: { ...headers, ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
  const body: Json = res.status === 204 ? null : await res.json();
  expect(res.status, JSON.stringify(body)?.slice(0, 300)).toBeLessThan(300);
  return body;
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

function headerRecord(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]));
}

/**
 * The integrator's endpoint: refuses its first requests, then accepts; keeps each webhook-id once (a
 * repeat is acknowledged and dropped). When armed, it takes the next message and has the server killed
 * before answering, so that message is received but never acknowledged.
 */
async function startReceiver(secret: () => string) {
  const state = {
    requests: 0,
    duplicates: 0,
    badSignatures: 0,
    firstSeen: [] as Array<{ id: string; subject: string }>,
    seen: new Set<string>(),
    killOnNext: null as null | (() => void),
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      state.requests += 1;
      if (state.requests <= FAILING_FIRST) {
        response.writeHead(503).end('warming up');
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = headerRecord(request.headers);
      let message: { data: { entity: string; id: string } };
      try {
        message = new Webhook(secret()).verify(body, headers) as typeof message;
      } catch {
        state.badSignatures += 1;
        response.writeHead(400).end('bad signature');
        return;
      }
      const id = headers['webhook-id']!;
      if (state.seen.has(id)) state.duplicates += 1;
      else {
        state.seen.add(id);
        state.firstSeen.push({ id, subject: `${message.data.entity}:${message.data.id}` });
      }
      const killer = state.killOnNext;
      if (killer) {
        state.killOnNext = null;
        killer();
        return;
      }
      setTimeout(() => response.writeHead(204).end(), 30);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/trellis-hooks`,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const TARGETS = [process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'];

async function environmentFor(target: string): Promise<NodeJS.ProcessEnv> {
  const key = { TRELLIS_DATA_KEY: randomBytes(32).toString('base64') };
  if (target === 'PGlite') return { ...key, TRELLIS_DATA_DIR: join(dir, 'pglite'), DATABASE_URL: '' };
  const server = process.env.TEST_DATABASE_URL!;
  const name = `trellis_webhooks_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  databases.push(name);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { ...key, DATABASE_URL: url.toString() };
}

/** Every delivery of the subscription, by webhook-id. */
async function deliveries(url: string, headers: Record<string, string>, subscriptionId: string) {
  const all: Json[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=200&sort=createdAt${cursor ? `&cursor=${cursor}` : ''}`;
    const page: Json = await call(url, headers, `/api/webhooks/${subscriptionId}/deliveries?${query}`);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

describe('a webhook burst through a killed server', () => {
  for (const target of TARGETS) {
    it(`delivers every event at least once, in order per subject, after a restart (${target})`, async () => {
      const env = await environmentFor(target);
      const admin = await runCli(
        ['create-admin', '--email', ADMIN.email, '--name', 'Hooks', '--password', ADMIN.password],
        env,
      );
      expect(admin.code, admin.stderr).toBe(0);

      let secret = '';
      const receiver = await startReceiver(() => secret);
      let server = await start(env);
      let headers = await session(server.url);
      const created = await call(server.url, headers, '/api/webhooks', {
        method: 'POST',
        body: JSON.stringify({
          name: 'Recovery receiver',
          url: receiver.url,
          eventTypes: ['deal.created', 'deal.updated'],
          allowPrivateNetwork: true,
        }),
      });
      secret = created.secret;
      const subscriptionId: string = created.subscription.id;
      const account = await call(server.url, headers, '/api/accounts', {
        method: 'POST',
        body: JSON.stringify({ name: 'Burst Customer' }),
      });

      // The burst: each subject's events one after another, the subjects side by side.
      const url = server.url;
      const cookie = headers;
      await Promise.all(
        Array.from({ length: SUBJECTS }, async (_, subject) => {
          const deal = await call(url, cookie, '/api/deals', {
            method: 'POST',
            body: JSON.stringify({
              accountId: account.id,
              name: `Burst deal ${subject}`,
              amountMinor: 100_000,
              currency: 'EUR',
              closeDate: '2027-03-31',
              productLines: ['Analytics'],
            }),
          });
          for (let step = 1; step < EVENTS_PER_SUBJECT; step++) {
            await call(url, cookie, `/api/deals/${deal.id}`, {
              method: 'PATCH',
              body: JSON.stringify({ nextSteps: `Step ${step}` }),
            });
          }
        }),
      );
      const total = SUBJECTS * EVENTS_PER_SUBJECT;
      expect(receiver.state.seen.size, 'every event was delivered before the kill').toBeLessThan(total);

      // Killed while the receiver holds a message it has taken but not yet acknowledged.
      const killed = new Promise<void>((resolve) => {
        receiver.state.killOnNext = () => void kill(server).then(resolve);
      });
      await killed;
      const beforeRestart = receiver.state.seen.size;
      server = await start(env);
      headers = await session(server.url);

      await expect
        .poll(
          async () => {
            const rows = await deliveries(server.url, headers, subscriptionId);
            return rows.filter((d: Json) => d.status === 'succeeded').length;
          },
          { timeout: 60_000, interval: 1000 },
        )
        .toBe(total);
      const rows = await deliveries(server.url, headers, subscriptionId);
      await kill(server);
      await receiver.close();

      expect(rows).toHaveLength(total);
      const eventOf = new Map<string, number>(rows.map((d: Json) => [d.messageId, d.eventId]));
      expect(receiver.state.badSignatures).toBe(0);
      expect([...receiver.state.seen].sort()).toEqual([...eventOf.keys()].sort());
      expect(receiver.state.duplicates, 'the message cut off is sent again').toBeGreaterThanOrEqual(1);
      const bySubject = new Map<string, number[]>();
      for (const { id, subject } of receiver.state.firstSeen) {
        bySubject.set(subject, [...(bySubject.get(subject) ?? []), eventOf.get(id)!]);
      }
      expect(bySubject.size).toBe(SUBJECTS);
      for (const [subject, eventIds] of bySubject) {
        expect(eventIds, subject).toEqual([...eventIds].sort((a, b) => a - b));
        expect(eventIds, subject).toHaveLength(EVENTS_PER_SUBJECT);
      }
      expect(beforeRestart).toBeLessThan(total);
    }, 180_000);
  }
});
