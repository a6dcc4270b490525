/**
 * Seeds the read-benchmark data set: 10,000 partners (with contacts), 1,000,000 accounts, a vendor
 * admin, a partner user and an API key. Bulk rows come from set-based SQL (INSERT … SELECT FROM
 * generate_series); users and the key go through the real use cases. Safe to run again: finished
 * parts are skipped.
 *
 *   npx tsx bench/seed-large.ts --db pglite|postgres
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eq, type SQL, sql } from 'drizzle-orm';
import { normalizeCompanyName } from '../src/analytics/matching/normalize-name.js';
import { createActiveUser } from '../src/modules/identity/create-active-user.js';
import { createApiKey } from '../src/modules/identity/create-api-key.js';
import { users } from '../src/modules/identity/identity.table.js';
import { hashToken } from '../src/modules/identity/tokens.js';
import { type Role, systemActor, type UserActor } from '../src/platform/actor.js';
import { systemClock } from '../src/platform/clock.js';
import type { Ctx } from '../src/platform/context.js';
import type { Database, Db } from '../src/platform/db/client.js';
import { migrateDatabase } from '../src/platform/db/migrate.js';
import { createIdGenerator } from '../src/platform/ids.js';
import { BENCH_STATE_DIR, type BenchTarget, flag, openBenchDatabase, parseTarget } from './bench-db.js';

export const PARTNER_COUNT = 10_000;
export const ACCOUNT_COUNT = 1_000_000;
const ACCOUNT_BATCH = 100_000;

/** A bench-only password for bench-only users on a local database. */
export const BENCH_PASSWORD = 'bench-password-local-only';
export const ADMIN_EMAIL = 'bench.admin@example.com';
export const PARTNER_USER_EMAIL = 'bench.partner@example.com';

export interface BenchFixtures {
  adminEmail: string;
  partnerUserEmail: string;
  password: string;
  /** The partner the partner user belongs to. */
  ownPartnerId: string;
  /** A read-scoped API key of the vendor admin. */
  adminApiKey: string;
}

export type Log = (message: string) => void;

const wordList = (text: string) => text.trim().split(/\s+/);

// Words for generated company names. None is a legal suffix, "the" or "and", and all are plain ASCII,
// so normalizeCompanyName(name) is just the lower-cased words (checked after seeding).
const PARTNER_FIRST = wordList(`
  Northwind Bluewave Summit Redstone Ironbridge Clearpath Brightline Silverleaf Granite Harbor Cedar
  Evergreen Keystone Lighthouse Meridian Pinnacle Quantum Riverbend Sapphire Trailhead Vertex
  Westfield Apex Beacon Cobalt Driftwood Elmstone Foxglove Goldcrest Highland
`);
const PARTNER_SECOND = wordList(`
  Atlantic Pacific Nordic Alpine Coastal Central Metro Prairie Harborview Lakeside Midland Southern
  Eastern Western Capital Continental Global Urban Valley Delta
`);
const PARTNER_THIRD = wordList(`
  Cloud Data Digital Network Security Software Systems Analytics Consulting Integration Infrastructure
  Logic Tech Labs Solutions Partners Works Group Services Ventures
`);
/** Stripped again by normalization, like real company names. */
const LEGAL_FORMS = ['', '', '', ' Inc', ' LLC', ' GmbH', ' Ltd', ' S.A.', ' BV', ' Pty Ltd'];

const ACCOUNT_FIRST = wordList(`
  Acme Blue Crown Dune Echo Falcon Giant Hollow Indigo Jade Kestrel Lunar Maple Nova Orchid Polar
  Quartz Raven Solar Tidal Umber Vivid Willow Xenon Yellow Zephyr Amber Birch Copper Dawn Ember Fjord
  Grove Heron Iris Juniper Kite Linden Mosaic Nimbus
`);
const ACCOUNT_SECOND = wordList(`
  Foods Logistics Health Energy Retail Motors Pharma Textiles Media Bank Insurance Airlines Hotels
  Foundry Mining Telecom Chemicals Farms Studios Robotics Marine Paper Steel Glass Beverages Clinics
  Builders Outfitters Gaming Publishing Realty Freight Dairy Optics Aerospace Tools Apparel Brewing
  Biotech Utilities Rail Shipping Semiconductors Furniture Cosmetics Toys Tires Solar Water Security
`);
// The SQL below reads these lists in mixed radix (30 × 20 × 20 partner names, 40 × 50 account names).
const sizes = [PARTNER_FIRST, PARTNER_SECOND, PARTNER_THIRD, ACCOUNT_FIRST, ACCOUNT_SECOND].map(
  (list) => list.length,
);
if (sizes.join() !== '30,20,20,40,50') throw new Error(`word list sizes changed: ${sizes.join()}`);
const ACCOUNT_LEGAL_FORMS = ['', '', ' Inc', ' Corp', ' GmbH', ' Ltd', ' SARL', ' AG'];

