/**
 * Seeds the deal-registration benchmark data set: 200 partners with one partner rep each, 1,000,000
 * accounts with registrable company domains, 100,000 registrations in every status (about 30 %
 * approved and still protected, so conflict checks find rows), their decisions and history, the
 * partner-sourced deals of approved ones, and 50,000 direct opportunities of the vendor.
 *
 * Bulk rows come from set-based SQL (INSERT … SELECT FROM generate_series, one statement per batch),
 * with the secondary indexes of the two big tables dropped during the load and rebuilt from their own
 * definitions in the same transaction. A row in bench_registration_seed records the sizes and when the
 * seed finished: everything created later (by a benchmark run) can be told apart and deleted again.
 *
 * This data set cannot share a database with bench/seed-large.ts (10,000 partners, account domains
 * under .example, which no public suffix list knows), so it lives in its own database and directory.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { eq, type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import { companyDomain } from '../src/analytics/matching/normalize-domain.js';
import { normalizeCompanyName } from '../src/analytics/matching/normalize-name.js';
import { createActiveUser } from '../src/modules/identity/create-active-user.js';
import { users } from '../src/modules/identity/identity.table.js';
import { hashPassword } from '../src/modules/identity/tokens.js';
import { type Role, systemActor } from '../src/platform/actor.js';
import { systemClock } from '../src/platform/clock.js';
import type { Ctx } from '../src/platform/context.js';
import { type Database, type Db, openDatabase } from '../src/platform/db/client.js';
import { migrateDatabase } from '../src/platform/db/migrate.js';
import { createIdGenerator } from '../src/platform/ids.js';
import { type BenchTarget, REPO_ROOT } from './bench-db.js';

export const PGLITE_REGISTRATION_DIR = resolve(REPO_ROOT, '.trellis/bench-pglite-registration');
const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/trellis_bench_registration';
const BENCH_PASSWORD = 'bench-password-local-only';

export interface SeedSizes {
  accounts: number;
  registrations: number;
  partners: number;
}

export interface SeedState extends SeedSizes {
  /** When seeding finished: every seeded row is older, every row a benchmark run creates is newer. */
  seededAt: Date;
}

export type Log = (message: string) => void;

/**
 * DATABASE_URL when it names a trellis_bench* database, else the default; never any other database,
 * since --reset drops it. (BENCH_DATABASE_URL is left to bench/api-read.ts, whose data set differs.)
 */
export function registrationPostgresUrl(log: Log): string {
  const url = process.env.DATABASE_URL;
  if (!url) return DEFAULT_POSTGRES_URL;
  const database = new URL(url).pathname.slice(1);
  if (/^trellis_bench\w*$/.test(database)) return url;
  log(`ignoring DATABASE_URL: "${database}" is not a trellis_bench* database`);
  return DEFAULT_POSTGRES_URL;
}

async function onServer<T>(url: string, fn: (client: pg.Client, name: string) => Promise<T>): Promise<T> {
  const name = new URL(url).pathname.slice(1);
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    return await fn(client, name);
  } finally {
    await client.end();
  }
}

