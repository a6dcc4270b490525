import { sql } from 'drizzle-orm';
import { addDays } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/rows.js';
import { MOMENTUM_WINDOW_DAYS } from '../enablement/certification-momentum.js';
import { type MetricScope, memberCte, ts } from './scorecard-scope.js';

export interface ActivityFigures {
  groupKey: string;
  /** Registrations decided in the period, and of those approved. */
  decided: number;
  approved: number;
  /** Registrations submitted in the period, and of those with a conflict named in a decision. */
  submitted: number;
  conflicted: number;
  /** Lead offers answered (accepted, declined, or let expire) in the period, and of those accepted. */
  offersAnswered: number;
  offersAccepted: number;
  /** Survey answers to the 1–5 questions, and of those 4 or 5. */
  ratings: number;
  satisfied: number;
  /** Survey responses (0–10 recommend answers): promoters 9–10, detractors 0–6. */
  responses: number;
  promoters: number;
  detractors: number;
  /** Certificates issued in the 90 days before the period's end, and in the 90 days before those. */
  certificatesLast90: number;
  certificatesPrevious90: number;
  /** Median days from activation to first closed-won deal of members that reached it before the end. */
  medianDaysToFirstRevenue: number | null;
}

/** Per group: the counts behind the rate metrics (registrations, leads, surveys, certifications). */
export async function activityFigures(db: Executor, scope: MetricScope): Promise<ActivityFigures[]> {
  const from = ts(scope.from);
  const to = ts(scope.to);
  const split = ts(addDays(scope.to, -MOMENTUM_WINDOW_DAYS));
  const start = ts(addDays(scope.to, -2 * MOMENTUM_WINDOW_DAYS));
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`WITH ${memberCte(scope)},
    reg AS (
      SELECT m.group_key,
        count(*) FILTER (WHERE r.decided_at >= ${from} AND r.decided_at < ${to}) AS decided,
        count(*) FILTER (WHERE r.decided_at >= ${from} AND r.decided_at < ${to} AND r.approved_at IS NOT NULL) AS approved,
        count(*) FILTER (WHERE r.submitted_at >= ${from} AND r.submitted_at < ${to}) AS submitted,
        count(*) FILTER (WHERE r.submitted_at >= ${from} AND r.submitted_at < ${to} AND EXISTS (
          SELECT 1 FROM registration_decisions d WHERE d.registration_id = r.id
            AND (d.conflict_registration_id IS NOT NULL OR d.conflict_opportunity_id IS NOT NULL))) AS conflicted
      FROM member m JOIN registrations r ON r.partner_id = m.partner_id
      GROUP BY m.group_key
    ),
    offer AS (
      SELECT m.group_key, count(*) AS answered, count(*) FILTER (WHERE o.status = 'accepted') AS accepted
      FROM member m JOIN lead_offers o ON o.partner_id = m.partner_id
      WHERE o.status IN ('accepted', 'declined', 'expired')
        AND coalesce(o.responded_at, o.due_at) >= ${from} AND coalesce(o.responded_at, o.due_at) < ${to}
      GROUP BY m.group_key
    ),
    rating AS (
      SELECT m.group_key, count(*) AS ratings, count(*) FILTER (WHERE v.value::numeric >= 4) AS satisfied
      FROM member m JOIN survey_responses s ON s.partner_id = m.partner_id
        CROSS JOIN LATERAL jsonb_each_text(s.ratings) AS v
      WHERE s.submitted_at >= ${from} AND s.submitted_at < ${to}
      GROUP BY m.group_key
    ),
    recommend AS (
      SELECT m.group_key, count(*) AS responses,
        count(*) FILTER (WHERE s.recommend >= 9) AS promoters,
        count(*) FILTER (WHERE s.recommend <= 6) AS detractors
      FROM member m JOIN survey_responses s ON s.partner_id = m.partner_id
      WHERE s.submitted_at >= ${from} AND s.submitted_at < ${to}
      GROUP BY m.group_key
    ),
    cert AS (
      SELECT m.group_key,
        count(*) FILTER (WHERE c.issued_at >= ${split}) AS last90,
        count(*) FILTER (WHERE c.issued_at < ${split}) AS previous90
      FROM member m JOIN certificates c ON c.partner_id = m.partner_id
      WHERE c.issued_at >= ${start} AND c.issued_at < ${to}
      GROUP BY m.group_key
    ),
    first_revenue AS (
      SELECT m.group_key, percentile_cont(0.5) WITHIN GROUP (ORDER BY pm.days_to_first_revenue) AS median
      FROM member m JOIN partner_milestones pm ON pm.partner_id = m.partner_id
      WHERE pm.days_to_first_revenue IS NOT NULL AND pm.first_revenue_at < ${to}
      GROUP BY m.group_key
    ),
    grp AS (SELECT DISTINCT group_key FROM member)
    SELECT grp.group_key,
      coalesce(reg.decided, 0)::int AS decided, coalesce(reg.approved, 0)::int AS approved,
      coalesce(reg.submitted, 0)::int AS submitted, coalesce(reg.conflicted, 0)::int AS conflicted,
      coalesce(offer.answered, 0)::int AS offers_answered, coalesce(offer.accepted, 0)::int AS offers_accepted,
      coalesce(rating.ratings, 0)::int AS ratings, coalesce(rating.satisfied, 0)::int AS satisfied,
      coalesce(recommend.responses, 0)::int AS responses, coalesce(recommend.promoters, 0)::int AS promoters,
      coalesce(recommend.detractors, 0)::int AS detractors,
      coalesce(cert.last90, 0)::int AS last90, coalesce(cert.previous90, 0)::int AS previous90,
      first_revenue.median AS median_days
    FROM grp
      LEFT JOIN reg USING (group_key) LEFT JOIN offer USING (group_key)
      LEFT JOIN rating USING (group_key) LEFT JOIN recommend USING (group_key)
      LEFT JOIN cert USING (group_key) LEFT JOIN first_revenue USING (group_key)`,
  );
  return rows.map((r) => ({
    groupKey: String(r.group_key),
    decided: Number(r.decided),
    approved: Number(r.approved),
    submitted: Number(r.submitted),
    conflicted: Number(r.conflicted),
    offersAnswered: Number(r.offers_answered),
    offersAccepted: Number(r.offers_accepted),
    ratings: Number(r.ratings),
    satisfied: Number(r.satisfied),
    responses: Number(r.responses),
    promoters: Number(r.promoters),
    detractors: Number(r.detractors),
    certificatesLast90: Number(r.last90),
    certificatesPrevious90: Number(r.previous90),
    medianDaysToFirstRevenue: r.median_days === null ? null : Number(r.median_days),
  }));
}
