import { count, isNotNull, sql } from 'drizzle-orm';
import { accounts } from '../modules/accounts/accounts.table.js';
import { opportunities } from '../modules/deals/deals.table.js';
import { registrations } from '../modules/deals/registrations.table.js';
import { certificates, courses, enrollments } from '../modules/enablement/enablement.table.js';
import { partnerOnboardings } from '../modules/onboarding/onboarding.table.js';
import { partners } from '../modules/partners/partners.table.js';
import { partnerApplications } from '../modules/recruiting/recruiting.table.js';
import type { Executor } from '../platform/db/client.js';

/** What the demo wrote, counted in the database once the story has run. */
export async function countSeeded(db: Executor) {
  const total = async (table: Parameters<ReturnType<Executor['select']>['from']>[0]) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  const grouped = async (rows: Promise<{ key: string | null; n: number }[]>) =>
    Object.fromEntries((await rows).map((row) => [row.key ?? 'none', row.n]));
  return {
    accounts: await total(accounts),
    deals: await total(opportunities),
    registrationsByStatus: await grouped(
      db.select({ key: registrations.status, n: count() }).from(registrations).groupBy(registrations.status),
    ),
    applications: await total(partnerApplications),
    onboardingsByStatus: await grouped(
      db
        .select({
          key: sql<string>`CASE WHEN ${partnerOnboardings.stalledAt} IS NOT NULL THEN 'stalled' ELSE ${partnerOnboardings.status} END`,
          n: count(),
        })
        .from(partnerOnboardings)
        .groupBy(sql`1`),
    ),
    courses: await total(courses),
    enrollments: await total(enrollments),
    certificates: await total(certificates),
    partnersByTier: await grouped(
      db
        .select({ key: partners.tier, n: count() })
        .from(partners)
        .where(isNotNull(partners.tier))
        .groupBy(partners.tier),
    ),
  };
}
