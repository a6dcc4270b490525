/**
 * Deal registration benchmark: the full submit path (createRegistration with submit: true, as partner
 * users) on 1,000,000 accounts and 100,000 registrations, side by side with a plain single-row INSERT
 * into the same registrations table at the same concurrency, in the same run.
 *
 *   npm run bench:registration -- [--db pglite,postgres] [--duration 20] [--concurrency 8] [--warmup 3]
 *                                 [--accounts 1000000] [--registrations 100000] [--partners 200]
 *                                 [--reset] [--keep] [--profile] [--seed 1]
 *
 * Per database: seed (or reuse) the data set, then baseline INSERTs, the submit path, and the baseline
 * again (the ratio uses the mean of both baselines, so drift from other work on the machine shows).
 * Submissions mix ~60 % new companies, ~25 % existing accounts named by domain, ~10 % by name only and
 * ~5 % companies another partner registered and is protected on. Concurrency defaults to 8 on PostgreSQL
 * and 1 on PGlite (one connection: more callers only queue, which adds latency, not throughput).
 * Rows created by the run are deleted afterwards (--keep leaves them), so every run starts alike.
 * --profile adds a submit phase with every statement timed, and EXPLAIN ANALYZE of the slowest reads.
 * Exits non-zero when any call failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import {
  createRegistration,
  customerKeys,
  registrationFields,
} from '../src/modules/deals/create-registration.js';
import {
  type CreateRegistrationInput,
  ZCreateRegistration,
} from '../src/modules/deals/registrations.schemas.js';
import { registrations } from '../src/modules/deals/registrations.table.js';
import type { UserActor } from '../src/platform/actor.js';
import { systemClock } from '../src/platform/clock.js';
import type { Ctx } from '../src/platform/context.js';
import type { Database, Db } from '../src/platform/db/client.js';
import { createIdGenerator, seededRandom } from '../src/platform/ids.js';
import { BENCH_TARGETS, type BenchTarget, flag, hasFlag, parseTarget, RESULTS_DIR } from './bench-db.js';
import { type CpuUse, cpuBetween, sampleCpu } from './cpu.js';
import {
  accountIdSql,
  COMPANY_SPACE,
  companySql,
  deleteRunRows,
  openRegistrationDatabase,
  PRODUCT_LINES,
  rows,
  type SeedState,
  seedRegistrationData,
  TOUCHED_TABLES,
} from './seed-registrations.js';

const args = process.argv.slice(2);
const numberFlag = (name: string, fallback: number) => {
  const value = flag(args, name);
  if (value === undefined) return fallback;
  const parsed = Number(value.replaceAll('_', ''));
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`);
  return parsed;
};
const targets = (flag(args, 'db') ?? BENCH_TARGETS.join(',')).split(',').map(parseTarget);
const sizes = {
  accounts: numberFlag('accounts', 1_000_000),
  registrations: numberFlag('registrations', 100_000),
  partners: numberFlag('partners', 200),
};
const duration = numberFlag('duration', 20);
const warmup = flag(args, 'warmup') === '0' ? 0 : numberFlag('warmup', 3);
const concurrencyFlag = flag(args, 'concurrency');
const reset = hasFlag(args, 'reset');
const keep = hasFlag(args, 'keep');
const profile = hasFlag(args, 'profile');
const seed = numberFlag('seed', 1);

const DEFAULT_CONCURRENCY: Record<BenchTarget, number> = { postgres: 8, pglite: 1 };
const TARGETS: Record<BenchTarget, { perSec: number; p99Ms: number }> = {
  postgres: { perSec: 1_000, p99Ms: 100 },
  pglite: { perSec: 250, p99Ms: 100 },
};

// ——— Inputs ————————————————————————————————————————————————————————————————————————————————————————

const CATEGORIES = ['new', 'domain', 'name', 'conflict'] as const;
type Category = (typeof CATEGORIES)[number];
/** Cumulative shares: 60 % new companies, 25 % by domain, 10 % by name only, 5 % conflicting. */
const MIX: Array<[Category, number]> = [
  ['new', 0.6],
  ['domain', 0.85],
  ['name', 0.95],
  ['conflict', 1],
];

interface PartnerUser {
  partnerId: string;
  userId: string;
}
interface KnownAccount {
  name: string;
  domains: string[];
}
interface ProtectedRegistration extends KnownAccount {
  partnerId: string;
  productLines: string[];
}
interface NewCompany {
  brand: string;
  ind: string;
  domain: string;
}

