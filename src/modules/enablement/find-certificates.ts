import { and, eq, gt, lte, type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { renewedById, selectCertificates, toCertificateView } from './certificate-view.js';
import { type Certificate, type CertificateState, EXPIRING_WITHIN_DAYS } from './enablement.schemas.js';
import { certificates } from './enablement.table.js';

export const CERTIFICATE_SORTS = ['issuedAt', 'expiresAt'] as const;

export interface FindCertificatesInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  courseId?: string | undefined;
  userId?: string | undefined;
  partnerId?: string | undefined;
  state?: CertificateState | undefined;
  current?: boolean | undefined;
}

function stateCondition(state: CertificateState, now: Date): SQL | undefined {
  const soon = addDays(now, EXPIRING_WITHIN_DAYS);
  if (state === 'expired') return lte(certificates.expiresAt, now);
  if (state === 'expiring') return and(gt(certificates.expiresAt, now), lte(certificates.expiresAt, soon));
  return gt(certificates.expiresAt, soon);
}

/** Certificates: a partner rep its own, a partner admin its people's, the vendor all. */
export async function findCertificates(ctx: Ctx, input: FindCertificatesInput): Promise<Page<Certificate>> {
  const now = ctx.clock.now();
  const plan = keyset(
    input.sort,
    {
      issuedAt: { column: certificates.issuedAt, read: (r) => (r.issuedAt as Date).toISOString() },
      expiresAt: { column: certificates.expiresAt, read: (r) => (r.expiresAt as Date).toISOString() },
    },
    { column: certificates.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where];
  if (input.courseId) filters.push(eq(certificates.courseId, input.courseId));
  if (input.userId) filters.push(eq(certificates.userId, input.userId));
  if (input.partnerId) filters.push(eq(certificates.partnerId, input.partnerId));
  if (input.state) filters.push(stateCondition(input.state, now));
  if (input.current === true) filters.push(sql`${renewedById} IS NULL`);
  if (input.current === false) filters.push(sql`${renewedById} IS NOT NULL`);
  const rows = await selectCertificates(ctx, and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(
    rows.map((r) => ({ ...r.row, joined: r })),
    input.limit,
    plan,
    (r) => toCertificateView(r.joined, now),
  );
}
