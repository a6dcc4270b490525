import { sql } from 'drizzle-orm';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Page } from '../../platform/http/pagination.js';
import type { PartnerType } from '../partners/partners.schemas.js';
import { MOMENTUM_WINDOW_DAYS, momentumOf } from './certification-momentum.js';
import type { MomentumRow } from './enablement.schemas.js';
import { certificates } from './enablement.table.js';
import { type PartnerReportInput, partnerReportPage } from './partner-report.js';

export const MOMENTUM_SORTS = ['partnerName', 'last90Days'] as const;

export interface MomentumReportInput extends PartnerReportInput {
  asOf?: string | undefined;
}

/**
 * Certification momentum per partner (every partner, 0 / 0 / null without certifications): those
 * earned in the last 90 days over those in the 90 before; null when the earlier window has none.
 */
export async function getCertificationMomentum(
  ctx: Ctx,
  input: MomentumReportInput,
): Promise<Page<MomentumRow>> {
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const at = sql`${asOf.toISOString()}::timestamptz`;
  const split = sql`${addDays(asOf, -MOMENTUM_WINDOW_DAYS).toISOString()}::timestamptz`;
  const start = sql`${addDays(asOf, -2 * MOMENTUM_WINDOW_DAYS).toISOString()}::timestamptz`;
  const stats = sql`(
    SELECT
      count(*) FILTER (WHERE c.issued_at > ${split})::int AS last90,
      count(*) FILTER (WHERE c.issued_at <= ${split})::int AS previous90
    FROM ${certificates} c
    WHERE c.partner_id = p.id AND c.issued_at > ${start} AND c.issued_at <= ${at})`;
  const page = await partnerReportPage(ctx, input, stats, { last90Days: 'last90' });
  return {
    items: page.items.map((r) => {
      const last = Number(r.last90);
      const previous = Number(r.previous90);
      return {
        partnerId: r.partner_id,
        partnerName: r.partner_name,
        partnerType: r.partner_type as PartnerType,
        last90Days: last,
        previous90Days: previous,
        momentum: momentumOf(last, previous),
      };
    }),
    nextCursor: page.nextCursor,
  };
}
