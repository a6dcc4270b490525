import { and, count, gt, lte, sql } from 'drizzle-orm';
import { addDays } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { certificates } from './enablement.table.js';

export const MOMENTUM_WINDOW_DAYS = 90;

export interface CertificationMomentum {
  /** Certifications earned in (asOf − 90 days, asOf]. */
  last90Days: number;
  /** Certifications earned in (asOf − 180 days, asOf − 90 days]. */
  previous90Days: number;
  /** last90Days / previous90Days; null when previous90Days is 0, since there is no base to compare. */
  momentum: number | null;
}

/** The momentum ratio, null without an earlier window to compare with. */
export function momentumOf(last90Days: number, previous90Days: number): number | null {
  return previous90Days === 0 ? null : last90Days / previous90Days;
}

/**
 * Certification momentum per partner: certifications earned (renewals included) in the last 90 days
 * over those earned in the 90 days before. Partners that earned none in the 180 days are absent
 * (read them as 0, 0, null).
 */
export async function certificationMomentum(
  db: Executor,
  asOf: Date,
): Promise<Map<string, CertificationMomentum>> {
  const split = addDays(asOf, -MOMENTUM_WINDOW_DAYS);
  const start = addDays(asOf, -2 * MOMENTUM_WINDOW_DAYS);
  const rows = await db
    .select({
      partnerId: certificates.partnerId,
      last: sql<number>`count(*) FILTER (WHERE ${certificates.issuedAt} > ${split.toISOString()}::timestamptz)::int`,
      total: count(),
    })
    .from(certificates)
    .where(and(gt(certificates.issuedAt, start), lte(certificates.issuedAt, asOf)))
    .groupBy(certificates.partnerId);
  return new Map(
    rows.map((r) => {
      const last = Number(r.last);
      const previous = Number(r.total) - last;
      return [
        r.partnerId,
        { last90Days: last, previous90Days: previous, momentum: momentumOf(last, previous) },
      ];
    }),
  );
}