/** Opens the benchmark database (creating it if missing); with reset, drops it first. */
export async function openRegistrationDatabase(
  target: BenchTarget,
  options: { reset: boolean; poolSize: number; log: Log },
): Promise<Database> {
  if (target === 'pglite') {
    if (options.reset) {
      options.log(`reset: removing ${PGLITE_REGISTRATION_DIR}`);
      rmSync(PGLITE_REGISTRATION_DIR, { recursive: true, force: true });
    }
    return openDatabase({ dataDir: PGLITE_REGISTRATION_DIR });
  }
  const url = registrationPostgresUrl(options.log);
  await onServer(url, async (client, name) => {
    if (options.reset) {
      options.log(`reset: dropping database ${name}`);
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  });
  return openDatabase({ url, poolSize: options.poolSize });
}

// ——— Generated companies ———————————————————————————————————————————————————————————————————————————
//
// Company k (0 ≤ k < COMPANY_SPACE) is a brand of three fixed-length syllables (2 + 2 + 3 letters, so
// different syllables never spell the same brand) and an industry word: "Kamitex Logistics". Seeded
// account g (1-based) is company (g · 7,654,321) mod 9,000,000, a bijection that scatters neighbours;
// the companies of g > accounts are not in the database, so a benchmark run draws "new" ones there.

const CONSONANTS = [...'bcdfgklmnprstvz'];
const VOWELS = [...'aeiou'];
const SYLLABLES = CONSONANTS.flatMap((c) => VOWELS.map((v) => c + v));
const ENDINGS = wordList(`
  tex lyn rix dor ton mar vex nix lux gen tra sys ora ium ant ell ano ero ica ona
  ent ist ara ine oly ude ark olt ead ion ice ity ore ush igo ast ilo emy una oro
`);
const INDUSTRIES = wordList(`
  Logistics Health Energy Retail Motors Pharma Textiles Media Foods Insurance Airlines Hotels Mining
  Telecom Chemicals Farms Studios Robotics Marine Paper Steel Glass Beverages Clinics Builders
  Outfitters Gaming Publishing Realty Freight Dairy Optics Aerospace Tools Apparel Brewing Biotech
  Utilities Software Analytics
`);
const TLDS = ['com', 'com', 'com', 'io', 'net', 'de', 'co.uk', 'fr', 'nl', 'com.au'];
const LEGAL_FORMS = ['', '', '', ' Inc', ' Corp', ' GmbH', ' Ltd', ' LLC', ' AG', ' S.A.', ' BV', ' Pty Ltd'];
const COUNTRIES = ['US', 'US', 'US', 'DE', 'GB', 'FR', 'BR', 'JP', 'AU', 'IN', 'CA', 'NL', 'SE', 'SG'];
const ACCOUNT_INDUSTRIES = ['manufacturing', 'retail', 'finance', 'healthcare', 'technology', 'energy'];
const ACCOUNT_STATUSES = ['prospect', 'prospect', 'customer', 'customer', 'customer', 'former_customer'];
export const PRODUCT_LINES = [
  'Analytics',
  'Security',
  'Cloud',
  'Networking',
  'Data Platform',
  'Observability',
];
const PARTNER_FIRST = wordList(`
  Northwind Bluewave Summit Redstone Ironbridge Clearpath Brightline Silverleaf Granite Harbor Cedar
  Evergreen Keystone Lighthouse Meridian Pinnacle Quantum Riverbend Sapphire Trailhead
`);
const PARTNER_SECOND = wordList(
  'Cloud Data Digital Network Security Software Systems Analytics Consulting Integration',
);
const TIERS = ['registered', 'silver', 'gold', 'platinum'];

function wordList(text: string): string[] {
  return text.trim().split(/\s+/);
}

const COMPANY_MULTIPLIER = 7_654_321;
export const COMPANY_SPACE = SYLLABLES.length * SYLLABLES.length * 40 * INDUSTRIES.length;
if (
  SYLLABLES.length !== 75 ||
  ENDINGS.length !== 40 ||
  INDUSTRIES.length !== 40 ||
  COMPANY_SPACE !== 9_000_000
)
  throw new Error('company word lists changed size');

/** A text[] literal of constant words (checked, so nothing needs quoting). */
function words(values: readonly string[]): SQL {
  for (const value of values) {
    if (!/^[A-Za-z_. ]*$/.test(value)) throw new Error(`Not a plain word: ${value}`);
  }
  return sql.raw(`ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`);
}

/** A well-mixed pseudo-random 0 … n-1 from the integer expression `of`; salt makes independent draws. */
function pick(n: number, salt: number, of = 'g'): SQL {
  return sql.raw(`(abs(hashint4(${of} * 31 + ${salt})::bigint) % ${n})::int`);
}

/** A deterministic id with the version-4 and variant bits set, so it passes uuid validation. */
function benchUuid(kind: string, n: SQL): SQL {
  if (!/^[a-z]+$/.test(kind)) throw new Error(`bad id kind ${kind}`);
  return sql`overlay(overlay(md5(${sql.raw(`'trellis-bench-reg-${kind}-'`)} || (${n})::text) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`;
}

/**
 * Lateral subquery naming company number `g` (a bigint expression, 1-based): brand, industry, primary
 * domain (brand-industry.tld) and an alternative one (brandindustry.com, which no primary domain can be).
 */
export function companySql(g: SQL): SQL {
  return sql`(
    SELECT initcap(w.s1 || w.s2 || w.s3) AS brand, w.ind,
      w.s1 || w.s2 || w.s3 || '-' || lower(w.ind) || '.' || w.tld AS domain,
      w.s1 || w.s2 || w.s3 || lower(w.ind) || '.com' AS alt_domain
    FROM (SELECT (${g}::bigint * ${sql.raw(String(COMPANY_MULTIPLIER))}) % ${sql.raw(String(COMPANY_SPACE))} AS k) AS kk
    CROSS JOIN LATERAL (
      SELECT (${words(SYLLABLES)})[1 + (kk.k % 75)::int] AS s1,
        (${words(SYLLABLES)})[1 + (kk.k / 75 % 75)::int] AS s2,
        (${words(ENDINGS)})[1 + (kk.k / 5625 % 40)::int] AS s3,
        (${words(INDUSTRIES)})[1 + (kk.k / 225000)::int] AS ind,
        (${words(TLDS)})[1 + (abs(hashint8(kk.k)) % ${sql.raw(String(TLDS.length))})::int] AS tld
    ) AS w
  )`;
}

export function accountIdSql(g: SQL): SQL {
  return benchUuid('account', g);
}
export function partnerIdSql(g: SQL): SQL {
  return benchUuid('partner', g);
}
function userIdSql(g: SQL): SQL {
  return benchUuid('user', g);
}

// ——— Helpers ————————————————————————————————————————————————————————————————————————————————————————

export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

async function count(db: Db, table: string): Promise<number> {
  const [row] = await rows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return Number(row?.n ?? 0);
}

/** A progress bar on a terminal; periodic plain lines when the output is a file or pipe. */
function progressBar(label: string, total: number, unit: string) {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label.padEnd(22)} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration_formatted}`,
      noTTYOutput: !process.stdout.isTTY,
      notTTYSchedule: 5000,
      hideCursor: true,
      formatValue: (value, _options, type) =>
        type === 'value' || type === 'total' ? value.toLocaleString('en-US') : String(value),
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

/**
 * Runs `load` with the table's secondary indexes dropped, then rebuilds each from its own definition
 * (one pass each, much faster than maintaining them row by row), all inside the caller's transaction.
 */
async function withIndexesDropped(tx: Db, table: string, load: () => Promise<void>): Promise<void> {
  const indexes = await rows<{ indexname: string; indexdef: string }>(
    tx,
    sql`SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename = ${table} AND indexname <> ${`${table}_pkey`}`,
  );
  for (const index of indexes) await tx.execute(sql.raw(`DROP INDEX "${index.indexname}"`));
  await load();
  const bar = progressBar(`${table}: indexes`, indexes.length, 'indexes');
  for (const [i, index] of indexes.entries()) {
    await tx.execute(sql.raw(index.indexdef));
    bar.update(i + 1);
  }
  bar.stop();
}

// ——— Seeding ————————————————————————————————————————————————————————————————————————————————————————

const STATE_TABLE = sql.raw('bench_registration_seed');

export async function readSeedState(db: Db): Promise<SeedState | null> {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS ${STATE_TABLE} (
    id int PRIMARY KEY, accounts int NOT NULL, registrations int NOT NULL, partners int NOT NULL,
    seeded_at timestamptz NOT NULL)`);
  const [row] = await rows<{
    accounts: number;
    registrations: number;
    partners: number;
    seeded_at: string | Date;
  }>(db, sql`SELECT accounts, registrations, partners, seeded_at FROM ${STATE_TABLE} WHERE id = 1`);
  if (!row) return null;
  return {
    accounts: row.accounts,
    registrations: row.registrations,
    partners: row.partners,
    seededAt: new Date(row.seeded_at),
  };
}

