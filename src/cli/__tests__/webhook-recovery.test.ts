/**
 * A webhook burst through a server killed with SIGKILL while a delivery is in flight: after a restart
 * every event reaches a receiver that first failed and then recovered, in order per subject, verified
 * with the standardwebhooks package, nothing lost; the one cut off is sent again with the same
 * webhook-id, which the receiver drops. On a PGlite data directory, or on PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { callJson, type Json, killServer, scratchDatabases, signIn, startServer } from './server-process.js';

const ADMIN = { email: 'hooks@example.org', password: 'a long passphrase' };
const SUBJECTS = 20;
const EVENTS_PER_SUBJECT = 10;
const FAILING_FIRST = 15;

const scratch = await scratchDatabases('webhooks');
afterAll(() => scratch.cleanup());

/** Shorter retries and timeouts than production, so the burst drains in seconds. */
const FAST_WEBHOOKS = { WEBHOOK_RETRY_BASE_SECONDS: '1', WEBHOOK_TIMEOUT_SECONDS: '1' };

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

async function environmentFor(): Promise<NodeJS.ProcessEnv> {
  return {
    ...(await scratch.environment()),
    ...FAST_WEBHOOKS,
    TRELLIS_DATA_KEY: randomBytes(32).toString('base64'),
  };
}

/** Every delivery of the subscription, by webhook-id. */
async function deliveries(url: string, headers: Record<string, string>, subscriptionId: string) {
  const all: Json[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=200&sort=createdAt${cursor ? `&cursor=${cursor}` : ''}`;
    const page: Json = await callJson(url, headers, `/api/webhooks/${subscriptionId}/deliveries?${query}`);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

describe('a webhook burst through a killed server', () => {
  for (const target of [scratch.target]) {
    it(`delivers every event at least once, in order per subject, after a restart (${target})`, async () => {
      const env = await environmentFor();
      const admin = await runCli(
        ['create-admin', '--email', ADMIN.email, '--name', 'Hooks', '--password', ADMIN.password],
        env,
      );
      expect(admin.code, admin.stderr).toBe(0);

      let secret = '';
      const receiver = await startReceiver(() => secret);
      let server = await startServer(env);
      let headers = await signIn(server.url, ADMIN);
      const created = await callJson(server.url, headers, '/api/webhooks', {
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
      const account = await callJson(server.url, headers, '/api/accounts', {
        method: 'POST',
        body: JSON.stringify({ name: 'Burst Customer' }),
      });

      // The burst: each subject's events one after another, the subjects side by side.
      const url = server.url;
      const cookie = headers;
      await Promise.all(
        Array.from({ length: SUBJECTS }, async (_, subject) => {
          const deal = await callJson(url, cookie, '/api/deals', {
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
            await callJson(url, cookie, `/api/deals/${deal.id}`, {
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
        receiver.state.killOnNext = () => void killServer(server).then(resolve);
      });
      await killed;
      const beforeRestart = receiver.state.seen.size;
      server = await startServer(env);
      headers = await signIn(server.url, ADMIN);

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
      await killServer(server);
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
