import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/rows.js';

/**
 * Tier metrics and qualified tiers counted straight from the tables, from the definitions in the
 * product brief and the README, without the tier module's own metric code:
 * - trailing 12 months: closed (or approved, or certified) in [asOf − 365 days, asOf);
 * - a partner takes part in a won deal when it has a role on it or touched it;
 * - partner-sourced: its approved registration on the deal came before any open direct opportunity
 *   on that account; every other deal it took part in is partner-influenced;
 * - revenue in the program currency at the program's rates;
 * - certified people: the partner's people, not disabled, holding a certificate valid at asOf;
 * - PSAT: the demo has no surveys, so PSAT criteria do not count against anyone.
 */
export interface HandCount {
  partnerId: string;
  name: string;
  metrics: Record<string, number | null>;
  qualifiedTier: string | null;
}

interface Criterion {
  metric: string;
  min: number;
}

const DAY_MS = 86_400_000;

export async function countTiersByHand(db: Executor, asOf: Date): Promise<Map<string, HandCount>> {
  const from = new Date(asOf.getTime() - 365 * DAY_MS).toISOString();
  const to = asOf.toISOString();
  const [program] = await queryRows<{ currency: string; exchange_rates: Record<string, number> }>(
    db,
    sql`SELECT currency, exchange_rates FROM tier_programs`,
  );
  if (!program) throw new Error('The demo has no tier program');
  const tiers = (
    await queryRows<{ key: string; rank: number; criteria: Criterion[] }>(
      db,
      sql`SELECT key, rank, criteria FROM tier_definitions`,
    )
  ).sort((a, b) => a.rank - b.rank);
  const partners = await queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM partners WHERE stage IN ('onboarding', 'active', 'at_risk')`,
  );

  const wins = await queryRows<{ partner_id: string; amount: string; currency: string; sourced: boolean }>(
    db,
    sql`WITH won AS (
          SELECT id, account_id, amount_minor, currency FROM opportunities
          WHERE stage = 'closed_won' AND closed_at >= ${from}::timestamptz AND closed_at < ${to}::timestamptz
        ), involved AS (
          SELECT opportunity_id, partner_id FROM deal_partners
          UNION
          SELECT opportunity_id, partner_id FROM touchpoints
        )
        SELECT i.partner_id, w.amount_minor::text AS amount, w.currency,
          EXISTS (
            SELECT 1 FROM registrations r
            WHERE r.opportunity_id = w.id AND r.partner_id = i.partner_id AND r.approved_at IS NOT NULL
              AND NOT EXISTS (
                SELECT 1 FROM opportunities d
                WHERE d.account_id = w.account_id AND d.source = 'direct'
                  AND d.created_at < r.submitted_at
                  AND (d.closed_at IS NULL OR d.closed_at > r.submitted_at))
          ) AS sourced
        FROM won w JOIN involved i ON i.opportunity_id = w.id`,
  );
  const approvals = await queryRows<{ partner_id: string; n: number }>(
    db,
    sql`SELECT r.partner_id, count(DISTINCT h.registration_id)::int AS n
        FROM registration_history h JOIN registrations r ON r.id = h.registration_id
        WHERE h.to_status = 'approved' AND h.at >= ${from}::timestamptz AND h.at < ${to}::timestamptz
        GROUP BY r.partner_id`,
  );
  const certified = await queryRows<{ partner_id: string; n: number }>(
    db,
    sql`SELECT u.partner_id, count(DISTINCT u.id)::int AS n
        FROM certificates c JOIN users u ON u.id = c.user_id
        WHERE c.issued_at <= ${to}::timestamptz AND c.expires_at > ${to}::timestamptz
          AND u.status <> 'disabled' AND u.partner_id IS NOT NULL
        GROUP BY u.partner_id`,
  );
  const custom = await queryRows<{ partner_id: string; key: string; value: number }>(
    db,
    sql`SELECT partner_id, key, value FROM tier_custom_metrics`,
  );

  const rate = (currency: string) => (currency === program.currency ? 1 : program.exchange_rates[currency]);
  const counts = new Map<string, HandCount>();
  for (const partner of partners) {
    const own = wins.filter((w) => w.partner_id === partner.id);
    const revenue = (sourced: boolean) => {
      const byCurrency = new Map<string, number>();
      for (const win of own.filter((w) => w.sourced === sourced))
        byCurrency.set(win.currency, (byCurrency.get(win.currency) ?? 0) + Number(win.amount));
      let total = 0;
      for (const [currency, amount] of byCurrency) {
        const r = rate(currency);
        if (r === undefined) throw new Error(`The demo has won deals in ${currency}, which has no rate`);
        total += Math.round(amount * r);
      }
      return total;
    };
    const metrics: Record<string, number | null> = {
      sourcedRevenueMinor: revenue(true),
      influencedRevenueMinor: revenue(false),
      wonDeals: own.length,
      approvedRegistrations: approvals.find((a) => a.partner_id === partner.id)?.n ?? 0,
      certifiedPeople: certified.find((c) => c.partner_id === partner.id)?.n ?? 0,
      psat: null,
    };
    for (const row of custom.filter((c) => c.partner_id === partner.id))
      metrics[`custom:${row.key}`] = Number(row.value);
    let qualifiedTier: string | null = null;
    for (const tier of tiers) {
      const met = tier.criteria.every((c) =>
        c.metric === 'psat'
          ? metrics.psat == null || metrics.psat >= c.min
          : (metrics[c.metric] ?? 0) >= c.min,
      );
      if (!met) break;
      qualifiedTier = tier.key;
    }
    counts.set(partner.id, { partnerId: partner.id, name: partner.name, metrics, qualifiedTier });
  }
  return counts;
}
