import { and, eq, type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { users } from '../identity/identity.table.js';
import { partners } from '../partners/partners.table.js';
import { type Certificate, type CertificateState, EXPIRING_WITHIN_DAYS } from './enablement.schemas.js';
import { certificates, courses } from './enablement.table.js';
import { recordScope } from './learner.js';

export type CertificateRow = typeof certificates.$inferSelect;

export function certificateState(expiresAt: Date, now: Date): CertificateState {
  if (expiresAt <= now) return 'expired';
  if (expiresAt <= addDays(now, EXPIRING_WITHIN_DAYS)) return 'expiring';
  return 'valid';
}

/** The certificate that renewed this one, if any (for queries on `certificates`, unaliased). */
export const renewedById = sql<string | null>`(
  SELECT s.id FROM certificates s WHERE s.previous_certificate_id = certificates.id
  ORDER BY s.issued_at, s.id LIMIT 1)`;

/** Certificates with the names a view shows, limited to whose records the caller may see. */
export function selectCertificates(ctx: Ctx, where: SQL | undefined) {
  return ctx.db
    .select({
      row: certificates,
      courseTitle: courses.title,
      userName: users.name,
      partnerName: partners.name,
      renewedById,
    })
    .from(certificates)
    .innerJoin(courses, eq(courses.id, certificates.courseId))
    .innerJoin(users, eq(users.id, certificates.userId))
    .innerJoin(partners, eq(partners.id, certificates.partnerId))
    .where(and(where, recordScope(ctx, certificates)));
}

export interface JoinedCertificate {
  row: CertificateRow;
  courseTitle: string;
  userName: string;
  partnerName: string;
  renewedById: string | null;
}

export function toCertificateView(found: JoinedCertificate, now: Date): Certificate {
  const { row } = found;
  return {
    id: row.id,
    name: row.name,
    courseId: row.courseId,
    courseTitle: found.courseTitle,
    userId: row.userId,
    userName: found.userName,
    partnerId: row.partnerId,
    partnerName: found.partnerName,
    issuedAt: row.issuedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    state: certificateState(row.expiresAt, now),
    previousCertificateId: row.previousCertificateId,
    renewedById: found.renewedById,
  };
}

/** One certificate the caller may see (its own, its partner's people's, or any for the vendor). */
export async function loadCertificate(ctx: Ctx, id: string): Promise<Certificate> {
  const [found] = await selectCertificates(ctx, eq(certificates.id, id)).limit(1);
  if (!found) throw notFound('Certificate');
  return toCertificateView(found, ctx.clock.now());
}
