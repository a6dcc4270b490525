/**
 * Load test: 100 concurrent users working in Trellis for 60 s against PostgreSQL, on the demo program.
 * Partner users read their portal (registrations, deals, their partner, tier progress, courses, one
 * registration) and register deals; vendor staff read the program dashboard, the review queue and the
 * partner list. Each user waits a random 100–500 ms between actions (closed loop).
 *
 *   npm run bench:load -- [--users 100] [--duration 60] [--partner-share 0.7] [--keep]
 *
 * Creates the database trellis_bench_load afresh (BENCH_LOAD_DATABASE_URL overrides; the name must
 * start with trellis_bench), seeds the demo, starts the server in a child process, then runs the users
 * in this process. Prints and saves (bench/results/load-*.json) requests, p50/p95/p99 and errors per
 * endpoint; exits non-zero when any request failed or answered other than expected.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/demo/demo-team.js';
import { seedDemoIfEmpty } from '../src/demo/seed-demo-if-empty.js';
import { openDatabase } from '../src/platform/db/client.js';
import { migrateDatabase } from '../src/platform/db/migrate.js';
import { queryRows } from '../src/platform/db/rows.js';
import { flag, hasFlag, RESULTS_DIR } from './bench-db.js';
import { loginCookie } from './sanity.js';
import { startServer } from './server-child.js';

const args = process.argv.slice(2);
const userCount = Number(flag(args, 'users') ?? 100);
const durationS = Number(flag(args, 'duration') ?? 60);
const partnerShare = Number(flag(args, 'partner-share') ?? 0.7);
const keep = hasFlag(args, 'keep');

const databaseUrl =
  process.env.BENCH_LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/trellis_bench_load';
const databaseName = new URL(databaseUrl).pathname.slice(1);
if (!/^trellis_bench\w*$/.test(databaseName))
  throw new Error('The load database must be named trellis_bench*');

async function recreateDatabase(): Promise<void> {
  const server = new URL(databaseUrl);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${databaseName}"`);
  } finally {
    await client.end();
  }
}

interface Login {
  email: string;
  role: string;
  partnerId: string | null;
}

/** Partner and vendor users who can log in, and an own registration per partner for detail reads. */
async function loadPeople() {
  const database = await openDatabase({ url: databaseUrl });
  try {
    await migrateDatabase(database);
    const started = performance.now();
    const summary = await seedDemoIfEmpty(database, {});
    if (summary)
      process.stdout.write(`Seeded the demo in ${Math.round((performance.now() - started) / 1000)} s\n`);
    const people = await queryRows<Login & { partner_id: string | null }>(
      database.db,
      sql`SELECT email, role, partner_id FROM users
          WHERE status = 'active' AND password_hash IS NOT NULL ORDER BY email`,
    );
    const registrations = await queryRows<{ partner_id: string; id: string }>(
      database.db,
      sql`SELECT DISTINCT ON (partner_id) partner_id, id FROM registrations ORDER BY partner_id, created_at DESC`,
    );
    return {
      partners: people.filter((p) => p.partner_id).map((p) => ({ ...p, partnerId: p.partner_id })),
      vendors: people
        .filter((p) => !p.partner_id && ['admin', 'partner_manager', 'sales_rep'].includes(p.role))
        .map((p) => ({ ...p, partnerId: null })),
      registrationOf: new Map(registrations.map((r) => [r.partner_id, r.id])),
    };
  } finally {
    await database.close();
  }
}

interface Action {
  name: string;
  weight: number;
  method: 'GET' | 'POST';
  expect: number;
  path(user: VirtualUser): string;
  body?(user: VirtualUser): unknown;
}

interface VirtualUser {
  index: number;
  cookie: string;
  partnerId: string | null;
  registrationId: string | null;
  sent: number;
}

const PARTNER_ACTIONS: Action[] = [
  {
    name: 'portal: registrations list',
    weight: 25,
    method: 'GET',
    expect: 200,
    path: () => '/api/registrations?limit=25',
  },
  { name: 'portal: deals list', weight: 15, method: 'GET', expect: 200, path: () => '/api/deals?limit=25' },
  {
    name: 'portal: own partner',
    weight: 10,
    method: 'GET',
    expect: 200,
    path: (u) => `/api/partners/${u.partnerId}`,
  },
  {
    name: 'portal: tier progress',
    weight: 10,
    method: 'GET',
    expect: 200,
    path: (u) => `/api/tiers/partners/${u.partnerId}/progress`,
  },
  {
    name: 'portal: course catalogue',
    weight: 10,
    method: 'GET',
    expect: 200,
    path: () => '/api/enablement/courses',
  },
  {
    name: 'portal: registration detail',
    weight: 15,
    method: 'GET',
    expect: 200,
    path: (u) => (u.registrationId ? `/api/registrations/${u.registrationId}` : '/api/registrations?limit=1'),
  },
  {
    name: 'portal: register a deal',
    weight: 15,
    method: 'POST',
    expect: 201,
    path: () => '/api/registrations',
    body: (u) => {
      const key = `${u.index}-${u.sent}-${Date.now().toString(36)}`;
      return {
        customerName: `Loadtest Customer ${key}`,
        customerWebsite: `loadtest-${key}.example.com`,
        productLines: ['Analytics'],
        amountMinor: 2_500_000,
        currency: 'USD',
        expectedClose: '2027-06-30',
        submit: true,
      };
    },
  },
];