const PARTNER_TYPES = ['reseller', 'si', 'isv', 'msp', 'referral', 'cloud_marketplace'];
const PARTNER_STAGES = ['prospect', 'recruited', 'onboarding', 'active', 'at_risk', 'churned'];
const REGIONS = ['NA', 'LATAM', 'EMEA', 'APAC'];
const SPECIALIZATIONS = ['cloud', 'security', 'data', 'ai', 'networking', 'devops', 'erp', 'crm'];
const TIERS = ['registered', 'silver', 'gold', 'platinum'];
const COUNTRIES = ['US', 'DE', 'GB', 'FR', 'BR', 'JP', 'AU', 'IN', 'CA', 'NL', 'SE', 'SG'];
const INDUSTRIES = [
  'manufacturing',
  'retail',
  'finance',
  'healthcare',
  'public_sector',
  'technology',
  'energy',
];
const ACCOUNT_STATUSES = ['prospect', 'prospect', 'customer', 'customer', 'customer', 'former_customer'];

/** A text[] literal of constant words (checked, so nothing needs quoting). */
function words(values: readonly string[]): SQL {
  for (const value of values) {
    if (!/^[A-Za-z_. ]*$/.test(value)) throw new Error(`Not a plain word: ${value}`);
  }
  return sql.raw(`ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`);
}

/** A well-mixed pseudo-random 0 … n-1 from the series value g; salt makes independent draws. */
function pick(n: number, salt: number): SQL {
  return sql.raw(`(abs(hashint4(g * 31 + ${salt})::bigint) % ${n})`);
}

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

async function count(db: Db, table: string): Promise<number> {
  const [row] = await rows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return Number(row?.n ?? 0);
}

/** A deterministic id with the version-4 and variant bits set, so it passes uuid validation. */
function benchUuid(seed: SQL): SQL {
  return sql`overlay(overlay(md5(${seed}) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`;
}

export function partnerIdSql(n: SQL | number): SQL {
  return benchUuid(sql`'trellis-bench-partner-' || ${n}::text`);
}

