import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/rows.js';

/** A registration's status once nothing more will happen to it. */
export const RESOLVED_STATUSES = ['won', 'lost', 'rejected', 'withdrawn', 'expired'] as const;
/** Registrations still in play, the ones the win model scores. */
export const OPEN_STATUSES = ['submitted', 'under_review', 'approved', 'disputed'] as const;

export interface RegistrationFacts {
  id: string;
  partnerId: string;
  partnerName: string;
  customerName: string;
  status: string;
  submittedAt: Date;
  /** When it reached its resolved status; null while open. */
  resolvedAt: Date | null;
  amountMinor: number;
  currency: string;
  productLines: number;
  newAccount: boolean;
  /** The automatic decision at submission sent it to a manager rather than approving it. */
  routedToReview: boolean;
  /** That decision named another partner's registration or a direct opportunity. */
  conflict: boolean;
  /** Partner touches logged on deals in the 90 days before submission. */
  touches90: number;
  /** Certifications valid at submission. */
  certified: number;
  /** Tier rank at submission (0 without a tier). */
  tierRank: number;
  /** Days the partner had been active at submission (0 if never). */
  activeDays: number;
}

interface Row {
  id: string;
  partner_id: string;
  partner_name: string;
  customer_name: string;
  status: string;
  submitted_at: string | Date;
  resolved_at: string | Date | null;
  amount_minor: string | number;
  currency: string;
  product_lines: string | number;
  new_account: boolean;
  routed_to_review: boolean | null;
  conflict: boolean | null;
  touches_90: string | number;
  certified: string | number;
  tier_rank: string | number | null;
  active_days: string | number | null;
}

/**
 * Every submitted registration with the facts known when it was submitted (no later data), its
 * status and when that status was reached. One set-based query; lateral joins pick the point-in-time
 * values.
 */
export async function readRegistrationHistory(db: Executor): Promise<RegistrationFacts[]> {
  const rows = await queryRows<Row>(
    db,
    sql`
      SELECT r.id, r.partner_id, p.name AS partner_name, r.customer_name, r.status, r.submitted_at,
        CASE WHEN r.status IN ('won', 'lost', 'rejected', 'withdrawn', 'expired') THEN last_move.at END AS resolved_at,
        r.amount_minor, r.currency, cardinality(r.product_lines) AS product_lines,
        coalesce(r.account_match = 'new', false) AS new_account,
        first_decision.outcome <> 'approved' AS routed_to_review,
        (first_decision.conflict_registration_id IS NOT NULL OR first_decision.conflict_opportunity_id IS NOT NULL) AS conflict,
        (SELECT count(*) FROM touchpoints t
          WHERE t.partner_id = r.partner_id AND t.occurred_at < r.submitted_at
            AND t.occurred_at >= r.submitted_at - interval '90 days') AS touches_90,
        (SELECT count(*) FROM certificates c
          WHERE c.partner_id = r.partner_id AND c.issued_at < r.submitted_at AND c.expires_at > r.submitted_at) AS certified,
        (SELECT d.rank FROM tier_history h JOIN tier_definitions d ON d.key = h.to_tier
          WHERE h.partner_id = r.partner_id AND h.at < r.submitted_at AND h.action IN ('assign', 'promote', 'demote')
          ORDER BY h.at DESC LIMIT 1) AS tier_rank,
        (SELECT extract(epoch FROM r.submitted_at - min(s.at)) / 86400 FROM partner_stage_history s
          WHERE s.partner_id = r.partner_id AND s.to_stage = 'active' AND s.at < r.submitted_at) AS active_days
      FROM registrations r
      JOIN partners p ON p.id = r.partner_id
      LEFT JOIN LATERAL (
        SELECT max(h.at) AS at FROM registration_history h WHERE h.registration_id = r.id
      ) last_move ON true
      LEFT JOIN LATERAL (
        SELECT d.outcome, d.conflict_registration_id, d.conflict_opportunity_id FROM registration_decisions d
        WHERE d.registration_id = r.id ORDER BY d.at, d.id LIMIT 1
      ) first_decision ON true
      WHERE r.submitted_at IS NOT NULL
      ORDER BY r.submitted_at, r.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    customerName: row.customer_name,
    status: row.status,
    submittedAt: new Date(row.submitted_at),
    resolvedAt: row.resolved_at === null ? null : new Date(row.resolved_at),
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    productLines: Number(row.product_lines),
    newAccount: row.new_account,
    routedToReview: row.routed_to_review ?? false,
    conflict: row.conflict ?? false,
    touches90: Number(row.touches_90),
    certified: Number(row.certified),
    tierRank: Number(row.tier_rank ?? 0),
    activeDays: Math.max(0, Number(row.active_days ?? 0)),
  }));
}