const VENDOR_ACTIONS: Action[] = [
  {
    name: 'console: program dashboard',
    weight: 35,
    method: 'GET',
    expect: 200,
    path: () => '/api/partners/summary',
  },
  {
    name: 'console: review queue',
    weight: 30,
    method: 'GET',
    expect: 200,
    path: () => '/api/registrations?status=under_review&limit=25',
  },
  {
    name: 'console: partner list',
    weight: 25,
    method: 'GET',
    expect: 200,
    path: () => '/api/partners?limit=50&sort=name',
  },
  { name: 'console: tier program', weight: 10, method: 'GET', expect: 200, path: () => '/api/tiers' },
];

function pick(actions: Action[]): Action {
  const total = actions.reduce((sum, a) => sum + a.weight, 0);
  let roll = Math.random() * total;
  for (const action of actions) {
    roll -= action.weight;
    if (roll < 0) return action;
  }
  return actions[actions.length - 1]!;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

await recreateDatabase();
const people = await loadPeople();
process.env.BENCH_DATABASE_URL = databaseUrl;
const server = await startServer('postgres');
process.stdout.write(`Server on ${server.url}; logging in ${userCount} users\n`);

const partnerUsers = Math.round(userCount * partnerShare);
const users: VirtualUser[] = [];
for (let i = 0; i < userCount; i++) {
  const pool = i < partnerUsers ? people.partners : people.vendors;
  const person = pool[i % pool.length]!;
  users.push({
    index: i,
    cookie: await loginCookie(server.url, person.email, DEMO_PASSWORD),
    partnerId: person.partnerId,
    registrationId: person.partnerId ? (people.registrationOf.get(person.partnerId) ?? null) : null,
    sent: 0,
  });
}

const latencies = new Map<string, number[]>();
const failures = new Map<string, string[]>();
const stopAt = performance.now() + durationS * 1000;

async function runUser(user: VirtualUser): Promise<void> {
  const actions = user.partnerId ? PARTNER_ACTIONS : VENDOR_ACTIONS;
  while (performance.now() < stopAt) {
    await new Promise((done) => setTimeout(done, 100 + Math.random() * 400));
    const action = pick(actions);
    const body = action.body?.(user);
    user.sent += 1;
    const started = performance.now();
    let problem: string | null = null;
    try {
      const response = await fetch(`${server.url}${action.path(user)}`, {
        method: action.method,
        headers: { cookie: user.cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      if (response.status !== action.expect) problem = `${response.status} ${text.slice(0, 160)}`;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    const elapsed = performance.now() - started;
    (latencies.get(action.name) ?? latencies.set(action.name, []).get(action.name)!).push(elapsed);
    if (problem) (failures.get(action.name) ?? failures.set(action.name, []).get(action.name)!).push(problem);
  }
}

process.stdout.write(
  `Running ${userCount} users (${partnerUsers} partner, ${userCount - partnerUsers} vendor) for ${durationS} s\n`,
);
await Promise.all(users.map(runUser));
await server.stop();

const rows = [...latencies.entries()]
  .map(([name, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      endpoint: name,
      requests: values.length,
      perSecond: round(values.length / durationS),
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted[sorted.length - 1] ?? 0),
      errors: failures.get(name)?.length ?? 0,
    };
  })
  .sort((a, b) => a.endpoint.localeCompare(b.endpoint));
const total = rows.reduce((sum, r) => sum + r.requests, 0);
const errors = rows.reduce((sum, r) => sum + r.errors, 0);

process.stdout.write(
  '\n| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|\n',
);
for (const r of rows) {
  process.stdout.write(
    `| ${r.endpoint} | ${r.requests} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.errors} |\n`,
  );
}
process.stdout.write(
  `\n${total} requests, ${errors} errors (${((errors / Math.max(total, 1)) * 100).toFixed(3)} %)\n`,
);
for (const [name, problems] of failures)
  process.stdout.write(`  ${name}: ${problems.slice(0, 3).join(' | ')}\n`);

mkdirSync(RESULTS_DIR, { recursive: true });
const file = resolve(RESULTS_DIR, `load-${new Date().toISOString().replaceAll(':', '-').slice(0, 19)}.json`);
writeFileSync(
  file,
  JSON.stringify({ users: userCount, durationS, partnerShare, total, errors, rows }, null, 2),
);
process.stdout.write(`Saved ${file}\n`);

if (!keep) {
  const server = new URL(databaseUrl);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await client.end();
}
process.exit(errors > 0 ? 1 : 0);
