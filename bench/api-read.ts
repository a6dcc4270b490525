/**
 * API read benchmark: partner list and partner detail under load on 10,000 partners and 1,000,000
 * accounts, side by side with the same server's hello-world route (GET /api/health) in the same run.
 *
 *   npm run bench:api-read -- [--db pglite,postgres] [--duration 10] [--connections 50] [--warmup 3]
 *                             [--repeat 1] [--pool 10] [--cpu-prof] [--only list,detail-admin,detail-partner]
 *
 * Seeds each database if needed, starts the server in a child process, checks the answers, warms up,
 * then runs autocannon against each route. With --repeat N every route runs N rounds (all routes per
 * round) and the median round is reported. Exits non-zero when any request failed or was not a 200.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { sql } from 'drizzle-orm';
import {
  BENCH_TARGETS,
  type BenchTarget,
  flag,
  hasFlag,
  openBenchDatabase,
  parseTarget,
  RESULTS_DIR,
} from './bench-db.js';
import { type CpuUse, cpuBetween, sampleCpu } from './cpu.js';
import { checkAnswers, loginCookie } from './sanity.js';
import { type BenchFixtures, seedLarge } from './seed-large.js';
import { type LoopDelay, type ServerChild, startServer } from './server-child.js';

const args = process.argv.slice(2);
const targets = (flag(args, 'db') ?? BENCH_TARGETS.join(',')).split(',').map(parseTarget);
const duration = Number(flag(args, 'duration') ?? 10);
const connections = Number(flag(args, 'connections') ?? 50);
const warmup = Number(flag(args, 'warmup') ?? 3);
const repeat = Math.max(1, Number(flag(args, 'repeat') ?? 1));
const pool = flag(args, 'pool') ? Number(flag(args, 'pool')) : undefined;
const cpuProfile = hasFlag(args, 'cpu-prof');
const only = flag(args, 'only')?.split(',');

/** The targets for the partner routes (the hello-world baseline has none). */
const TARGETS: Record<BenchTarget, { reqPerSec: number; p99Ms: number }> = {
  postgres: { reqPerSec: 6_000, p99Ms: 25 },
  pglite: { reqPerSec: 2_000, p99Ms: 25 },
};

interface Scenario {
  name: string;
  description: string;
  headers: Record<string, string>;
  /** Paths taken in turn, one per request. */
  paths: string[];
  baseline?: boolean;
}

interface Measurement {
  target: BenchTarget;
  scenario: string;
  reqPerSec: number;
  latencyMs: { average: number; p50: number; p90: number; p99: number; p999: number; max: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  cpu: CpuUse;
  /** How long the server's event loop was held up during the run. */
  loopDelayMs: LoopDelay | null;
}

/** The median round of a route (by req/s), with every round kept for the record. */
interface RunResult extends Measurement {
  description: string;
  ratioToBaseline: number | null;
  meetsTarget: boolean | null;
  backgroundBusy: number | null;
  /** Failed requests (errors include timeouts) and non-2xx answers over all rounds, not just the median. */
  failedInAllRounds: { errors: number; non2xx: number };
  rounds: { reqPerSec: number; p99: number; errors: number; serverCpu: number | null }[];
}

function scenarios(fixtures: BenchFixtures, partnerIds: string[], partnerCookie: string): Scenario[] {
  const asAdmin = { authorization: `Bearer ${fixtures.adminApiKey}` };
  const all: Scenario[] = [
    {
      name: 'health',
      description: 'GET /api/health (hello world, no auth)',
      headers: {},
      paths: ['/api/health'],
      baseline: true,
    },
    {
      name: 'list',
      description: 'GET /api/partners?limit=50 as vendor admin (API key)',
      headers: asAdmin,
      paths: ['/api/partners?limit=50'],
    },
    {
      name: 'detail-admin',
      description: `GET /api/partners/:id over ${partnerIds.length.toLocaleString('en-US')} ids as vendor admin (API key)`,
      headers: asAdmin,
      paths: partnerIds.map((id) => `/api/partners/${id}`),
    },
    {
      name: 'detail-partner',
      description: 'GET /api/partners/:id of its own partner as a partner user (session cookie)',
      headers: { cookie: partnerCookie },
      paths: [`/api/partners/${fixtures.ownPartnerId}`],
    },
  ];
  return all.filter((s) => s.baseline || !only || only.includes(s.name));
}

async function load(url: string, scenario: Scenario, seconds: number): Promise<Result> {
  let next = 0;
  const { paths } = scenario;
  return autocannon({
    url,
    connections,
    duration: seconds,
    headers: scenario.headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          request.path = paths[next++ % paths.length]!;
          return request;
        },
      },
    ],
  });
}

