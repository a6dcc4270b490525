import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/rows.js';
import { type MetricScope, memberCte, rateOf, ts } from './scorecard-scope.js';

export interface InvestmentFigures {
  groupKey: string;
  partners: number;
  /** MDF claims paid in the period (program currency, minor units). */
  mdfPaidMinor: number;
  /** Partner incentive entries paid out in the period. */
  incentivesPaidMinor: number;
  enrollments: number;
  certificates: number;
  unconverted: string[] | null;
}

/** Per group: its members and what the program spent on them in the period, before the cost assumptions. */
export async function investmentFigures(db: Executor, scope: MetricScope): Promise<InvestmentFigures[]> {
  const from = ts(scope.from);
  const to = ts(scope.to);
  const mdfRate = rateOf(scope, sql`c.currency`);
  const incentiveRate = rateOf(scope, sql`l.currency`);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`WITH ${memberCte(scope)},
    mdf AS (
      SELECT m.group_key,
        coalesce(sum(round(c.amount_minor * ${mdfRate})), 0) AS paid,
        array_agg(DISTINCT c.currency) FILTER (WHERE ${mdfRate} IS NULL) AS unconverted
      FROM member m JOIN mdf_claims c ON c.partner_id = m.partner_id
      WHERE c.status = 'paid' AND c.paid_at >= ${from} AND c.paid_at < ${to}
      GROUP BY m.group_key
    ),
    incentive AS (
      SELECT m.group_key,
        coalesce(sum(round(l.amount_minor * ${incentiveRate})), 0) AS paid,
        array_agg(DISTINCT l.currency) FILTER (WHERE ${incentiveRate} IS NULL) AS unconverted
      FROM member m
        JOIN incentive_ledger l ON l.partner_id = m.partner_id AND l.beneficiary_type = 'partner' AND l.status = 'paid'
        JOIN incentive_payouts po ON po.id = l.payout_id
      WHERE po.created_at >= ${from} AND po.created_at < ${to}
      GROUP BY m.group_key
    ),
    enrolled AS (
      SELECT m.group_key, count(*) AS n FROM member m JOIN enrollments e ON e.partner_id = m.partner_id
      WHERE e.enrolled_at >= ${from} AND e.enrolled_at < ${to}
      GROUP BY m.group_key
    ),
    certified AS (
      SELECT m.group_key, count(*) AS n FROM member m JOIN certificates c ON c.partner_id = m.partner_id
      WHERE c.issued_at >= ${from} AND c.issued_at < ${to}
      GROUP BY m.group_key
    ),
    grp AS (SELECT group_key, count(*) AS partners FROM member GROUP BY group_key)
    SELECT grp.group_key, grp.partners::int AS partners,
      coalesce(mdf.paid, 0)::bigint AS mdf_paid,
      coalesce(incentive.paid, 0)::bigint AS incentives_paid,
      coalesce(enrolled.n, 0)::int AS enrollments,
      coalesce(certified.n, 0)::int AS certificates,
      array_cat(mdf.unconverted, incentive.unconverted) AS unconverted
    FROM grp
      LEFT JOIN mdf USING (group_key)
      LEFT JOIN incentive USING (group_key)
      LEFT JOIN enrolled USING (group_key)
      LEFT JOIN certified USING (group_key)`,
  );
  return rows.map((r) => ({
    groupKey: String(r.group_key),
    partners: Number(r.partners),
    mdfPaidMinor: Number(r.mdf_paid),
    incentivesPaidMinor: Number(r.incentives_paid),
    enrollments: Number(r.enrollments),
    certificates: Number(r.certificates),
    unconverted: r.unconverted as string[] | null,
  }));
}