async function ensureVendorUser(ctx: Ctx, email: string, role: Role): Promise<string> {
  const [existing] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (existing) return existing.id;
  const user = await createActiveUser(ctx, {
    email,
    name: email.split('@')[0]!,
    role,
    partnerId: null,
    password: BENCH_PASSWORD,
  });
  return user.id;
}

async function seedPartners(db: Db, sizes: SeedSizes, managerId: string, at: Date): Promise<void> {
  const n = sql.raw(String(sizes.partners));
  // The first word cycles fastest, so the first 200 names are unique (20 × 10 combinations).
  await db.execute(sql`
    INSERT INTO partners (id, name, normalized_name, type, stage, tier, website, domains, regions, specializations,
      country, employees, description, owner_id, certified_count, overlap_count, fit_score, created_at, updated_at)
    SELECT ${partnerIdSql(sql`g`)}, p.base || ' Group', lower(p.base) || ' group',
      (${words(['reseller', 'si', 'msp', 'referral'])})[1 + ${pick(4, 1)}], 'active',
      CASE WHEN ${pick(5, 2)} = 0 THEN NULL ELSE (${words(TIERS)})[1 + ${pick(4, 3)}] END,
      'https://www.' || p.slug || '-' || g || '.com', ARRAY[p.slug || '-' || g || '.com'],
      ARRAY['NA'], ARRAY['cloud'], (${words(COUNTRIES)})[1 + ${pick(COUNTRIES.length, 4)}],
      10 + ${pick(2000, 5)}, p.base || ' resells and integrates for mid-market customers.',
      ${managerId}::uuid, ${pick(11, 6)}, ${pick(300, 7)}, ${pick(101, 8)},
      ${at}::timestamptz - interval '900 days' + g * interval '1 day', ${at}::timestamptz - interval '800 days'
    FROM generate_series(1, ${n}) AS g
    CROSS JOIN LATERAL (
      SELECT (${words(PARTNER_FIRST)})[1 + (g - 1) % 20] || ' ' || (${words(PARTNER_SECOND)})[1 + ((g - 1) / 20) % 10]
          || CASE WHEN g > 200 THEN ' ' || g ELSE '' END AS base,
        lower((${words(PARTNER_FIRST)})[1 + (g - 1) % 20] || '-' || (${words(PARTNER_SECOND)})[1 + ((g - 1) / 20) % 10]) AS slug
    ) AS p`);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await db.execute(sql`
    INSERT INTO users (id, email, name, role, partner_id, status, password_hash, created_at, updated_at)
    SELECT ${userIdSql(sql`g`)}, 'rep' || g || '@bench-partner-' || g || '.com', 'Partner rep ' || g, 'partner_rep',
      ${partnerIdSql(sql`g`)}, 'active', ${passwordHash}, ${at}::timestamptz - interval '700 days',
      ${at}::timestamptz - interval '700 days'
    FROM generate_series(1, ${n}) AS g`);
}

