import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/rows.js';
import { type MetricScope, memberCte, rateOf, ts } from './scorecard-scope.js';

/** The direct channel's row in customerFigures: customers whose first win had no partner on it. */
export const DIRECT_GROUP = '__direct';

export interface CustomerFigures {
  groupKey: string;
  /** Customers acquired (first closed-won deal) before the period's end. */
  customers: number;
  /** Of those, acquired within the period. */
  newCustomers: number;
  /** Of those, former customers now. */
  churned: number;
  /** Years from each customer's acquisition to the period's end, summed: the churn exposure. */
  customerYears: number;
  /** The cohort's closed-won revenue in the period (program currency). */
  revenueMinor: number;
  unconverted: string[] | null;
}

/**
 * Customer cohorts by acquisition channel: an account is acquired by the partners on its first
 * closed-won deal (each member group among them), or directly when that deal had no partner.
 */
export async function customerFigures(db: Executor, scope: MetricScope): Promise<CustomerFigures[]> {
  const from = ts(scope.from);
  const to = ts(scope.to);
  const rate = rateOf(scope, sql`o.currency`);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`WITH ${memberCte(scope)},
    first_win AS (
      SELECT DISTINCT ON (o.account_id) o.account_id, o.id AS opportunity_id, o.closed_at
      FROM opportunities o
      WHERE o.stage = 'closed_won' AND o.closed_at < ${to}
      ORDER BY o.account_id, o.closed_at, o.id
    ),
    cohort AS (
      SELECT DISTINCT m.group_key, f.account_id, f.closed_at
      FROM first_win f
        JOIN deal_partners dp ON dp.opportunity_id = f.opportunity_id
        JOIN member m ON m.partner_id = dp.partner_id
      UNION ALL
      SELECT ${DIRECT_GROUP}::text, f.account_id, f.closed_at FROM first_win f
      WHERE NOT EXISTS (SELECT 1 FROM deal_partners dp WHERE dp.opportunity_id = f.opportunity_id)
    ),
    revenue AS (
      SELECT o.account_id,
        sum(round(o.amount_minor * ${rate})) AS minor,
        string_agg(DISTINCT o.currency, ',') FILTER (WHERE ${rate} IS NULL) AS unconverted
      FROM opportunities o
      WHERE o.stage = 'closed_won' AND o.closed_at >= ${from} AND o.closed_at < ${to}
      GROUP BY o.account_id
    )
    SELECT c.group_key,
      count(*)::int AS customers,
      count(*) FILTER (WHERE c.closed_at >= ${from})::int AS new_customers,
      count(*) FILTER (WHERE a.status = 'former_customer')::int AS churned,
      sum(extract(epoch FROM ${to} - c.closed_at) / (365.25 * 86400)) AS customer_years,
      coalesce(sum(rv.minor), 0)::bigint AS revenue_minor,
      string_agg(DISTINCT rv.unconverted, ',') AS unconverted
    FROM cohort c
      JOIN accounts a ON a.id = c.account_id
      LEFT JOIN revenue rv ON rv.account_id = c.account_id
    GROUP BY c.group_key`,
  );
  return rows.map((r) => ({
    groupKey: String(r.group_key),
    customers: Number(r.customers),
    newCustomers: Number(r.new_customers),
    churned: Number(r.churned),
    customerYears: Number(r.customer_years ?? 0),
    revenueMinor: Number(r.revenue_minor),
    unconverted: r.unconverted ? [...new Set(String(r.unconverted).split(','))] : null,
  }));
}
