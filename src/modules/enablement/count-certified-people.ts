import { and, countDistinct, eq, gt, lte, ne } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { users } from '../identity/identity.table.js';
import { certificates } from './enablement.table.js';

/**
 * Certified people per partner at a moment: distinct users holding at least one certificate issued
 * by then and not yet expired (issuedAt ≤ asOf < expiresAt). Disabled users no longer count; partners
 * with nobody certified are absent from the map. Tiering and partner scoring read this.
 */
export async function countCertifiedPeople(db: Executor, asOf: Date): Promise<Map<string, number>> {
  const rows = await db
    .select({ partnerId: certificates.partnerId, people: countDistinct(certificates.userId) })
    .from(certificates)
    .innerJoin(users, eq(users.id, certificates.userId))
    .where(
      and(lte(certificates.issuedAt, asOf), gt(certificates.expiresAt, asOf), ne(users.status, 'disabled')),
    )
    .groupBy(certificates.partnerId);
  return new Map(rows.map((r) => [r.partnerId, Number(r.people)]));
}