const ACCOUNT_BATCH = 50_000;

async function seedAccounts(tx: Db, sizes: SeedSizes, ownerId: string, at: Date): Promise<void> {
  await withIndexesDropped(tx, 'accounts', async () => {
    const bar = progressBar('accounts', sizes.accounts, 'rows');
    for (let from = 1; from <= sizes.accounts; from += ACCOUNT_BATCH) {
      const to = Math.min(sizes.accounts, from + ACCOUNT_BATCH - 1);
      await tx.execute(sql`
        INSERT INTO accounts (id, name, normalized_name, match_key, domains, country, industry, employees, owner_id, status,
          external_ids, created_at, updated_at)
        SELECT ${accountIdSql(sql`g`)},
          c.brand || ' ' || c.ind || (${words(LEGAL_FORMS)})[1 + ${pick(LEGAL_FORMS.length, 11)}],
          lower(c.brand || ' ' || c.ind),
          replace(lower(c.brand || ' ' || c.ind), ' ', ''),
          CASE WHEN ${pick(100, 12)} < 15 THEN ARRAY[c.domain, c.alt_domain] ELSE ARRAY[c.domain] END,
          (${words(COUNTRIES)})[1 + ${pick(COUNTRIES.length, 13)}],
          (${words(ACCOUNT_INDUSTRIES)})[1 + ${pick(ACCOUNT_INDUSTRIES.length, 14)}],
          1 + ${pick(50_000, 15)},
          CASE WHEN ${pick(4, 16)} = 0 THEN ${ownerId}::uuid ELSE NULL END,
          (${words(ACCOUNT_STATUSES)})[1 + ${pick(ACCOUNT_STATUSES.length, 17)}],
          CASE WHEN ${pick(2, 18)} = 0 THEN jsonb_build_object('salesforce', 'ACC-' || g) ELSE '{}'::jsonb END,
          ${at}::timestamptz - interval '1000 days' + g * interval '50 seconds',
          ${at}::timestamptz - interval '1000 days' + g * interval '50 seconds'
        FROM generate_series(${from}::int, ${to}::int) AS g
        CROSS JOIN LATERAL ${companySql(sql`g`)} AS c`);
      bar.update(to);
    }
    bar.stop();
  });
}

