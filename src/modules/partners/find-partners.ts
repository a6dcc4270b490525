import { createHash } from 'node:crypto';
import { and, arrayContains, eq, gte, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { searchKeys } from '../../analytics/matching/search-keys.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { containsPattern } from '../../platform/db/like.js';
import { decodeCursor, keyset, type Page, type SortColumn, toPage } from '../../platform/http/pagination.js';
import { updatedAtSort } from '../../platform/http/updated-since.js';
import { isVendorActor, partnerScope } from '../../platform/policy.js';
import type { Partner } from './partners.schemas.js';
import { partners } from './partners.table.js';

export interface FindPartnersInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  q?: string | undefined;
  type?: string | undefined;
  stage?: string | undefined;
  region?: string | undefined;
  tier?: string | undefined;
  ownerId?: string | undefined;
  specialization?: string | undefined;
  minFit?: number | undefined;
  updatedSince?: string | undefined;
}

export const PARTNER_SORTS = ['name', 'createdAt', 'updatedAt', 'fitScore'] as const;

/** A timestamp as the API writes it (ISO 8601, UTC, milliseconds), formatted by the database. */
const isoUtc = (column: AnyPgColumn) =>
  sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type ListedPartner = Omit<Partner, 'fitScore'> & { fitScore: number; normalizedName: string };

/**
 * Each partner is read as one JSON value already in the response's shape, so the driver parses one
 * document per row instead of converting arrays and timestamps field by field (most of a page's cost).
 * The fit reasons, shown only on the detail, stay in the database. normalizedName rides along for the
 * cursor; the response serializer writes only the declared fields.
 */
const LIST_SELECTION = {
  partner: sql<ListedPartner>`json_build_object(
    'id', ${partners.id}, 'name', ${partners.name}, 'normalizedName', ${partners.normalizedName},
    'type', ${partners.type}, 'stage', ${partners.stage}, 'tier', ${partners.tier},
    'website', ${partners.website}, 'domains', ${partners.domains}, 'regions', ${partners.regions},
    'specializations', ${partners.specializations}, 'country', ${partners.country},
    'employees', ${partners.employees}, 'description', ${partners.description}, 'ownerId', ${partners.ownerId},
    'certifiedCount', ${partners.certifiedCount}, 'overlapCount', ${partners.overlapCount},
    'fitScore', ${partners.fitScore}, 'createdAt', ${isoUtc(partners.createdAt)},
    'updatedAt', ${isoUtc(partners.updatedAt)})`,
};

const listed = (row: Record<string, unknown>) => row.partner as ListedPartner;

const SORT_COLUMNS: Record<(typeof PARTNER_SORTS)[number], SortColumn> = {
  name: { column: partners.normalizedName, read: (r) => listed(r).normalizedName },
  createdAt: { column: partners.createdAt, read: (r) => listed(r).createdAt },
  updatedAt: updatedAtSort(partners.updatedAt, (r) => listed(r).updatedAt),
  fitScore: { column: partners.fitScore, read: (r) => listed(r).fitScore },
};
const ID_COLUMN: SortColumn = { column: partners.id, read: (r) => listed(r).id };

/** One condition of the query: its SQL uses placeholders, so one shape of request is one statement. */
interface Condition {
  key: string;
  build: () => SQL | undefined;
  values: Record<string, unknown>;
}

const placeholder = (name: string) => sql.placeholder(name);

/** Search matches the normalized name (trigram-indexed) or, when q looks like one, a domain. */
function searchCondition(q: string): Condition | undefined {
  const { name, domain } = searchKeys(q);
  if (!name && !domain) return undefined;
  const values: Record<string, unknown> = {};
  if (name) values.qName = containsPattern(name);
  if (domain) values.qDomain = partners.domains.mapToDriverValue([domain]);
  return {
    key: `q${name ? 'n' : ''}${domain ? 'd' : ''}`,
    values,
    build: () => {
      const byName = name ? ilike(partners.normalizedName, placeholder('qName')) : undefined;
      const byDomain = domain ? arrayContains(partners.domains, placeholder('qDomain')) : undefined;
      return byName && byDomain ? or(byName, byDomain) : (byName ?? byDomain);
    },
  };
}

