import { type SQL, sql } from 'drizzle-orm';
import type { GroupBy } from './scorecard.schemas.js';

/** What every scorecard query is computed over: the grouping, the period and the money conversion. */
export interface MetricScope {
  groupBy: GroupBy;
  /** [from, to) */
  from: Date;
  to: Date;
  /** Only this partner (a partner user's own scorecard, a single partner's page). */
  partnerId?: string | undefined;
  /** Rate per currency into the program currency, the program currency itself at 1. */
  rates: Record<string, number>;
}

/** The SQL expression that names a partner's group; a partner in several regions counts in each. */
const GROUP_KEYS: Record<GroupBy, string> = {
  partner: 'p.id::text',
  tier: "coalesce(p.tier, 'none')",
  region: 'r.region',
  type: 'p.type',
  program: "'program'",
};

/**
 * `member(partner_id, group_key)`: the partners the program works with (every stage past prospect)
 * and the group each belongs to. Every metric query starts from it, so grouping is one join.
 */
export function memberCte(scope: MetricScope): SQL {
  const regions =
    scope.groupBy === 'region'
      ? sql.raw(
          " CROSS JOIN LATERAL unnest(CASE WHEN cardinality(p.regions) = 0 THEN ARRAY['none'] ELSE p.regions END) AS r(region)",
        )
      : sql.raw('');
  // One partner's own scorecard covers it whatever its stage.
  const which = scope.partnerId ? sql`p.id = ${scope.partnerId}::uuid` : sql`p.stage <> 'prospect'`;
  return sql`member AS (
    SELECT p.id AS partner_id, ${sql.raw(GROUP_KEYS[scope.groupBy])} AS group_key
    FROM partners p${regions}
    WHERE ${which}
  )`;
}

/** The exchange rate of a currency column as a numeric expression; NULL when the program has none. */
export function rateOf(scope: MetricScope, currency: SQL): SQL {
  return sql`(${JSON.stringify(scope.rates)}::jsonb ->> ${currency})::numeric`;
}

export const ts = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** Currencies a query could not convert, gathered across queries. */
export function collectUnconverted(into: Set<string>, rows: { unconverted: string[] | null }[]): void {
  for (const row of rows) for (const currency of row.unconverted ?? []) into.add(currency);
}