const REGISTRATION_BATCH = 10_000;

/**
 * Statuses by share (of 100): approved 30 (still protected), under review 18, rejected 5, draft 5,
 * won 10, lost 5, expired 20, withdrawn 5, disputed 2.
 */
const STATUS_CASE = sql.raw(`CASE
  WHEN x.bucket < 30 THEN 'approved' WHEN x.bucket < 42 THEN 'under_review' WHEN x.bucket < 47 THEN 'rejected'
  WHEN x.bucket < 52 THEN 'draft' WHEN x.bucket < 62 THEN 'won' WHEN x.bucket < 67 THEN 'lost'
  WHEN x.bucket < 87 THEN 'expired' WHEN x.bucket < 92 THEN 'withdrawn' WHEN x.bucket < 94 THEN 'disputed'
  ELSE 'under_review' END`);

async function seedRegistrations(tx: Db, sizes: SeedSizes, at: Date): Promise<void> {
  await withIndexesDropped(tx, 'registrations', async () => {
    const bar = progressBar('registrations', sizes.registrations, 'rows');
    for (let from = 1; from <= sizes.registrations; from += REGISTRATION_BATCH) {
      const to = Math.min(sizes.registrations, from + REGISTRATION_BATCH - 1);
      // base: when it was submitted (created 10 minutes before, decided a second after). Approved ones
      // are 1–55 days old with 60–120 days of protection, so all are still protected; expired ones lost
      // protection before the seed.
      await tx.execute(sql`
        INSERT INTO registrations (id, partner_id, status, customer_name, customer_normalized_name, customer_website,
          customer_domain, customer_country, contact_name, contact_email, contact_title, product_lines, amount_minor,
          currency, expected_close, notes, account_id, account_match, opportunity_id, submitted_at, decided_at,
          approved_at, protected_until, extended, reminder_sent_at, created_by, created_at, updated_at)
        SELECT ${benchUuid('registration', sql`g`)}, ${partnerIdSql(sql`x.p`)}, s.status,
          c.brand || ' ' || c.ind || (${words(LEGAL_FORMS)})[1 + ${pick(LEGAL_FORMS.length, 21)}],
          lower(c.brand || ' ' || c.ind),
          CASE WHEN m.match IN ('domain', 'new') THEN 'https://www.' || c.domain END,
          CASE WHEN m.match IN ('domain', 'new') THEN c.domain END,
          (${words(COUNTRIES)})[1 + ${pick(COUNTRIES.length, 22)}],
          'Buyer ' || g,
          CASE WHEN m.match IN ('domain', 'new') THEN 'buyer' || g || '@' || c.domain END,
          'Head of IT',
          (${words(PRODUCT_LINES)})[1 + x.line : 1 + x.line + ${pick(2, 23)}],
          100000 + ${pick(30_000_000, 24)}::bigint,
          CASE WHEN ${pick(10, 25)} = 0 THEN 'EUR' ELSE 'USD' END,
          (t.base + interval '90 days')::date,
          NULL,
          CASE WHEN s.status <> 'draft' THEN ${accountIdSql(sql`x.ga`)} END,
          CASE WHEN s.status <> 'draft' THEN m.match END,
          CASE WHEN s.status IN ('approved', 'won', 'lost', 'expired') THEN ${benchUuid('deal', sql`g`)} END,
          CASE WHEN s.status <> 'draft' THEN t.base END,
          CASE WHEN s.status NOT IN ('draft', 'submitted') THEN t.base + interval '1 second' END,
          CASE WHEN s.status IN ('approved', 'won', 'lost', 'expired') THEN t.base + interval '1 second' END,
          CASE WHEN s.status IN ('approved', 'won', 'lost', 'expired')
            THEN t.base + interval '1 second' + (60 + 30 * ${pick(3, 26)}) * interval '1 day' END,
          false, NULL, ${userIdSql(sql`x.p`)}::text,
          t.base - interval '10 minutes', t.base + interval '1 second'
        FROM generate_series(${from}::int, ${to}::int) AS g
        CROSS JOIN LATERAL (
          SELECT 1 + ${pick(sizes.accounts, 27)} AS ga, 1 + ${pick(sizes.partners, 28)} AS p, ${pick(100, 29)} AS bucket,
            ${pick(100, 30)} AS how, ${pick(PRODUCT_LINES.length - 1, 31)} AS line
        ) AS x
        CROSS JOIN LATERAL (SELECT ${STATUS_CASE} AS status) AS s
        CROSS JOIN LATERAL (SELECT CASE WHEN x.how < 60 THEN 'domain' WHEN x.how < 85 THEN 'name'
          WHEN x.how < 95 THEN 'new' ELSE 'fuzzy_name' END AS match) AS m
        CROSS JOIN LATERAL (SELECT ${at}::timestamptz - interval '1 minute' - ${pick(86_400, 32)} * interval '1 second' - (
          CASE s.status WHEN 'approved' THEN 1 + ${pick(55, 33)} WHEN 'expired' THEN 190 + ${pick(300, 34)}
            WHEN 'won' THEN 60 + ${pick(300, 35)} WHEN 'lost' THEN 60 + ${pick(300, 36)}
            WHEN 'draft' THEN ${pick(30, 37)} ELSE 1 + ${pick(300, 38)} END) * interval '1 day' AS base) AS t
        CROSS JOIN LATERAL ${companySql(sql`x.ga`)} AS c`);
      bar.update(to);
    }
    bar.stop();
  });
}