function median<T>(values: T[], key: (value: T) => number): T {
  const sorted = [...values].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** How busy the machine is (0–1 of all cores) while our server sits idle: the other tenants' load. */
async function backgroundBusy(serverPid: number): Promise<number | null> {
  const before = sampleCpu(serverPid);
  await new Promise((done) => setTimeout(done, 2000));
  return cpuBetween(before, sampleCpu(serverPid)).machineBusy;
}

async function measure(target: BenchTarget, server: ServerChild, scenario: Scenario): Promise<Measurement> {
  await server.loopDelay();
  const before = sampleCpu(server.pid);
  const run = await load(server.url, scenario, duration);
  const cpu = cpuBetween(before, sampleCpu(server.pid));
  const loopDelayMs = await server.loopDelay();
  const statusCodes = Object.fromEntries(
    Object.entries(run.statusCodeStats).map(([code, s]) => [code, s.count]),
  );
  return {
    target,
    scenario: scenario.name,
    reqPerSec: run.requests.average,
    latencyMs: {
      average: run.latency.average,
      p50: run.latency.p50,
      p90: run.latency.p90,
      p99: run.latency.p99,
      p999: run.latency.p99_9,
      max: run.latency.max,
    },
    requests: run.requests.total,
    errors: run.errors,
    timeouts: run.timeouts,
    non2xx: run.non2xx,
    statusCodes,
    cpu,
    loopDelayMs,
  };
}

async function runTarget(target: BenchTarget): Promise<{ results: RunResult[]; failures: string[] }> {
  const log = (message: string) => console.log(`[${target}] ${message}`);
  const database = await openBenchDatabase(target);
  let fixtures: BenchFixtures;
  let partnerIds: string[];
  try {
    fixtures = await seedLarge(database, target, log);
    const result = (await database.db.execute(
      sql`SELECT id::text AS id FROM partners ORDER BY md5(id::text)`,
    )) as unknown as {
      rows: { id: string }[];
    };
    partnerIds = result.rows.map((r) => r.id);
  } finally {
    await database.close();
  }

  log('starting the server');
  const server: ServerChild = await startServer(target, { pool, cpuProfile });
  const failures: string[] = [];
  const runs = new Map<string, Measurement[]>();
  let background: number | null = null;
  let list: Scenario[] = [];
  try {
    const partnerCookie = await loginCookie(server.url, fixtures.partnerUserEmail, fixtures.password);
    failures.push(
      ...(await checkAnswers(server.url, fixtures, partnerIds, partnerCookie)).map((f) => `${target}: ${f}`),
    );
    list = scenarios(fixtures, partnerIds, partnerCookie);
    background = await backgroundBusy(server.pid);
    log(
      `machine busy before the load (other processes): ${background === null ? '?' : `${Math.round(background * 100)}%`}`,
    );
    // Rounds run every route once, so noise from other tenants falls on all routes alike.
    for (let round = 1; round <= repeat; round++) {
      for (const scenario of list) {
        if (round === 1 && warmup > 0) await load(server.url, scenario, warmup);
        const m = await measure(target, server, scenario);
        runs.set(scenario.name, [...(runs.get(scenario.name) ?? []), m]);
        const bad = Object.entries(m.statusCodes).filter(([code, n]) => code !== '200' && n > 0);
        if (m.errors || m.timeouts || m.non2xx || bad.length) {
          failures.push(
            `${target} ${scenario.name}: ${m.errors} errors (${m.timeouts} of them timeouts), ${m.non2xx} non-2xx, statuses ${JSON.stringify(m.statusCodes)}`,
          );
        }
        log(
          `${repeat > 1 ? `round ${round} ` : ''}${scenario.name}: ${Math.round(m.reqPerSec)} req/s, p50 ${m.latencyMs.p50} ms, ` +
            `p99 ${m.latencyMs.p99} ms, non-2xx ${m.non2xx}, errors ${m.errors}, server CPU ${m.cpu.server ?? '?'} cores, ` +
            `event loop blocked up to ${m.loopDelayMs?.max ?? '?'} ms`,
        );
      }
    }
  } finally {
    await server.stop();
  }

  const goal = TARGETS[target];
  const baselineRuns = runs.get('health') ?? [];
  const baseline = baselineRuns.length ? median(baselineRuns, (m) => m.reqPerSec).reqPerSec : null;
  const results = list.map((scenario): RunResult => {
    const all = runs.get(scenario.name) ?? [];
    const chosen = median(all, (m) => m.reqPerSec);
    return {
      ...chosen,
      description: scenario.description,
      ratioToBaseline: baseline ? Math.round((chosen.reqPerSec / baseline) * 1000) / 1000 : null,
      meetsTarget: scenario.baseline
        ? null
        : chosen.reqPerSec >= goal.reqPerSec && chosen.latencyMs.p99 <= goal.p99Ms,
      backgroundBusy: background,
      failedInAllRounds: {
        errors: all.reduce((sum, m) => sum + m.errors, 0),
        non2xx: all.reduce((sum, m) => sum + m.non2xx, 0),
      },
      rounds: all.map((m) => ({
        reqPerSec: m.reqPerSec,
        p99: m.latencyMs.p99,
        errors: m.errors,
        serverCpu: m.cpu.server,
      })),
    };
  });
  return { results, failures };
}

function printTable(results: RunResult[]): void {
  const header = [
    'database',
    'route',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors/non-2xx',
    'ratio',
    'server CPU',
    'pg CPU',
    'loop max ms',
    'target',
  ];
  const rows = results.map((r) => [
    r.target,
    r.scenario,
    Math.round(r.reqPerSec).toLocaleString('en-US'),
    String(r.latencyMs.p50),
    String(r.latencyMs.p99),
    `${r.failedInAllRounds.errors}/${r.failedInAllRounds.non2xx}`,
    r.ratioToBaseline === null ? '' : r.ratioToBaseline.toFixed(3),
    r.cpu.server === null ? '' : r.cpu.server.toFixed(2),
    r.target === 'postgres' && r.cpu.postgres !== null ? r.cpu.postgres.toFixed(2) : '',
    r.loopDelayMs ? String(r.loopDelayMs.max) : '',
    r.meetsTarget === null ? 'baseline' : r.meetsTarget ? 'met' : 'missed',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const target of new Set(results.map((r) => r.target))) {
    const busy = results.find((r) => r.target === target)?.backgroundBusy;
    if (busy !== null && busy !== undefined) {
      console.log(
        `${target}: the machine was ${Math.round(busy * 100)}% busy with other work just before the load`,
      );
    }
  }
  console.log(
    "ratio = req/s ÷ the same server's GET /api/health req/s; CPU in cores (1.00 = one core); " +
      'errors/non-2xx over all rounds; loop max = longest event-loop stall of the server\n',
  );
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const results: RunResult[] = [];
  const failures: string[] = [];
  for (const target of targets) {
    const outcome = await runTarget(target);
    results.push(...outcome.results);
    failures.push(...outcome.failures);
  }
  printTable(results);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const report = {
    benchmark: 'api-read',
    startedAt: startedAt.toISOString(),
    options: { targets, duration, connections, warmup, repeat, pool: pool ?? null, cpuProfile },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      node: process.version,
      loadAverageAtEnd: loadavg(),
    },
    targets: TARGETS,
    results,
    failures,
  };
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = resolve(RESULTS_DIR, `api-read-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(resolve(RESULTS_DIR, 'api-read-latest.json'), json);
  console.log(`results written to bench/results/${file.split('/').pop()}`);
  if (failures.length) {
    for (const failure of failures) console.error(`FAILED ${failure}`);
    process.exit(1);
  }
}

await main();
