import { and, eq, gt, inArray, lte, max, sql } from 'drizzle-orm';
import type { HealthSignals } from '../../analytics/health/assess-partner-health.js';
import type { Executor } from '../../platform/db/client.js';
import { domainEvents } from '../../platform/events/events.table.js';
import { partnerDealMetrics } from '../deals/partner-deal-metrics.js';
import { countCertifiedPeople } from '../enablement/count-certified-people.js';
import { certificates } from '../enablement/enablement.table.js';
import { users } from '../identity/identity.table.js';
import { partnerStageHistory, partners } from '../partners/partners.table.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import { toProgramCurrency } from '../tiers/program-currency.js';
import type { TierProgram } from '../tiers/tiers.schemas.js';
import type { HealthRulesInput } from './health.schemas.js';

const DAY_MS = 86_400_000;

/** What a partner does itself: the vendor's own actions on the partner are not its activity. */
export const PARTNER_ACTIVITY_EVENTS = [
  'registration.submitted',
  'deal.created',
  'deal.updated',
  'deal.won',
  'deal.touchpoint_added',
  'enablement.enrolled',
  'enablement.course_completed',
  'enablement.certified',
  'mapping.imported',
  'mapping.hashed_list_uploaded',
  'campaign.launched',
  'onboarding.step_completed',
] as const;

function latestByPartner(rows: { partnerId: string | null; at: Date | string | null }[]): Map<string, Date> {
  const latest = new Map<string, Date>();
  for (const row of rows) {
    if (!row.partnerId || !row.at) continue;
    const at = new Date(row.at);
    const known = latest.get(row.partnerId);
    if (!known || at > known) latest.set(row.partnerId, at);
  }
  return latest;
}

async function lastActivity(db: Executor, partnerIds: readonly string[], asOf: Date) {
  const events = await db
    .select({ partnerId: domainEvents.partnerId, at: max(domainEvents.occurredAt) })
    .from(domainEvents)
    .where(
      and(
        inArray(domainEvents.partnerId, [...partnerIds]),
        inArray(domainEvents.type, [...PARTNER_ACTIVITY_EVENTS]),
        lte(domainEvents.occurredAt, asOf),
      ),
    )
    .groupBy(domainEvents.partnerId);
  const signIns = await db
    .select({ partnerId: users.partnerId, at: max(users.lastLoginAt) })
    .from(users)
    .where(and(inArray(users.partnerId, [...partnerIds]), lte(users.lastLoginAt, asOf)))
    .groupBy(users.partnerId);
  return latestByPartner([...events, ...signIns]);
}

async function activeSince(db: Executor, partnerIds: readonly string[], asOf: Date) {
  const rows = await db
    .select({ partnerId: partnerStageHistory.partnerId, at: max(partnerStageHistory.at) })
    .from(partnerStageHistory)
    .where(
      and(
        inArray(partnerStageHistory.partnerId, [...partnerIds]),
        eq(partnerStageHistory.toStage, 'active'),
        lte(partnerStageHistory.at, asOf),
      ),
    )
    .groupBy(partnerStageHistory.partnerId);
  // A partner created straight into a later stage has no move to active: it has been active since creation.
  const created = await db
    .select({ partnerId: partners.id, at: partners.createdAt })
    .from(partners)
    .where(inArray(partners.id, [...partnerIds]));
  const activated = latestByPartner(rows);
  for (const row of created) if (!activated.has(row.partnerId)) activated.set(row.partnerId, row.at);
  return activated;
}

/** Certificates that expired in (asOf − days, asOf] whose holder holds no valid one for the course now. */
async function lapsedCertificates(db: Executor, partnerIds: readonly string[], asOf: Date, days: number) {
  const renewed = db
    .select({ one: sql`1` })
    .from(sql`certificates as later`)
    .where(
      sql`later.user_id = ${certificates.userId} and later.course_id = ${certificates.courseId}
        and later.issued_at <= ${asOf.toISOString()} and later.expires_at > ${asOf.toISOString()}`,
    );
  const rows = await db
    .select({ partnerId: certificates.partnerId, lapsed: sql<number>`count(*)::int` })
    .from(certificates)
    .where(
      and(
        inArray(certificates.partnerId, [...partnerIds]),
        gt(certificates.expiresAt, new Date(asOf.getTime() - days * DAY_MS)),
        lte(certificates.expiresAt, asOf),
        sql`not exists (${renewed})`,
      ),
    )
    .groupBy(certificates.partnerId);
  return new Map(rows.map((row) => [row.partnerId, row.lapsed]));
}

/** Partner revenue (sourced and influenced, closed won) in the tier program currency over [from, to). */
async function revenue(db: Executor, program: TierProgram, from: Date, to: Date) {
  const metrics = await partnerDealMetrics(db, from, to);
  const unconverted = new Set<string>();
  const byPartner = new Map<string, number>();
  for (const [partnerId, m] of metrics) {
    byPartner.set(
      partnerId,
      toProgramCurrency(m.sourcedByCurrency, program, unconverted) +
        toProgramCurrency(m.influencedByCurrency, program, unconverted),
    );
  }
  return byPartner;
}

/** Every signal the health rules read, for the given partners as of a moment. */
export async function gatherHealthSignals(
  db: Executor,
  rules: HealthRulesInput,
  partnerIds: readonly string[],
  asOf: Date,
): Promise<Map<string, HealthSignals>> {
  const signals = new Map<string, HealthSignals>();
  if (partnerIds.length === 0) return signals;
  const windowMs = rules.fallingRevenue.windowDays * DAY_MS;
  const recentFrom = new Date(asOf.getTime() - windowMs);
  const activity = await lastActivity(db, partnerIds, asOf);
  const activation = await activeSince(db, partnerIds, asOf);
  const lapsed = await lapsedCertificates(db, partnerIds, asOf, rules.expiredCertifications.withinDays);
  const certified = await countCertifiedPeople(db, asOf);
  const program = await loadTierProgram(db);
  const recent = await revenue(db, program, recentFrom, asOf);
  const previous = await revenue(db, program, new Date(recentFrom.getTime() - windowMs), recentFrom);
  for (const partnerId of partnerIds) {
    signals.set(partnerId, {
      lastActivityAt: activity.get(partnerId) ?? null,
      activeSince: activation.get(partnerId) ?? null,
      recentRevenueMinor: recent.get(partnerId) ?? 0,
      previousRevenueMinor: previous.get(partnerId) ?? 0,
      lapsedCertificates: lapsed.get(partnerId) ?? 0,
      certifiedPeople: certified.get(partnerId) ?? 0,
    });
  }
  return signals;
}