/** Decisions, history, partner-sourced deals and the vendor's direct opportunities, from the registrations. */
async function seedRegistrationSatellites(
  tx: Db,
  sizes: SeedSizes,
  at: Date,
  ownerId: string,
): Promise<void> {
  const steps: Array<[string, SQL]> = [
    [
      'decisions',
      sql`INSERT INTO registration_decisions (id, registration_id, outcome, rule_id, rule_set_id, rule_set_version,
            reason, inputs, conflict_registration_id, conflict_opportunity_id, decided_by, at)
          SELECT ${benchUuid('decision', sql`r.id`)}, r.id,
            CASE WHEN r.status IN ('under_review', 'disputed') THEN 'under_review'
              WHEN r.status = 'rejected' THEN 'rejected' ELSE 'approved' END,
            CASE WHEN r.status IN ('under_review', 'disputed') THEN 'partner-conflict'
              WHEN r.status = 'rejected' THEN 'direct-opportunity' ELSE 'auto-approve' END,
            NULL, 0, 'Seeded decision', jsonb_build_object('account', jsonb_build_object('id', r.account_id,
              'match', r.account_match)), NULL, NULL, NULL, r.decided_at
          FROM registrations r WHERE r.decided_at IS NOT NULL`,
    ],
    [
      'history',
      sql`INSERT INTO registration_history (id, registration_id, from_status, to_status, reason, actor_id, at)
          SELECT ${benchUuid('history', sql`r.id || '-' || h.n`)}, r.id,
            CASE WHEN h.n = 1 THEN NULL ELSE 'draft' END, CASE WHEN h.n = 1 THEN 'draft' ELSE r.status END,
            CASE WHEN h.n = 1 THEN 'Draft saved' ELSE 'Seeded decision' END, r.created_by,
            CASE WHEN h.n = 1 THEN r.created_at ELSE r.updated_at END
          FROM registrations r CROSS JOIN LATERAL generate_series(1, CASE WHEN r.status = 'draft' THEN 1 ELSE 2 END) AS h(n)`,
    ],
    [
      'partner deals',
      sql`INSERT INTO opportunities (id, account_id, name, amount_minor, currency, stage, close_date, owner_id,
            product_lines, source, created_at, updated_at, closed_at)
          SELECT r.opportunity_id, r.account_id, r.customer_name || ' — ' || array_to_string(r.product_lines, ', '),
            r.amount_minor, r.currency,
            CASE r.status WHEN 'won' THEN 'closed_won' WHEN 'lost' THEN 'closed_lost' WHEN 'expired' THEN 'closed_lost'
              ELSE (${words(['qualification', 'proposal', 'negotiation'])})[1 + abs(hashtext(r.id::text)) % 3] END,
            r.expected_close, NULL, r.product_lines, 'partner', r.approved_at, r.updated_at,
            CASE WHEN r.status IN ('won', 'lost', 'expired') THEN r.approved_at + interval '30 days' END
          FROM registrations r WHERE r.opportunity_id IS NOT NULL`,
    ],
    [
      'deal partners',
      sql`INSERT INTO deal_partners (id, opportunity_id, partner_id, role, registration_id, added_at)
          SELECT ${benchUuid('dealpartner', sql`r.id`)}, r.opportunity_id, r.partner_id, 'sourcing', r.id, r.approved_at
          FROM registrations r WHERE r.opportunity_id IS NOT NULL`,
    ],
    [
      'direct opportunities',
      sql`INSERT INTO opportunities (id, account_id, name, amount_minor, currency, stage, close_date, owner_id,
            product_lines, source, created_at, updated_at)
          SELECT ${benchUuid('direct', sql`g`)}, ${accountIdSql(sql`(1 + ${pick(sizes.accounts, 41)})`)},
            'Direct opportunity ' || g, 100000 + ${pick(50_000_000, 42)}::bigint, 'USD',
            (${words(['prospecting', 'qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost'])})[1 + ${pick(6, 43)}],
            (${at}::timestamptz + ${pick(365, 44)} * interval '1 day')::date, ${ownerId}::uuid,
            (${words(PRODUCT_LINES)})[1 + ${pick(PRODUCT_LINES.length, 45)} : 1 + ${pick(PRODUCT_LINES.length, 45)}],
            'direct', ${at}::timestamptz - interval '1 day' - ${pick(700, 46)} * interval '1 day',
            ${at}::timestamptz - interval '1 day'
          FROM generate_series(1, ${sql.raw(String(Math.ceil(sizes.accounts / 20)))}) AS g`,
    ],
  ];
  const bar = progressBar('decisions, deals …', steps.length, 'steps');
  for (const [i, [, statement]] of steps.entries()) {
    await tx.execute(statement);
    bar.update(i + 1);
  }
  bar.stop();
}