interface Op {
  category: Category;
  actor: UserActor;
  input: CreateRegistrationInput;
}

const LEGAL = ['', ' Inc', ' Inc.', ' LLC', ' GmbH', ' Ltd', ' Corp', ' S.A.', ' AG', ' BV'];
const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com'];

/** What the inputs are drawn from, read from the seeded data once per database. */
interface WorkloadData {
  partners: PartnerUser[];
  domainAccounts: KnownAccount[];
  nameAccounts: KnownAccount[];
  protectedRegistrations: ProtectedRegistration[];
  newCompanies: NewCompany[];
}

/** Draws the operations of a run: a fixed, seeded sequence, so runs are comparable. */
class Workload {
  private readonly random: () => number;
  private readonly cursor: Record<Category, number> = { new: 0, domain: 0, name: 0, conflict: 0 };
  private readonly today = new Date();
  private readonly partners: PartnerUser[];
  private readonly domainAccounts: KnownAccount[];
  private readonly nameAccounts: KnownAccount[];
  private readonly protectedRegistrations: ProtectedRegistration[];
  private readonly newCompanies: NewCompany[];

  constructor(runSeed: number, data: WorkloadData) {
    this.random = seededRandom(runSeed);
    ({
      partners: this.partners,
      domainAccounts: this.domainAccounts,
      nameAccounts: this.nameAccounts,
      protectedRegistrations: this.protectedRegistrations,
      newCompanies: this.newCompanies,
    } = data);
  }

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }
  private oneOf<T>(values: readonly T[]): T {
    return values[this.int(values.length)]!;
  }
  private nextOf<T>(category: Category, values: readonly T[]): T {
    if (values.length === 0) throw new Error(`no ${category} inputs`);
    return values[this.cursor[category]++ % values.length]!;
  }
  private actorFor(partner: PartnerUser): UserActor {
    return {
      kind: 'user',
      userId: partner.userId,
      role: 'partner_rep',
      partnerId: partner.partnerId,
      scopes: null,
      apiKeyId: null,
    };
  }

  private deal(productLines?: string[]) {
    const lines = productLines ?? [
      this.oneOf(PRODUCT_LINES),
      ...(this.int(3) === 0 ? [this.oneOf(PRODUCT_LINES)] : []),
    ];
    const close = new Date(this.today.getTime() + (30 + this.int(200)) * 86_400_000);
    const overLimit = this.int(10) === 0; // above the automatic approval limit: a manager reviews
    return {
      productLines: [...new Set(lines)],
      amountMinor: overLimit ? 30_000_000 + this.int(50_000_000) : 500_000 + this.int(20_000_000),
      currency: this.int(20) === 0 ? 'EUR' : 'USD',
      expectedClose: close.toISOString().slice(0, 10),
      customerCountry: this.oneOf(['US', 'US', 'DE', 'GB', 'FR', 'NL']),
      contactName: 'Jordan Buyer',
      contactTitle: 'Head of IT',
      submit: true,
    };
  }

  /** The account's name as another person would type it: other legal form, other case. */
  private respell(name: string): string {
    const base = name.replace(/ (Inc|Corp|GmbH|Ltd|LLC|AG|S\.A\.|BV|Pty Ltd)$/, '');
    const cased = this.int(5) === 0 ? base.toUpperCase() : base;
    return cased + this.oneOf(LEGAL);
  }

  /** A website naming the domain in one of the ways partners write it, or only the contact's email. */
  private website(domain: string): { customerWebsite?: string; contactEmail: string } {
    const email = `jordan.buyer@${domain}`;
    switch (this.int(4)) {
      case 0:
        return { customerWebsite: domain, contactEmail: email };
      case 1:
        return { customerWebsite: `https://www.${domain}/`, contactEmail: email };
      case 2:
        return { customerWebsite: `http://${domain}/contact-us`, contactEmail: email };
      default:
        return { contactEmail: email };
    }
  }

  next(): Op {
    const draw = this.random();
    const category = MIX.find(([, upTo]) => draw < upTo)![0];
    let partner = this.oneOf(this.partners);
    let fields: Record<string, unknown>;
    if (category === 'new') {
      const company = this.nextOf(category, this.newCompanies);
      const name = `${company.brand} ${company.ind}${this.oneOf(LEGAL)}`;
      // Most name a website; some only a name and a free-mail contact.
      fields =
        this.int(7) === 0
          ? { customerName: name, contactEmail: `jordan.buyer@${this.oneOf(FREE_MAIL)}`, ...this.deal() }
          : { customerName: name, customerWebsite: `https://www.${company.domain}`, ...this.deal() };
    } else if (category === 'domain') {
      const account = this.nextOf(category, this.domainAccounts);
      fields = {
        customerName: this.respell(account.name),
        ...this.website(this.oneOf(account.domains)),
        ...this.deal(),
      };
    } else if (category === 'name') {
      const account = this.nextOf(category, this.nameAccounts);
      fields = {
        customerName: this.respell(account.name),
        contactEmail: `jordan.buyer@${this.oneOf(FREE_MAIL)}`,
        ...this.deal(),
      };
    } else {
      const registered = this.nextOf(category, this.protectedRegistrations);
      while (partner.partnerId === registered.partnerId) partner = this.oneOf(this.partners);
      fields = {
        customerName: this.respell(registered.name),
        ...this.website(this.oneOf(registered.domains)),
        ...this.deal([registered.productLines[0]!]),
      };
    }
    return { category, actor: this.actorFor(partner), input: ZCreateRegistration.parse(fields) };
  }
}

