/**
 * A server killed with SIGKILL in the middle of an import and of a tier evaluation: after a restart
 * nothing is half-written or duplicated, the work can be run again to the same end, and scheduled jobs
 * run again. On a PGlite data directory, or on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { callJson, type Json, killServer, scratchDatabases, signIn, startServer } from './server-process.js';

const ADMIN = { email: 'ops@example.org', password: 'a long passphrase' };
const ACCOUNTS = 20_000;
const PARTNERS = 100;

const scratch = await scratchDatabases('crash');
afterAll(() => scratch.cleanup());

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

describe('a server killed mid-work', () => {
  for (const target of [scratch.target]) {
    it(`loses and duplicates nothing, and finishes its work after a restart (${target})`, async () => {
      const env = await scratch.environment();
      const admin = await runCli(
        ['create-admin', '--email', ADMIN.email, '--name', 'Ops', '--password', ADMIN.password],
        env,
      );
      expect(admin.code, admin.stderr).toBe(0);

      // An import cut off: either all of it or none of it is there afterwards.
      let server = await startServer(env);
      let headers = await signIn(server.url, ADMIN);
      const cut = importAccounts(server.url, headers).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await killServer(server);
      expect(await cut, 'the import finished before the kill').toBeNull();
      server = await startServer(env);
      headers = await signIn(server.url, ADMIN);
      const rerunResponse = await importAccounts(server.url, headers);
      const rerun: Json = await rerunResponse.json();
      expect(rerunResponse.status, JSON.stringify(rerun).slice(0, 300)).toBe(200);
      expect([0, ACCOUNTS]).toContain(rerun.created);
      expect(rerun.created + rerun.updated + rerun.unchanged).toBe(ACCOUNTS);
      const again: Json = await (await importAccounts(server.url, headers)).json();
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: ACCOUNTS });

      // A tier evaluation cut off: every partner moved, or none.
      for (let i = 0; i < PARTNERS; i++) {
        await callJson(server.url, headers, '/api/partners', {
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
      await killServer(server);
      expect(await evaluation, 'the evaluation finished before the kill').toBeNull();
      server = await startServer(env);
      headers = await signIn(server.url, ADMIN);
      const partners = await callJson(server.url, headers, '/api/partners?limit=200');
      const tiers = new Set(partners.items.map((p: { tier: string | null }) => p.tier));
      expect(tiers.size, [...tiers].join(',')).toBe(1);
      const run = await callJson(server.url, headers, '/api/tiers/evaluate', {
        method: 'POST',
        body: JSON.stringify({ dryRun: false }),
      });
      expect(run.evaluations).toHaveLength(PARTNERS);
      const first = partners.items[0].id;
      const history = await callJson(server.url, headers, `/api/tiers/partners/${first}/history`);
      expect(history.filter((h: { action: string }) => h.action === 'assign')).toHaveLength(1);

      // Scheduled jobs: none left overdue or unfinished after the restart.
      await expect
        .poll(
          async () => {
            const jobs = await callJson(server.url, headers, '/api/jobs');
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
      await killServer(server);
    }, 240_000);
  }
});