/** Every seeded name normalizes as the application would, and every domain is a registrable one. */
async function checkCompanies(db: Db, sizes: SeedSizes): Promise<void> {
  const sample = await rows<{ name: string; normalized_name: string; domains: string[] }>(
    db,
    sql`SELECT name, normalized_name, domains FROM accounts WHERE id IN (
          SELECT ${accountIdSql(sql`g`)} FROM generate_series(1, ${sql.raw(String(sizes.accounts))}, 331) AS g)`,
  );
  if (sample.length === 0) throw new Error('no seeded accounts found');
  for (const row of sample) {
    if (normalizeCompanyName(row.name) !== row.normalized_name)
      throw new Error(
        `"${row.name}" is stored as "${row.normalized_name}", not "${normalizeCompanyName(row.name)}"`,
      );
    for (const domain of row.domains) {
      if (companyDomain(domain) !== domain)
        throw new Error(`account domain ${domain} is not a registrable domain`);
    }
  }
}

async function vacuumAnalyze(db: Db, tables: readonly string[]): Promise<void> {
  const bar = progressBar('vacuum analyze', tables.length, 'tables');
  for (const [i, table] of tables.entries()) {
    await db.execute(sql.raw(`VACUUM (ANALYZE) ${table}`));
    bar.update(i + 1);
  }
  bar.stop();
}

export const TOUCHED_TABLES = [
  'accounts',
  'registrations',
  'registration_decisions',
  'registration_history',
  'opportunities',
  'deal_partners',
  'deal_activities',
  'touchpoints',
  'audit_log',
  'domain_events',
];

/**
 * Deletes everything created after the seed (the rows of a benchmark run, or of one that was
 * interrupted), so every run starts from the same data set.
 */
export async function deleteRunRows(db: Db, state: SeedState): Promise<number> {
  const after = state.seededAt;
  let deleted = 0;
  await db.transaction(async (tx) => {
    const statements = [
      // Decisions and history go with their registrations, activities and touchpoints with their deals.
      sql`DELETE FROM registrations WHERE created_at > ${after}`,
      sql`DELETE FROM deal_partners WHERE added_at > ${after}`,
      sql`DELETE FROM opportunities WHERE created_at > ${after}`,
      sql`DELETE FROM accounts WHERE created_at > ${after}`,
      sql`DELETE FROM audit_log WHERE at > ${after}`,
      sql`DELETE FROM domain_events WHERE occurred_at > ${after}`,
    ];
    for (const statement of statements) {
      const result = (await tx.execute(statement)) as unknown as { rowCount?: number; affectedRows?: number };
      deleted += Number(result.rowCount ?? result.affectedRows ?? 0);
    }
  });
  return deleted;
}