function spread(n: number, count: number, random: () => number): number[] {
  return Array.from({ length: count }, () => 1 + Math.floor(random() * n));
}

async function loadWorkloadData(db: Db, state: SeedState, expectedOps: number): Promise<WorkloadData> {
  const random = seededRandom(seed * 7919);
  const partners = await rows<PartnerUser>(
    db,
    sql`SELECT p.id AS "partnerId", u.id AS "userId" FROM partners p
        JOIN users u ON u.partner_id = p.id AND u.role = 'partner_rep'
        WHERE p.created_at <= ${state.seededAt} ORDER BY p.id`,
  );
  const accountsById = (gs: number[]) =>
    rows<KnownAccount>(
      db,
      sql`SELECT a.name, a.domains FROM unnest(${`{${gs.join(',')}}`}::int[]) AS g
          JOIN accounts a ON a.id = ${accountIdSql(sql`g`)}`,
    );
  const accountSample = Math.min(state.accounts, Math.ceil(expectedOps * 0.3) + 100);
  const domainAccounts = await accountsById(spread(state.accounts, accountSample, random));
  const nameAccounts = await accountsById(spread(state.accounts, Math.ceil(accountSample / 2), random));
  const protectedRegistrations = await rows<ProtectedRegistration>(
    db,
    sql`SELECT r.partner_id AS "partnerId", r.product_lines AS "productLines", a.name, a.domains
        FROM registrations r JOIN accounts a ON a.id = r.account_id
        WHERE r.status = 'approved' AND r.protected_until > now() + interval '1 day'
          AND r.created_at <= ${state.seededAt}
        ORDER BY md5(r.id::text || ${String(seed)}) LIMIT ${Math.ceil(expectedOps * 0.06) + 100}`,
  );
  // Companies past the seeded ones are in no account: a random window of them, new on every run.
  const newCount = Math.ceil(expectedOps * 0.65) + 1000;
  const room = COMPANY_SPACE - state.accounts - newCount;
  const start = state.accounts + 1 + Math.floor(Math.random() * room);
  const newCompanies = await rows<NewCompany>(
    db,
    sql`SELECT c.brand, c.ind, c.domain FROM generate_series(${start}::int, ${start + newCount - 1}::int) AS g
        CROSS JOIN LATERAL ${companySql(sql`g`)} AS c`,
  );
  return { partners, domainAccounts, nameAccounts, protectedRegistrations, newCompanies };
}

// ——— Measuring ——————————————————————————————————————————————————————————————————————————————————————

interface Stats {
  count: number;
  perSec: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
}

interface PhaseResult extends Stats {
  phase: string;
  concurrency: number;
  seconds: number;
  errors: number;
  errorSamples: string[];
  cpu: CpuUse;
  byCategory?: Record<string, Stats & { outcomes: Record<string, number> }>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

function stats(latencies: number[], seconds: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    count: sorted.length,
    perSec: Math.round((sorted.length / seconds) * 10) / 10,
    latencyMs: {
      mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted.at(-1) ?? 0),
    },
  };
}

/** What one call reports back: its category and, for the submit path, how it was decided. */
type Call = () => Promise<{ category: Category; outcome: string }>;