function prepareList(db: Executor, name: string, where: SQL | undefined, orderBy: SQL[]) {
  return db
    .select(LIST_SELECTION)
    .from(partners)
    .where(where)
    .orderBy(...orderBy)
    .limit(placeholder('limit'))
    .prepare(name);
}

type ListStatement = ReturnType<typeof prepareList>;

/**
 * Built once per database and request shape (sort, which filters are present), then only executed:
 * the SQL is not rebuilt per request, and PostgreSQL parses and plans each shape once per connection.
 */
const statements = new WeakMap<Executor, Map<string, ListStatement>>();

export async function findPartners(ctx: Ctx, input: FindPartnersInput): Promise<Page<Partner>> {
  // keyset checks the sort and the cursor (its shape and each value against its column) and gives the
  // order; the cursor's values then go into the statement as parameters.
  const plan = keyset(input.sort, SORT_COLUMNS, ID_COLUMN, input.cursor);
  const descending = input.sort.startsWith('-');
  const sortColumn =
    SORT_COLUMNS[(descending ? input.sort.slice(1) : input.sort) as keyof typeof SORT_COLUMNS];
  const internal = isVendorActor(ctx.actor);
  // The access rule of visiblePartners: a partner user only ever sees its own row.
  const scope = partnerScope(ctx.actor);
  const conditions: (Condition | undefined)[] = [
    scope
      ? { key: 'scope', values: { scope }, build: () => eq(partners.id, placeholder('scope')) }
      : undefined,
  ];
  if (input.cursor) {
    const [after, afterId] = decodeCursor(input.cursor, 2);
    const comparison = descending ? sql`<` : sql`>`;
    conditions.push({
      key: 'cursor',
      values: { after, afterId },
      build: () =>
        sql`(${sortColumn.column}, ${ID_COLUMN.column}) ${comparison} (${placeholder('after')}, ${placeholder('afterId')})`,
    });
  }
  // A query with nothing to match on ("%", "...") finds nothing rather than everything.
  if (input.q)
    conditions.push(searchCondition(input.q) ?? { key: 'none', values: {}, build: () => sql`false` });
  const equal = (key: string, column: AnyPgColumn, value: string | undefined) => {
    if (value) conditions.push({ key, values: { [key]: value }, build: () => eq(column, placeholder(key)) });
  };
  const contains = (
    key: string,
    column: typeof partners.regions | typeof partners.specializations,
    value: string | undefined,
  ) => {
    if (value) {
      const values = { [key]: column.mapToDriverValue([value]) };
      conditions.push({ key, values, build: () => arrayContains(column, placeholder(key)) });
    }
  };
  equal('type', partners.type, input.type);
  equal('stage', partners.stage, input.stage);
  equal('tier', partners.tier, input.tier);
  equal('ownerId', partners.ownerId, input.ownerId);
  contains('region', partners.regions, input.region);
  contains('specialization', partners.specializations, input.specialization);
  if (input.updatedSince) {
    const since = new Date(input.updatedSince).toISOString();
    conditions.push({
      key: 'updatedSince',
      values: { since },
      build: () => gte(partners.updatedAt, placeholder('since')),
    });
  }
  if (input.minFit !== undefined && internal) {
    conditions.push({
      key: 'minFit',
      values: { minFit: input.minFit },
      build: () => gte(partners.fitScore, placeholder('minFit')),
    });
  }

  const present = conditions.filter((c): c is Condition => c !== undefined);
  const shape = `${input.sort}:${present.map((c) => c.key).join(',')}`;
  let byShape = statements.get(ctx.db);
  if (!byShape) {
    byShape = new Map();
    statements.set(ctx.db, byShape);
  }
  let statement = byShape.get(shape);
  if (!statement) {
    const name = `partners.find_partners.${createHash('sha256').update(shape).digest('hex').slice(0, 16)}`;
    statement = prepareList(ctx.db, name, and(...present.map((c) => c.build())), plan.orderBy);
    byShape.set(shape, statement);
  }
  const values: Record<string, unknown> = { limit: input.limit + 1 };
  for (const condition of present) Object.assign(values, condition.values);
  const rows = await statement.execute(values);
  return toPage(rows, input.limit, plan, ({ partner }) =>
    internal ? partner : { ...partner, fitScore: null },
  );
}