/** Approved seeded registrations stay protected however old the seed is: conflicts must find them. */
async function refreshProtection(db: Db, state: SeedState): Promise<void> {
  await db.execute(sql`
    UPDATE registrations SET protected_until = now() + (30 + abs(hashtext(id::text)) % 90) * interval '1 day'
    WHERE status = 'approved' AND created_at <= ${state.seededAt} AND protected_until < now() + interval '7 days'`);
}

/**
 * Seeds the data set when the database is empty, reuses it when it holds one of the same sizes (after
 * deleting what an earlier run left), and refuses anything else (use --reset).
 */
export async function seedRegistrationData(
  database: Database,
  sizes: SeedSizes,
  log: Log,
): Promise<SeedState> {
  await migrateDatabase(database);
  const db = database.db;
  const existing = await readSeedState(db);
  if (existing) {
    const same =
      existing.accounts === sizes.accounts &&
      existing.registrations === sizes.registrations &&
      existing.partners === sizes.partners;
    if (!same)
      throw new Error(
        `the database holds ${JSON.stringify({ ...existing, seededAt: undefined })}; run with --reset to rebuild it for ${JSON.stringify(sizes)}`,
      );
    const leftovers = await deleteRunRows(db, existing);
    if (leftovers > 0) {
      log(`deleted ${leftovers.toLocaleString('en-US')} rows an earlier run left`);
      await vacuumAnalyze(db, TOUCHED_TABLES);
    }
    await refreshProtection(db, existing);
    // A data set seeded before accounts had match keys: its generated names carry no legal forms in
    // their normalized form, so the key is the normalized name without spaces.
    const filled = await db.execute(
      sql`update accounts set match_key = replace(normalized_name, ' ', '') where match_key = ''`,
    );
    if (((filled as unknown as { rowCount?: number; affectedRows?: number }).rowCount ?? 0) > 0)
      await vacuumAnalyze(db, ['accounts']);
    log(
      `reusing ${sizes.accounts.toLocaleString('en-US')} accounts, ${sizes.registrations.toLocaleString('en-US')} registrations (seeded ${existing.seededAt.toISOString()})`,
    );
    return existing;
  }
  const [accountsPresent, registrationsPresent] = [
    await count(db, 'accounts'),
    await count(db, 'registrations'),
  ];
  if (accountsPresent + registrationsPresent > 0)
    throw new Error(
      `the database already holds ${accountsPresent} accounts and ${registrationsPresent} registrations but no registration-benchmark seed: run with --reset`,
    );
  if (sizes.accounts > COMPANY_SPACE / 2) throw new Error(`at most ${COMPANY_SPACE / 2} accounts`);

  const started = performance.now();
  const clock = systemClock;
  const base: Ctx = {
    db,
    actor: systemActor('bench-seed'),
    clock,
    ids: createIdGenerator(() => clock.now()),
    requestId: null,
  };
  const adminId = await ensureVendorUser(base, 'bench.admin@example.com', 'admin');
  const managerId = await ensureVendorUser(base, 'bench.manager@example.com', 'partner_manager');
  const at = new Date(Math.floor(Date.now() / 1000) * 1000);
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    if (database.kind === 'postgres') await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
    await seedPartners(tx, sizes, managerId, at);
    await seedAccounts(tx, sizes, adminId, at);
    await seedRegistrations(tx, sizes, at);
    await seedRegistrationSatellites(tx, sizes, at, adminId);
  });
  await checkCompanies(db, sizes);
  await vacuumAnalyze(db, ['partners', 'users', ...TOUCHED_TABLES]);
  // Strictly after every seeded timestamp, and before any row a run creates.
  const seededAt = new Date(Math.max(Date.now(), at.getTime()) + 1000);
  while (Date.now() <= seededAt.getTime()) await new Promise((done) => setTimeout(done, 50));
  await db.execute(sql`INSERT INTO ${STATE_TABLE} (id, accounts, registrations, partners, seeded_at)
    VALUES (1, ${sizes.accounts}, ${sizes.registrations}, ${sizes.partners}, ${seededAt})`);
  log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { ...sizes, seededAt };
}
