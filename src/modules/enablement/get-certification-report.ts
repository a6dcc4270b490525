import { sql } from 'drizzle-orm';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Page } from '../../platform/http/pagination.js';
import { users } from '../identity/identity.table.js';
import type { PartnerType } from '../partners/partners.schemas.js';
import { type CertificationReportRow, EXPIRING_WITHIN_DAYS } from './enablement.schemas.js';
import { certificates } from './enablement.table.js';
import { type PartnerReportInput, partnerReportPage } from './partner-report.js';

export const CERTIFICATION_REPORT_SORTS = [
  'partnerName',
  'certifiedPeople',
  'expiringIn30Days',
  'expired',
] as const;

export interface CertificationReportInput extends PartnerReportInput {
  courseId?: string | undefined;
  asOf?: string | undefined;
}

/**
 * Per partner at a moment (now unless asOf is given): certified people (distinct people holding a
 * valid certificate), and of each person's current certificate per course (the latest, renewals
 * superseding what they renew): how many are valid, expire within 30 days, or have expired unrenewed.
 * Disabled users do not count.
 */
export async function getCertificationReport(
  ctx: Ctx,
  input: CertificationReportInput,
): Promise<Page<CertificationReportRow>> {
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const at = sql`${asOf.toISOString()}::timestamptz`;
  const soon = sql`${addDays(asOf, EXPIRING_WITHIN_DAYS).toISOString()}::timestamptz`;
  const course = input.courseId ? sql`AND c.course_id = ${input.courseId}` : sql``;
  const stats = sql`(
    SELECT
      count(DISTINCT c.user_id) FILTER (WHERE c.expires_at > ${at})::int AS certified_people,
      count(*) FILTER (WHERE c.is_current AND c.expires_at > ${at})::int AS valid_certificates,
      count(*) FILTER (WHERE c.is_current AND c.expires_at > ${at} AND c.expires_at <= ${soon})::int AS expiring,
      count(*) FILTER (WHERE c.is_current AND c.expires_at <= ${at})::int AS expired
    FROM (
      SELECT c.user_id, c.expires_at,
        row_number() OVER (PARTITION BY c.user_id, c.course_id ORDER BY c.issued_at DESC, c.id DESC) = 1 AS is_current
      FROM ${certificates} c JOIN ${users} u ON u.id = c.user_id
      WHERE c.partner_id = p.id AND c.issued_at <= ${at} AND u.status <> 'disabled' ${course}
    ) c)`;
  const page = await partnerReportPage(ctx, input, stats, {
    certifiedPeople: 'certified_people',
    expiringIn30Days: 'expiring',
    expired: 'expired',
  });
  return {
    items: page.items.map((r) => ({
      partnerId: r.partner_id,
      partnerName: r.partner_name,
      partnerType: r.partner_type as PartnerType,
      certifiedPeople: Number(r.certified_people),
      validCertificates: Number(r.valid_certificates),
      expiringIn30Days: Number(r.expiring),
      expired: Number(r.expired),
    })),
    nextCursor: page.nextCursor,
  };
}
