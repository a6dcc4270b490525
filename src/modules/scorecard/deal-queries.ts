import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/rows.js';
import { type MetricScope, memberCte, rateOf, ts } from './scorecard-scope.js';

export type Interval = 'month' | 'quarter';

export interface DealFigures {
  groupKey: string;
  /** YYYY-MM or YYYY-Qn when a series was asked for, else ''. */
  bucket: string;
  won: number;
  lost: number;
  /** Won deals whose currency converted: the denominator of the average deal size. */
  wonConverted: number;
  wonMinor: number;
  sourcedMinor: number;
  influencedMinor: number;
  cycleDays: number | null;
  unconverted: string[] | null;
}

function bucketOf(interval: Interval | undefined): SQL {
  if (interval === 'month') return sql`to_char(o.closed_at AT TIME ZONE 'UTC', 'YYYY-MM')`;
  if (interval === 'quarter') return sql`to_char(o.closed_at AT TIME ZONE 'UTC', 'YYYY-"Q"Q')`;
  return sql`''`;
}

/**
 * Per group (and bucket): deals closed in the period that a member worked on (its deal_partners row),
 * won and lost, won amount, sourced amount (a member holds the sourcing role), cycle length of the wins;
 * and influenced amount: won deals a member touched (a touchpoint or a non-sourcing role) that no
 * member sourced. Each deal counts once per group however many members worked on it.
 */
export async function dealFigures(
  db: Executor,
  scope: MetricScope,
  interval?: Interval,
): Promise<DealFigures[]> {
  const bucket = bucketOf(interval);
  const rate = rateOf(scope, sql`d.currency`);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`WITH ${memberCte(scope)},
    sourcing AS (
      SELECT DISTINCT m.group_key, dp.opportunity_id
      FROM member m JOIN deal_partners dp ON dp.partner_id = m.partner_id AND dp.role = 'sourcing'
    ),
    touch AS (
      SELECT m.group_key, dp.opportunity_id FROM member m
        JOIN deal_partners dp ON dp.partner_id = m.partner_id AND dp.role <> 'sourcing'
      UNION
      SELECT m.group_key, t.opportunity_id FROM member m JOIN touchpoints t ON t.partner_id = m.partner_id
    ),
    involved AS (
      SELECT m.group_key, dp.opportunity_id, true AS worked FROM member m
        JOIN deal_partners dp ON dp.partner_id = m.partner_id
      UNION
      SELECT group_key, opportunity_id, false AS worked FROM touch
    ),
    d AS (
      SELECT i.group_key, o.id, o.stage, o.amount_minor, o.currency, o.created_at, o.closed_at,
             ${bucket} AS bucket,
             bool_or(i.worked) AS worked,
             EXISTS (SELECT 1 FROM sourcing s WHERE s.group_key = i.group_key AND s.opportunity_id = o.id) AS sourced
      FROM involved i JOIN opportunities o ON o.id = i.opportunity_id
      WHERE o.stage IN ('closed_won', 'closed_lost')
        AND o.closed_at >= ${ts(scope.from)} AND o.closed_at < ${ts(scope.to)}
      GROUP BY i.group_key, o.id
    )
    SELECT d.group_key, d.bucket,
      count(*) FILTER (WHERE d.worked AND d.stage = 'closed_won')::int AS won,
      count(*) FILTER (WHERE d.worked AND d.stage = 'closed_lost')::int AS lost,
      count(*) FILTER (WHERE d.worked AND d.stage = 'closed_won' AND ${rate} IS NOT NULL)::int AS won_converted,
      coalesce(sum(round(d.amount_minor * ${rate})) FILTER (WHERE d.worked AND d.stage = 'closed_won'), 0)::bigint AS won_minor,
      coalesce(sum(round(d.amount_minor * ${rate})) FILTER (WHERE d.stage = 'closed_won' AND d.sourced), 0)::bigint AS sourced_minor,
      coalesce(sum(round(d.amount_minor * ${rate})) FILTER (WHERE d.stage = 'closed_won' AND NOT d.sourced), 0)::bigint AS influenced_minor,
      avg(extract(epoch FROM d.closed_at - d.created_at) / 86400) FILTER (WHERE d.worked AND d.stage = 'closed_won') AS cycle_days,
      array_agg(DISTINCT d.currency) FILTER (WHERE d.stage = 'closed_won' AND ${rate} IS NULL) AS unconverted
    FROM d
    GROUP BY d.group_key, d.bucket`,
  );
  return rows.map((r) => ({
    groupKey: String(r.group_key),
    bucket: String(r.bucket),
    won: Number(r.won),
    lost: Number(r.lost),
    wonConverted: Number(r.won_converted),
    wonMinor: Number(r.won_minor),
    sourcedMinor: Number(r.sourced_minor),
    influencedMinor: Number(r.influenced_minor),
    cycleDays: r.cycle_days === null ? null : Number(r.cycle_days),
    unconverted: r.unconverted as string[] | null,
  }));
}
