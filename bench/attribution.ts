/**
 * Attribution at scale: 1,000,000 closed deals with ~4.5 million partner touches on a local
 * PostgreSQL, every model computed, timed against simply fetching the touchpoints in the same run.
 *
 *   npm run bench:attribution -- [--deals 1000000] [--partners 400] [--runs 3] [--keep]
 *   npm run bench:attribution -- --kernels-only    (the models on journeys made in memory, no database)
 *
 * Works in its own scratch database (trellis_bench_attribution, on the server of BENCH_DATABASE_URL
 * or postgres://postgres@127.0.0.1:5432), created, migrated and seeded here with set-based SQL
 * (INSERT … SELECT FROM generate_series, foreign-key triggers off), and dropped at the end unless
 * --keep is given.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { creditJourneys, journeyMembers } from '../src/analytics/attribution/credit-journeys.js';
import type { Journeys } from '../src/analytics/attribution/journeys.js';
import { MODEL_NAMES, touchShares } from '../src/analytics/attribution/models.js';
import { seededRandom } from '../src/analytics/attribution/shapley-sampling.js';
import { attributeDeals } from '../src/modules/attribution/attribute-deals.js';
import { loadDealJourneys } from '../src/modules/attribution/load-deal-journeys.js';
import { systemActor } from '../src/platform/actor.js';
import { systemClock } from '../src/platform/clock.js';
import type { Ctx } from '../src/platform/context.js';
import { openDatabase } from '../src/platform/db/client.js';
import { migrateDatabase } from '../src/platform/db/migrate.js';
import { queryRows } from '../src/platform/db/rows.js';
import { createIdGenerator } from '../src/platform/ids.js';
import { flag, hasFlag } from './bench-db.js';

const args = process.argv.slice(2);
const DEALS = Number(flag(args, 'deals') ?? 1_000_000);
const PARTNERS = Number(flag(args, 'partners') ?? 400);
const RUNS = Number(flag(args, 'runs') ?? 3);
const KEEP = hasFlag(args, 'keep');
const DATABASE = 'trellis_bench_attribution';
const PERIOD = { start: new Date('2025-01-01T00:00:00Z'), end: new Date('2026-01-01T00:00:00Z') };
const HALF_LIFE = { halfLifeDays: 7 };

function serverUrl(database: string): string {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Deals closed in 2025 (60% won), each with 1–8 touches (4.5 on average) from up to three partners. */
async function seed(): Promise<{ deals: number; touches: number }> {
  const client = new pg.Client({ connectionString: serverUrl(DATABASE) });
  await client.connect();
  try {
    const existing = await client.query('select count(*)::int as n from opportunities');
    if (existing.rows[0].n !== DEALS) {
      const started = performance.now();
      await client.query('truncate registrations, touchpoints, opportunities cascade');
      await client.query("set session_replication_role = 'replica'");
      await client.query('set max_parallel_workers_per_gather = 0');
      await client.query('select setseed(0.42)');
      await client.query(`
        create temporary table bench_deals as
        select i,
          1 + floor(random() * 8)::int as touches,
          random() < 0.6 as won,
          (1000 + floor(random() * 5000000))::bigint as amount,
          timestamptz '2025-01-01' + random() * interval '364 days' as closed,
          floor(${PARTNERS} * random() ^ 2)::int as p1,
          floor(${PARTNERS} * random() ^ 2)::int as p2,
          floor(${PARTNERS} * random())::int as p3
        from generate_series(1, ${DEALS}) as i`);
      await client.query(`
        insert into opportunities (id, account_id, name, amount_minor, currency, stage, close_date,
          product_lines, source, closed_at, created_at, updated_at)
        select lpad(to_hex(i), 32, '0')::uuid, lpad(to_hex(i), 32, '0')::uuid, 'Bench deal ' || i, amount,
          'USD', case when won then 'closed_won' else 'closed_lost' end, closed::date, '{core}', 'partner',
          closed, closed - interval '120 days', closed
        from bench_deals`);
      await client.query(`
        insert into touchpoints (id, opportunity_id, partner_id, kind, occurred_at)
        select lpad(to_hex(i::bigint * 16 + k), 32, '0')::uuid, lpad(to_hex(i), 32, '0')::uuid,
          lpad(to_hex(1000000000 + (array[p1, p2, p3])[1 + floor(random() * 3)::int]), 32, '0')::uuid,
          'meeting', closed - (touches - k) * interval '9 days' - random() * interval '8 days'
        from bench_deals, generate_series(1, touches) as k`);
      // A third of the deals came from an approved registration (the W-shaped lead-creation touch).
      await client.query(`
        insert into registrations (id, partner_id, status, customer_name, customer_normalized_name,
          product_lines, amount_minor, currency, expected_close, opportunity_id, approved_at, created_at,
          updated_at)
        select lpad(to_hex(i), 32, '0')::uuid, lpad(to_hex(1000000000 + p1), 32, '0')::uuid, 'approved',
          'Bench customer', 'bench customer', '{core}', amount, 'USD', closed::date, lpad(to_hex(i), 32, '0')::uuid,
          closed - (touches / 2) * interval '9 days', closed - interval '120 days', closed
        from bench_deals where i % 3 = 0`);
      await client.query('analyze opportunities, touchpoints, registrations');
      console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const counts = await client.query(
      'select (select count(*) from opportunities)::int as deals, (select count(*) from touchpoints)::int as touches',
    );
    return counts.rows[0];
  } finally {
    await client.end();
  }
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The same shape as the seeded deals (1–8 touches from up to three partners, 60% won), in memory. */
function syntheticJourneys(): Journeys {
  const random = seededRandom(42);
  const offsets = new Int32Array(DEALS + 1);
  for (let i = 0; i < DEALS; i += 1) offsets[i + 1] = offsets[i]! + 1 + Math.floor(random() * 8);
  const touches = offsets[DEALS]!;
  const channels = new Int32Array(touches);
  const ageDays = new Float64Array(touches);
  const conversions = new Float64Array(DEALS);
  const values = new Float64Array(DEALS);
  for (let i = 0; i < DEALS; i += 1) {
    const three = [
      Math.floor(PARTNERS * random() ** 2),
      Math.floor(PARTNERS * random() ** 2),
      Math.floor(PARTNERS * random()),
    ];
    for (let t = offsets[i]!; t < offsets[i + 1]!; t += 1) {
      channels[t] = three[Math.floor(random() * 3)]!;
      ageDays[t] = (offsets[i + 1]! - t) * 9;
    }
    conversions[i] = random() < 0.6 ? 1 : 0;
    values[i] = conversions[i] ? 1000 + Math.floor(random() * 5_000_000) : 0;
  }
  const nulls = conversions.map((c) => 1 - c);
  const leadTouch = new Int32Array(DEALS).fill(-1);
  return {
    count: DEALS,
    channelCount: PARTNERS,
    offsets,
    channels,
    ageDays,
    leadTouch,
    conversions,
    nulls,
    values,
  };
}

function kernelsOnly(): void {
  const journeys = syntheticJourneys();
  console.log(
    `${DEALS.toLocaleString('en')} journeys, ${journeys.channels.length.toLocaleString('en')} touches in memory`,
  );
  for (let run = 0; run < RUNS; run += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const members = journeyMembers(journeys);
    const shares = new Float64Array(journeys.channels.length);
    const line: string[] = [];
    for (const model of MODEL_NAMES) {
      const cpuModel = process.cpuUsage();
      creditJourneys(journeys, touchShares(journeys, model, HALF_LIFE, shares), null, 1, members);
      const used = process.cpuUsage(cpuModel);
      line.push(`${model} ${((used.user + used.system) / 1000).toFixed(0)}`);
    }
    const cpu = process.cpuUsage(cpuBefore);
    console.log(
      `run ${run + 1}: all models ${(performance.now() - started).toFixed(0)} ms wall, ` +
        `${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (${line.join(', ')} ms CPU)`,
    );
  }
}

async function main() {
  if (hasFlag(args, 'kernels-only')) return kernelsOnly();
  await onServer(`create database ${DATABASE}`).catch((error: { code?: string }) => {
    if (error.code !== '42P04') throw error; // already exists (a --keep run)
  });
  const database = await openDatabase({ url: serverUrl(DATABASE), poolSize: 2 });
  try {
    await migrateDatabase(database);
    const size = await seed();
    console.log(`${size.deals.toLocaleString('en')} deals, ${size.touches.toLocaleString('en')} touches`);
    const ctx: Ctx = {
      db: database.db,
      actor: systemActor('bench'),
      clock: systemClock,
      ids: createIdGenerator(() => new Date()),
      requestId: null,
    };
    const fetchOnly: number[] = [];
    const endToEnd: number[] = [];
    const computeOnly: number[] = [];
    const computeCpu: number[] = [];
    const perModel = new Map<string, number[]>();
    for (let run = 0; run < RUNS; run += 1) {
      // Baseline: just the touchpoint rows of the period's closed deals, through the same driver.
      const fetched = await timed(() =>
        queryRows<{ opportunity_id: string; partner_id: string; occurred_at: Date }>(
          ctx.db,
          sql`select t.opportunity_id, t.partner_id, t.occurred_at
              from touchpoints t join opportunities o on o.id = t.opportunity_id
              where o.stage in ('closed_won', 'closed_lost')
                and o.closed_at >= ${PERIOD.start.toISOString()}::timestamptz
                and o.closed_at < ${PERIOD.end.toISOString()}::timestamptz`,
        ),
      );
      fetchOnly.push(fetched.ms);
      const fetchedRows = fetched.result.length;
      fetched.result.length = 0;

      // End to end: load the journeys and credit every partner under all eight models.
      const full = await timed(async () => {
        const data = await loadDealJourneys(ctx, PERIOD.start, PERIOD.end);
        const reuse = {
          members: journeyMembers(data.journeys),
          shares: new Float64Array(data.journeys.channels.length),
        };
        for (const model of MODEL_NAMES) attributeDeals(data, model, HALF_LIFE, reuse);
        return data;
      });
      endToEnd.push(full.ms);

      // Compute only, on the journeys already in memory: the members once, then each model. CPU time
      // of this process is reported beside wall time, because the machine is shared.
      const data = full.result;
      const cpuBefore = process.cpuUsage();
      const shared = await timed(() => ({
        members: journeyMembers(data.journeys),
        shares: new Float64Array(data.journeys.channels.length),
      }));
      let total = shared.ms;
      for (const model of MODEL_NAMES) {
        const { ms } = await timed(() =>
          creditJourneys(
            data.journeys,
            touchShares(data.journeys, model, HALF_LIFE, shared.result.shares),
            data.currencyOf,
            1,
            shared.result.members,
          ),
        );
        total += ms;
        perModel.set(model, [...(perModel.get(model) ?? []), ms]);
      }
      const cpu = process.cpuUsage(cpuBefore);
      computeCpu.push((cpu.user + cpu.system) / 1000);
      computeOnly.push(total);
      console.log(
        `run ${run + 1}: fetch ${fetchedRows.toLocaleString('en')} touch rows ${(fetched.ms / 1000).toFixed(2)} s; ` +
          `end to end ${(full.ms / 1000).toFixed(2)} s (${data.journeys.count.toLocaleString('en')} journeys, ` +
          `${data.journeys.channelCount} partners); all models ${total.toFixed(0)} ms wall, ` +
          `${computeCpu.at(-1)!.toFixed(0)} ms CPU`,
      );
    }
    const fetchMs = median(fetchOnly);
    const fullMs = median(endToEnd);
    console.log('\nMedians');
    console.log(`  fetch touchpoints only      ${(fetchMs / 1000).toFixed(2)} s`);
    console.log(
      `  end to end, all 8 models    ${(fullMs / 1000).toFixed(2)} s  (${(fullMs / fetchMs).toFixed(2)}× fetch)`,
    );
    console.log(
      `  compute, all 8 models       ${median(computeOnly).toFixed(0)} ms wall, ${median(computeCpu).toFixed(0)} ms CPU`,
    );
    for (const [model, times] of perModel)
      console.log(`    ${model.padEnd(16)} ${median(times).toFixed(0)} ms`);
  } finally {
    await database.close();
    if (!KEEP) await onServer(`drop database if exists ${DATABASE}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