/** `concurrency` workers call back to back until `seconds` have passed; every finished call counts. */
async function runPhase(
  phase: string,
  concurrency: number,
  seconds: number,
  nextCall: () => Call,
): Promise<PhaseResult> {
  const latencies: number[] = [];
  const byCategory = new Map<Category, { latencies: number[]; outcomes: Record<string, number> }>();
  const errorSamples = new Set<string>();
  let errors = 0;
  const before = sampleCpu(process.pid);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const call = nextCall();
      const t0 = performance.now();
      try {
        const { category, outcome } = await call();
        const ms = performance.now() - t0;
        latencies.push(ms);
        const entry = byCategory.get(category) ?? { latencies: [], outcomes: {} };
        entry.latencies.push(ms);
        entry.outcomes[outcome] = (entry.outcomes[outcome] ?? 0) + 1;
        byCategory.set(category, entry);
      } catch (error) {
        errors++;
        if (errorSamples.size < 5) errorSamples.add(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuBetween(before, sampleCpu(process.pid));
  return {
    phase,
    concurrency,
    seconds: Math.round(elapsed * 100) / 100,
    ...stats(latencies, elapsed),
    errors,
    errorSamples: [...errorSamples],
    cpu,
    ...(phase.startsWith('submit')
      ? {
          byCategory: Object.fromEntries(
            CATEGORIES.filter((c) => byCategory.has(c)).map((c) => {
              const entry = byCategory.get(c)!;
              return [c, { ...stats(entry.latencies, elapsed), outcomes: entry.outcomes }];
            }),
          ),
        }
      : {}),
  };
}

function ctxFor(db: Db, actor: UserActor): Ctx {
  return { db, actor, clock: systemClock, ids: createIdGenerator(() => systemClock.now()), requestId: null };
}

/** The full submit path: insert the draft, resolve the account, check conflicts, decide, open the deal. */
function submitCalls(db: Db, workload: Workload): () => Call {
  return () => {
    const op = workload.next();
    return async () => {
      const registration = await createRegistration(ctxFor(db, op.actor), op.input);
      return { category: op.category, outcome: `${registration.status} (${registration.accountMatch})` };
    };
  };
}

/** The baseline: one plain INSERT of the same draft row, autocommit, no decision. */
function baselineCalls(db: Db, workload: Workload): () => Call {
  const ids = createIdGenerator(() => systemClock.now());
  return () => {
    const op = workload.next();
    const keys = customerKeys(op.input);
    return async () => {
      const now = systemClock.now();
      await db.insert(registrations).values({
        id: ids(),
        partnerId: op.actor.partnerId!,
        status: 'draft',
        ...registrationFields(op.input),
        customerNormalizedName: keys.normalizedName,
        customerDomain: keys.domain,
        createdBy: op.actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      return { category: op.category, outcome: 'inserted' };
    };
  };
}

// ——— Statement profile (--profile) —————————————————————————————————————————————————————————————————

interface StatementTiming {
  text: string;
  count: number;
  totalMs: number;
  maxMs: number;
  samples: number[];
  slowestParams: unknown[];
}

const timings = new Map<string, StatementTiming>();
let timing = false;

function record(text: string, params: unknown, ms: number): void {
  if (!timing) return;
  const entry = timings.get(text) ?? { text, count: 0, totalMs: 0, maxMs: 0, samples: [], slowestParams: [] };
  entry.count++;
  entry.totalMs += ms;
  entry.samples.push(ms);
  if (ms >= entry.maxMs) {
    entry.maxMs = ms;
    entry.slowestParams = Array.isArray(params) ? params : [];
  }
  timings.set(text, entry);
}

type QueryFn = (...args: unknown[]) => unknown;

function timedQuery(query: QueryFn): QueryFn {
  return function (this: unknown, ...callArgs: unknown[]) {
    const first = callArgs[0] as string | { text?: string; values?: unknown[] };
    const text = typeof first === 'string' ? first : first?.text;
    // drizzle passes (text, params) or ({ text, rowMode, types }, params); pg also takes { text, values }.
    const params = typeof first === 'string' ? callArgs[1] : (first?.values ?? callArgs[1]);
    const t0 = performance.now();
    const last = callArgs.at(-1);
    if (typeof last === 'function') {
      // node-postgres callback form (pool.query)
      callArgs[callArgs.length - 1] = (...cbArgs: unknown[]) => {
        if (text) record(text, params, performance.now() - t0);
        return (last as (...a: unknown[]) => unknown)(...cbArgs);
      };
      return query.apply(this, callArgs);
    }
    const result = query.apply(this, callArgs) as Promise<unknown>;
    if (!text || typeof result?.then !== 'function') return result;
    return result.then(
      (value) => {
        record(text, params, performance.now() - t0);
        return value;
      },
      (error: unknown) => {
        record(text, params, performance.now() - t0);
        throw error;
      },
    );
  };
}

let instrumented = false;
function instrument(database: Database): void {
  if (database.kind === 'postgres') {
    if (instrumented) return;
    instrumented = true;
    const proto = pg.Client.prototype as unknown as { query: QueryFn };
    proto.query = timedQuery(proto.query);
    return;
  }
  type TxLike = { query: QueryFn };
  const client = (database.db as unknown as { $client: TxLike & { transaction: QueryFn } }).$client;
  client.query = timedQuery(client.query.bind(client));
  const transaction = client.transaction.bind(client);
  client.transaction = (callback: unknown) =>
    transaction((tx: TxLike) => {
      tx.query = timedQuery(tx.query.bind(tx));
      return (callback as (tx: TxLike) => unknown)(tx);
    });
}

function statementReport(): Array<{
  statement: string;
  calls: number;
  totalMs: number;
  share: number;
  meanMs: number;
  p99Ms: number;
  maxMs: number;
}> {
  const all = [...timings.values()];
  const total = all.reduce((sum, t) => sum + t.totalMs, 0);
  return all
    .sort((a, b) => b.totalMs - a.totalMs)
    .map((t) => {
      const sorted = [...t.samples].sort((a, b) => a - b);
      return {
        statement: t.text.replace(/\s+/g, ' '),
        calls: t.count,
        totalMs: Math.round(t.totalMs),
        share: Math.round((t.totalMs / total) * 1000) / 10,
        meanMs: Math.round((t.totalMs / t.count) * 100) / 100,
        p99Ms: Math.round(percentile(sorted, 0.99) * 100) / 100,
        maxMs: Math.round(t.maxMs * 100) / 100,
      };
    });
}

type RunQuery = (text: string, params: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;

/** Runs `fn` on one connection inside a transaction that is rolled back afterwards. */
async function inRolledBackTransaction<T>(
  database: Database,
  fn: (query: RunQuery) => Promise<T>,
): Promise<T> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'postgres') {
    const connection = await (client as pg.Pool).connect();
    try {
      await connection.query('BEGIN');
      return await fn((text, params) => connection.query(text, params));
    } finally {
      await connection.query('ROLLBACK').catch(() => undefined);
      connection.release();
    }
  }
  type PgliteTx = { query: RunQuery; rollback(): Promise<void> };
  const pglite = client as { transaction<R>(callback: (tx: PgliteTx) => Promise<R>): Promise<R> };
  return pglite.transaction(async (tx) => {
    const result = await fn((text, params) => tx.query(text, params));
    await tx.rollback();
    return result;
  });
}

const jsonParam = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * EXPLAIN ANALYZE of the reads that took the most time, with the parameters of their slowest call, after
 * the same transaction-local settings the submit path makes (set_config, e.g. a trigram threshold).
 */
async function explainSlowReads(
  database: Database,
  limit: number,
): Promise<Array<{ statement: string; plan: string }>> {
  const all = [...timings.values()];
  const settings = all.filter((t) => /\bset_config\s*\(/i.test(t.text));
  const reads = all
    .filter((t) => /^\s*select\b/i.test(t.text) && !/pg_advisory|\bset_config\s*\(/i.test(t.text))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, limit);
  const plans: Array<{ statement: string; plan: string }> = [];
  for (const read of reads) {
    const params = read.slowestParams.map(jsonParam);
    const plan = await inRolledBackTransaction(database, async (query) => {
      for (const setting of settings) await query(setting.text, setting.slowestParams.map(jsonParam));
      const result = await query(`EXPLAIN (ANALYZE, BUFFERS) ${read.text}`, params);
      return result.rows.map((row) => String(Object.values(row)[0])).join('\n');
    });
    const applied = settings.map((t) => `${t.text.replace(/\s+/g, ' ')} ${JSON.stringify(t.slowestParams)}`);
    plans.push({
      statement: `${read.text.replace(/\s+/g, ' ')}  -- params ${JSON.stringify(params)}${applied.length ? ` after ${applied.join('; ')}` : ''}`,
      plan,
    });
  }
  return plans;
}

// ——— Running ————————————————————————————————————————————————————————————————————————————————————————

interface TargetReport {
  target: BenchTarget;
  concurrency: number;
  phases: PhaseResult[];
  baseline: { perSec: number; p99Ms: number };
  submit: PhaseResult;
  ratio: number;
  p99Ratio: number;
  meets: { throughput: boolean; p99: boolean };
  statements?: ReturnType<typeof statementReport>;
  plans?: Array<{ statement: string; plan: string }>;
  machineBusyBefore: number | null;
}

async function machineBusy(): Promise<number | null> {
  const before = sampleCpu(process.pid);
  await new Promise((done) => setTimeout(done, 2000));
  return cpuBetween(before, sampleCpu(process.pid)).machineBusy;
}

function describePhase(target: BenchTarget, p: PhaseResult): string {
  const cpu = [
    p.cpu.loadGenerator === null ? null : `node ${p.cpu.loadGenerator.toFixed(2)}`,
    target === 'postgres' && p.cpu.postgres !== null ? `postgres ${p.cpu.postgres.toFixed(2)}` : null,
    p.cpu.machineBusy === null ? null : `machine ${Math.round(p.cpu.machineBusy * 100)}% busy`,
  ].filter(Boolean);
  return (
    `${p.phase}: ${p.count.toLocaleString('en-US')} in ${p.seconds} s = ${p.perSec.toLocaleString('en-US')}/s, ` +
    `p50 ${p.latencyMs.p50} / p95 ${p.latencyMs.p95} / p99 ${p.latencyMs.p99} / max ${p.latencyMs.max} ms, ` +
    `errors ${p.errors}; CPU cores: ${cpu.join(', ')}`
  );
}

async function runTarget(target: BenchTarget): Promise<TargetReport> {
  const log = (message: string) => console.log(`[${target}] ${message}`);
  const concurrency = concurrencyFlag ? Number(concurrencyFlag) : DEFAULT_CONCURRENCY[target];
  const database = await openRegistrationDatabase(target, {
    reset,
    poolSize: Math.max(10, concurrency + 2),
    log,
  });
  try {
    const state = await seedRegistrationData(database, sizes, log);
    const db = database.db;
    // Enough inputs for 4,000 submissions/s over every submit phase, so no new company is submitted twice.
    // The baseline draws from the same data with its own sequence (it creates no accounts).
    const data = await loadWorkloadData(
      db,
      state,
      Math.ceil(4_000 * (duration + warmup) * (profile ? 2 : 1)),
    );
    const workload = new Workload(seed, data);
    const baselineWorkload = new Workload(seed + 1, data);
    const busy = await machineBusy();
    log(
      `concurrency ${concurrency}; machine busy before the load (other processes): ${busy === null ? '?' : `${Math.round(busy * 100)}%`}`,
    );
    const phases: PhaseResult[] = [];
    const phase = async (name: string, seconds: number, calls: () => Call, record = true) => {
      const result = await runPhase(name, concurrency, seconds, calls);
      if (record) {
        phases.push(result);
        log(describePhase(target, result));
        for (const sample of result.errorSamples) log(`  error: ${sample}`);
      }
      return result;
    };
    try {
      if (warmup > 0) await phase('baseline warm-up', warmup, baselineCalls(db, baselineWorkload), false);
      const baseline1 = await phase(
        'baseline insert (before)',
        duration,
        baselineCalls(db, baselineWorkload),
      );
      if (warmup > 0) await phase('submit warm-up', warmup, submitCalls(db, workload), false);
      const submit = await phase('submit', duration, submitCalls(db, workload));
      for (const [category, s] of Object.entries(submit.byCategory ?? {})) {
        log(
          `  ${category.padEnd(8)} ${s.count.toLocaleString('en-US').padStart(7)} calls, p50 ${s.latencyMs.p50} / p99 ${s.latencyMs.p99} ms; ` +
            Object.entries(s.outcomes)
              .sort((a, b) => b[1] - a[1])
              .map(([outcome, n]) => `${outcome} ${n}`)
              .join(', '),
        );
      }
      const baseline2 = await phase('baseline insert (after)', duration, baselineCalls(db, baselineWorkload));
      let statements: ReturnType<typeof statementReport> | undefined;
      let plans: Array<{ statement: string; plan: string }> | undefined;
      if (profile) {
        instrument(database);
        timings.clear();
        timing = true;
        await phase('submit (profiled)', duration, submitCalls(db, workload));
        timing = false;
        statements = statementReport();
        log('statements of the submit path by total time (time includes waiting for locks and the CPU):');
        for (const s of statements.slice(0, 25)) {
          log(
            `  ${String(s.share).padStart(5)}%  ${String(s.calls).padStart(6)} calls  mean ${s.meanMs} ms  p99 ${s.p99Ms} ms  ${s.statement.slice(0, 160)}`,
          );
        }
        plans = await explainSlowReads(database, 6);
        for (const p of plans) log(`EXPLAIN (ANALYZE, BUFFERS) ${p.statement}\n${p.plan}\n`);
      }
      const baseline = {
        perSec: Math.round(((baseline1.perSec + baseline2.perSec) / 2) * 10) / 10,
        p99Ms: Math.max(baseline1.latencyMs.p99, baseline2.latencyMs.p99),
      };
      const goal = TARGETS[target];
      return {
        target,
        concurrency,
        phases,
        baseline,
        submit,
        ratio: Math.round((submit.perSec / baseline.perSec) * 1000) / 1000,
        p99Ratio: Math.round((submit.latencyMs.p99 / baseline.p99Ms) * 10) / 10,
        meets: { throughput: submit.perSec >= goal.perSec, p99: submit.latencyMs.p99 <= goal.p99Ms },
        ...(statements ? { statements } : {}),
        ...(plans ? { plans } : {}),
        machineBusyBefore: busy,
      };
    } finally {
      if (keep) log('--keep: the rows of this run stay in the database');
      else {
        const deleted = await deleteRunRows(db, state);
        log(`deleted the ${deleted.toLocaleString('en-US')} rows this run created`);
        if (database.kind === 'pglite') {
          // PGlite has no autovacuum.
          for (const table of TOUCHED_TABLES) await db.execute(sql.raw(`VACUUM (ANALYZE) ${table}`));
        }
      }
    }
  } finally {
    await database.close();
  }
}

function printSummary(reports: TargetReport[]): void {
  console.log('\nDeal registration, submit path vs plain INSERT (same run, same concurrency)\n');
  const header = [
    'database',
    'conc.',
    'baseline rows/s',
    'baseline p99',
    'submit reg/s',
    'p50',
    'p95',
    'p99',
    'ratio',
    'targets',
  ];
  const table = reports.map((r) => {
    const goal = TARGETS[r.target];
    return [
      r.target,
      String(r.concurrency),
      r.baseline.perSec.toLocaleString('en-US'),
      `${r.baseline.p99Ms} ms`,
      r.submit.perSec.toLocaleString('en-US'),
      `${r.submit.latencyMs.p50} ms`,
      `${r.submit.latencyMs.p95} ms`,
      `${r.submit.latencyMs.p99} ms`,
      r.ratio.toFixed(3),
      `≥ ${goal.perSec}/s ${r.meets.throughput ? 'PASS' : 'FAIL'}, p99 ≤ ${goal.p99Ms} ms ${r.meets.p99 ? 'PASS' : 'FAIL'}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 9 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log(
    '\nratio = submit registrations/s ÷ mean baseline rows/s of the runs before and after; baseline p99 is the worse of the two.',
  );
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const reports: TargetReport[] = [];
  for (const target of targets) reports.push(await runTarget(target));
  printSummary(reports);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const report = {
    benchmark: 'registration',
    startedAt: startedAt.toISOString(),
    options: {
      targets,
      sizes,
      duration,
      warmup,
      concurrency: concurrencyFlag ?? DEFAULT_CONCURRENCY,
      seed,
      profile,
    },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      node: process.version,
      loadAverageAtEnd: loadavg(),
    },
    targets: TARGETS,
    reports,
  };
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = resolve(RESULTS_DIR, `registration-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(resolve(RESULTS_DIR, 'registration-latest.json'), json);
  console.log(`results written to bench/results/${file.split('/').pop()}`);
  const failed = reports.flatMap((r) => r.phases).filter((p) => p.errors > 0);
  if (failed.length) {
    for (const p of failed) console.error(`FAILED ${p.phase}: ${p.errors} calls threw`);
    process.exit(1);
  }
}

await main();