async function timed(log: Log, label: string, fn: () => Promise<void>): Promise<void> {
  const started = performance.now();
  log(`${label} …`);
  await fn();
  log(`${label} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function ensureUser(ctx: Ctx, email: string, role: Role, partnerId: string | null): Promise<UserActor> {
  const [existing] = await ctx.db.select().from(users).where(eq(users.email, email)).limit(1);
  const user =
    existing ??
    (await createActiveUser(ctx, {
      email,
      name: email.split('@')[0]!,
      role,
      partnerId,
      password: BENCH_PASSWORD,
    }));
  return { kind: 'user', userId: user.id, role, partnerId, scopes: null, apiKeyId: null };
}

async function seedPartners(db: Db, adminId: string, log: Log): Promise<void> {
  const existing = await count(db, 'partners');
  if (existing === PARTNER_COUNT)
    return log(`partners: ${existing.toLocaleString('en-US')} present, skipped`);
  if (existing !== 0)
    throw new Error(
      `partners holds ${existing} rows, expected 0 or ${PARTNER_COUNT}: drop the bench database`,
    );
  await timed(log, `partners: inserting ${PARTNER_COUNT.toLocaleString('en-US')} with contacts`, () =>
    db.transaction(async (tx) => {
      // c walks all 12,000 name combinations in a scrambled order (7919 is prime to 12,000), so names are unique.
      await tx.execute(sql`
        INSERT INTO partners (id, name, normalized_name, type, stage, tier, website, domains, regions, specializations,
          country, employees, description, owner_id, certified_count, overlap_count, fit_score, fit_reasons,
          created_at, updated_at)
        SELECT ${partnerIdSql(sql`g`)},
          n.base || (${words(LEGAL_FORMS)})[1 + ${pick(LEGAL_FORMS.length, 1)}],
          lower(n.base),
          a.type,
          (${words(PARTNER_STAGES)})[1 + ${pick(6, 3)}],
          CASE WHEN ${pick(5, 4)} = 0 THEN NULL ELSE (${words(TIERS)})[1 + ${pick(4, 5)}] END,
          'https://www.' || n.slug || '.example',
          ARRAY[n.slug || '.example'],
          (${words(REGIONS)})[a.region : a.region + ${pick(2, 6)}],
          (${words(SPECIALIZATIONS)})[1 + ${pick(8, 7)} : 1 + ${pick(8, 7)} + ${pick(3, 8)}],
          (${words(COUNTRIES)})[1 + ${pick(12, 9)}],
          5 + ${pick(5000, 10)},
          n.base || ' is a ' || a.type || ' partner working with mid-market and enterprise customers.',
          CASE WHEN ${pick(3, 11)} = 0 THEN NULL ELSE ${adminId}::uuid END,
          a.certified,
          a.overlap,
          ${pick(101, 14)},
          jsonb_build_array(
            jsonb_build_object('criterionId', '00000000-0000-7000-8000-000000000001', 'label', 'Partner type',
              'weight', 30, 'points', CASE WHEN a.type IN ('si', 'msp') THEN 30 ELSE 0 END,
              'reason', 'Type ' || a.type || ' is ' || CASE WHEN a.type IN ('si', 'msp') THEN 'a preferred type'
                ELSE 'not among the preferred (si, msp)' END),
            jsonb_build_object('criterionId', '00000000-0000-7000-8000-000000000002', 'label', 'Target regions',
              'weight', 25, 'points', 25, 'reason', 'Covers target region ' || (${words(REGIONS)})[a.region]),
            jsonb_build_object('criterionId', '00000000-0000-7000-8000-000000000003', 'label', 'Certified people',
              'weight', 20, 'points', least(20, a.certified * 2), 'reason', a.certified || ' certified people of the 10 wanted'),
            jsonb_build_object('criterionId', '00000000-0000-7000-8000-000000000004', 'label', 'Account overlap',
              'weight', 25, 'points', least(25, a.overlap / 8), 'reason',
              a.overlap || ' overlapping accounts of the 200 wanted')
          ),
          timestamptz '2024-01-01 00:00:00Z' + g * interval '47 minutes',
          timestamptz '2024-01-01 00:00:00Z' + g * interval '47 minutes' + ${pick(90, 15)} * interval '1 day'
        FROM generate_series(1, ${sql.raw(String(PARTNER_COUNT))}) AS g
        CROSS JOIN LATERAL (SELECT (g * 7919) % 12000 AS c) AS k
        CROSS JOIN LATERAL (
          SELECT (${words(PARTNER_TYPES)})[1 + ${pick(6, 2)}] AS type, 1 + ${pick(4, 16)} AS region,
            ${pick(11, 12)} AS certified, ${pick(400, 13)} AS overlap
        ) AS a
        CROSS JOIN LATERAL (
          SELECT (${words(PARTNER_FIRST)})[1 + k.c % 30] || ' ' || (${words(PARTNER_SECOND)})[1 + (k.c / 30) % 20] || ' '
              || (${words(PARTNER_THIRD)})[1 + k.c / 600] AS base,
            lower((${words(PARTNER_FIRST)})[1 + k.c % 30] || '-' || (${words(PARTNER_SECOND)})[1 + (k.c / 30) % 20] || '-'
              || (${words(PARTNER_THIRD)})[1 + k.c / 600]) AS slug
        ) AS n`);
      // 0–3 contacts per partner.
      await tx.execute(sql`
        INSERT INTO partner_contacts (id, partner_id, name, email, phone, title, is_primary, created_at, updated_at)
        SELECT ${benchUuid(sql`'trellis-bench-contact-' || g || '-' || j`)}, ${partnerIdSql(sql`g`)},
          (${words(ACCOUNT_FIRST)})[1 + (g + j) % 40] || ' ' || (${words(PARTNER_FIRST)})[1 + (g * j) % 30],
          'contact' || j || '.' || g || '@partner.example',
          '+1 555 ' || lpad(((g * 7 + j) % 10000)::text, 4, '0'),
          (${words(['Partner Manager', 'Sales Lead', 'Solutions Architect', 'CEO'])})[j],
          j = 1,
          timestamptz '2024-02-01 00:00:00Z' + g * interval '1 hour',
          timestamptz '2024-02-01 00:00:00Z' + g * interval '1 hour'
        FROM generate_series(1, ${sql.raw(String(PARTNER_COUNT))}) AS g
        CROSS JOIN LATERAL generate_series(1, ${pick(4, 17)}) AS j`);
    }),
  );
}

async function seedAccounts(db: Db, adminId: string, log: Log): Promise<void> {
  const existing = await count(db, 'accounts');
  if (existing === ACCOUNT_COUNT)
    return log(`accounts: ${existing.toLocaleString('en-US')} present, skipped`);
  if (existing !== 0)
    throw new Error(
      `accounts holds ${existing} rows, expected 0 or ${ACCOUNT_COUNT}: drop the bench database`,
    );
  // One transaction: the secondary indexes are dropped, the rows loaded, and the same index definitions
  // rebuilt in one pass each (much faster than maintaining them row by row); a failure rolls it all back.
  await db.transaction(async (tx) => {
    const indexes = await rows<{ indexname: string; indexdef: string }>(
      tx as unknown as Db,
      sql`SELECT indexname, indexdef FROM pg_indexes
          WHERE schemaname = 'public' AND tablename = 'accounts' AND indexname <> 'accounts_pkey'`,
    );
    for (const index of indexes) await tx.execute(sql.raw(`DROP INDEX "${index.indexname}"`));
    const started = performance.now();
    for (let from = 1; from <= ACCOUNT_COUNT; from += ACCOUNT_BATCH) {
      const to = Math.min(ACCOUNT_COUNT, from + ACCOUNT_BATCH - 1);
      // g - 1 in mixed radix (40 first words, 50 second words, then a number) is unique for every g.
      await tx.execute(sql`
        INSERT INTO accounts (id, name, normalized_name, match_key, domains, country, industry, employees, owner_id, status,
          external_ids, created_at, updated_at)
        SELECT ${benchUuid(sql`'trellis-bench-account-' || g`)},
          n.base || (${words(ACCOUNT_LEGAL_FORMS)})[1 + ${pick(ACCOUNT_LEGAL_FORMS.length, 1)}],
          lower(n.base),
          replace(lower(n.base), ' ', ''),
          ARRAY[n.slug || '.example'],
          (${words(COUNTRIES)})[1 + ${pick(12, 2)}],
          (${words(INDUSTRIES)})[1 + ${pick(7, 3)}],
          1 + ${pick(100_000, 4)},
          CASE WHEN ${pick(4, 5)} = 0 THEN ${adminId}::uuid ELSE NULL END,
          (${words(ACCOUNT_STATUSES)})[1 + ${pick(6, 6)}],
          CASE WHEN ${pick(2, 7)} = 0 THEN jsonb_build_object('crm', 'ACC-' || g) ELSE '{}'::jsonb END,
          timestamptz '2023-01-01 00:00:00Z' + g * interval '1 minute',
          timestamptz '2023-01-01 00:00:00Z' + g * interval '1 minute'
        FROM generate_series(${from}::int, ${to}::int) AS g
        CROSS JOIN LATERAL (
          SELECT (${words(ACCOUNT_FIRST)})[1 + (g - 1) % 40] || ' ' || (${words(ACCOUNT_SECOND)})[1 + ((g - 1) / 40) % 50]
              || ' ' || ((g - 1) / 2000 + 1) AS base,
            lower((${words(ACCOUNT_FIRST)})[1 + (g - 1) % 40] || (${words(ACCOUNT_SECOND)})[1 + ((g - 1) / 40) % 50])
              || ((g - 1) / 2000 + 1) AS slug
        ) AS n`);
      const seconds = (performance.now() - started) / 1000;
      log(
        `accounts: ${to.toLocaleString('en-US')} / ${ACCOUNT_COUNT.toLocaleString('en-US')} (${seconds.toFixed(1)} s)`,
      );
    }
    for (const index of indexes) {
      await timed(log, `accounts: building ${index.indexname}`, async () => {
        await tx.execute(sql.raw(index.indexdef));
      });
    }
  });
}

/** Every seeded name must normalize exactly as the application would normalize it. */
async function checkNormalizedNames(db: Db): Promise<void> {
  const partnerRows = await rows<{ name: string; normalized_name: string }>(
    db,
    sql`SELECT name, normalized_name FROM partners`,
  );
  const accountRows = await rows<{ name: string; normalized_name: string }>(
    db,
    sql`SELECT name, normalized_name FROM accounts WHERE id IN (SELECT ${benchUuid(sql`'trellis-bench-account-' || g`)}
        FROM generate_series(1, ${sql.raw(String(ACCOUNT_COUNT))}, 997) AS g)`,
  );
  for (const row of [...partnerRows, ...accountRows]) {
    if (normalizeCompanyName(row.name) !== row.normalized_name) {
      throw new Error(
        `"${row.name}" is stored as "${row.normalized_name}", not "${normalizeCompanyName(row.name)}"`,
      );
    }
  }
}

function apiKeyFile(target: BenchTarget): string {
  return resolve(BENCH_STATE_DIR, `${target}-admin-api-key.json`);
}

/** Reuses the key saved by an earlier run if the database still knows it; otherwise makes a new one. */
async function ensureApiKey(ctx: Ctx, target: BenchTarget, log: Log): Promise<string> {
  const file = apiKeyFile(target);
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { secret?: unknown };
    if (typeof saved.secret === 'string') {
      const found = await rows<{ ok: number }>(
        ctx.db as Db,
        sql`SELECT 1 AS ok FROM api_keys WHERE secret_hash = ${hashToken(saved.secret)} AND revoked_at IS NULL`,
      );
      if (found.length > 0) return saved.secret;
    }
  } catch {
    // no saved key yet
  }
  const { secret } = await createApiKey(ctx, { name: 'bench read key', scopes: ['read'] });
  mkdirSync(BENCH_STATE_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify({ secret })}\n`, { mode: 0o600 });
  log('api key: created');
  return secret;
}

