import { type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { queryRows } from '../../platform/db/rows.js';
import type { PartnerType } from '../partners/partners.schemas.js';
import { MOMENTUM_WINDOW_DAYS, momentumOf } from './certification-momentum.js';
import type { MomentumSummary } from './enablement-report.schemas.js';

export const MOMENTUM_PERIOD_DAYS = 30;
const PERIODS = (2 * MOMENTUM_WINDOW_DAYS) / MOMENTUM_PERIOD_DAYS;

export interface MomentumSummaryInput {
  partnerType?: PartnerType | undefined;
  partnerId?: string | undefined;
  managerId?: string | undefined;
  q?: string | undefined;
  asOf?: string | undefined;
}

/**
 * Certification momentum of the whole program (or of the partners the filters pick): certifications
 * earned in the last 90 days over the 90 before, the partners that earned any lately, and the 180
 * days in 30-day periods so the trend can be drawn. Counted like the per-partner momentum report.
 */
export async function getMomentumSummary(ctx: Ctx, input: MomentumSummaryInput): Promise<MomentumSummary> {
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const start = addDays(asOf, -2 * MOMENTUM_WINDOW_DAYS);
  const filters: SQL[] = [
    sql`c.issued_at > ${start.toISOString()}::timestamptz`,
    sql`c.issued_at <= ${asOf.toISOString()}::timestamptz`,
  ];
  if (input.partnerType) filters.push(sql`p.type = ${input.partnerType}`);
  if (input.partnerId) filters.push(sql`p.id = ${input.partnerId}`);
  if (input.managerId) filters.push(sql`p.owner_id = ${input.managerId}`);
  if (input.q) filters.push(sql`p.name ILIKE ${containsPattern(input.q)}`);
  // Period 0 is the oldest: (start, start + 30 days], and so on up to asOf.
  const period = sql`LEAST(${PERIODS - 1}, GREATEST(0,
    ceil(extract(epoch FROM (c.issued_at - ${start.toISOString()}::timestamptz)) / ${MOMENTUM_PERIOD_DAYS * 86_400})::int - 1))`;
  const rows = await queryRows<{ period: number; certifications: number; partners: string[] }>(
    ctx.db,
    sql`SELECT ${period} AS period, count(*)::int AS certifications,
        array_agg(DISTINCT c.partner_id::text) AS partners
      FROM certificates c JOIN partners p ON p.id = c.partner_id
      WHERE ${sql.join(filters, sql` AND `)}
      GROUP BY 1`,
  );
  const counts = new Array<number>(PERIODS).fill(0);
  const recentPartners = new Set<string>();
  const half = PERIODS / 2;
  for (const row of rows) {
    const index = Number(row.period);
    counts[index] = (counts[index] ?? 0) + Number(row.certifications);
    if (index >= half) for (const id of row.partners) recentPartners.add(id);
  }
  const previous = counts.slice(0, half).reduce((a, b) => a + b, 0);
  const last = counts.slice(half).reduce((a, b) => a + b, 0);
  return {
    asOf: asOf.toISOString(),
    last90Days: last,
    previous90Days: previous,
    momentum: momentumOf(last, previous),
    partnersCertifying: recentPartners.size,
    periods: counts.map((certifications, i) => ({
      from: addDays(start, i * MOMENTUM_PERIOD_DAYS).toISOString(),
      to: addDays(start, (i + 1) * MOMENTUM_PERIOD_DAYS).toISOString(),
      window: i < half ? ('previous90Days' as const) : ('last90Days' as const),
      certifications,
    })),
  };
}