export async function seedLarge(
  database: Database,
  target: BenchTarget,
  log: Log = console.log,
): Promise<BenchFixtures> {
  const started = performance.now();
  await migrateDatabase(database);
  const db = database.db;
  const clock = systemClock;
  const base: Ctx = {
    db,
    actor: systemActor('bench-seed'),
    clock,
    ids: createIdGenerator(() => clock.now()),
    requestId: null,
  };

  const admin = await ensureUser(base, ADMIN_EMAIL, 'admin', null);
  const partnersBefore = await count(db, 'partners');
  const accountsBefore = await count(db, 'accounts');
  await seedPartners(db, admin.userId, log);
  const [own] = await rows<{ id: string }>(db, sql`SELECT ${partnerIdSql(1)}::text AS id`);
  const ownPartnerId = own!.id;
  await ensureUser(base, PARTNER_USER_EMAIL, 'partner_admin', ownPartnerId);
  await seedAccounts(db, admin.userId, log);
  if (partnersBefore !== PARTNER_COUNT || accountsBefore !== ACCOUNT_COUNT) {
    await checkNormalizedNames(db);
    await timed(log, 'vacuum analyze', async () => {
      for (const table of ['partners', 'partner_contacts', 'users', 'accounts', 'api_keys']) {
        await db.execute(sql.raw(`VACUUM (ANALYZE) ${table}`));
      }
    });
  }
  const adminApiKey = await ensureApiKey({ ...base, actor: admin }, target, log);
  log(`seed ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return {
    adminEmail: ADMIN_EMAIL,
    partnerUserEmail: PARTNER_USER_EMAIL,
    password: BENCH_PASSWORD,
    ownPartnerId,
    adminApiKey,
  };
}

async function main(): Promise<void> {
  const target = parseTarget(flag(process.argv.slice(2), 'db') ?? 'pglite');
  const database = await openBenchDatabase(target);
  try {
    await seedLarge(database, target, (message) => console.log(`[seed ${target}] ${message}`));
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
