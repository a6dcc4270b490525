import { and, gte, inArray, max, ne, sql } from 'drizzle-orm';
import type { DistributionCandidate } from '../../analytics/leads/distribute-leads.js';
import { addDays } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { partners } from '../partners/partners.table.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import type { RoutingRules } from './leads.schemas.js';
import { leadOffers, leads } from './leads.table.js';

/** Acceptance is measured over this window. */
export const ACCEPTANCE_WINDOW_DAYS = 90;
/** Statuses in which a lead counts against its partner's capacity. */
export const HOLDING_STATUSES = ['offered', 'accepted'];

export interface OfferStats {
  offered: number;
  accepted: number;
  declined: number;
  expired: number;
  pending: number;
}

/** Per partner: its offers of the last 90 days by outcome (withdrawn offers do not count). */
export async function offerStatsByPartner(db: Executor, now: Date): Promise<Map<string, OfferStats>> {
  const count = (status: string) =>
    sql<number>`count(*) filter (where ${leadOffers.status} = ${status})::int`;
  const rows = await db
    .select({
      partnerId: leadOffers.partnerId,
      offered: sql<number>`count(*)::int`,
      accepted: count('accepted'),
      declined: count('declined'),
      expired: count('expired'),
      pending: count('pending'),
    })
    .from(leadOffers)
    .where(
      and(
        gte(leadOffers.offeredAt, addDays(now, -ACCEPTANCE_WINDOW_DAYS)),
        ne(leadOffers.status, 'withdrawn'),
      ),
    )
    .groupBy(leadOffers.partnerId);
  return new Map(rows.map(({ partnerId, ...stats }) => [partnerId, stats]));
}

/** Per partner: the leads it holds now (offered or accepted). */
export async function openLoadByPartner(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .select({ partnerId: leads.partnerId, load: sql<number>`count(*)::int` })
    .from(leads)
    .where(inArray(leads.status, HOLDING_STATUSES))
    .groupBy(leads.partnerId);
  return new Map(rows.flatMap((r) => (r.partnerId ? [[r.partnerId, r.load] as const] : [])));
}

export interface RoutingCandidates {
  candidates: DistributionCandidate[];
  names: Map<string, string>;
}

/** Every partner in an eligible stage, with what the distribution weighs. */
export async function loadRoutingCandidates(
  db: Executor,
  rules: RoutingRules,
  now: Date,
): Promise<RoutingCandidates> {
  const [rows, program, loads, stats, last] = await Promise.all([
    db
      .select({
        id: partners.id,
        name: partners.name,
        stage: partners.stage,
        type: partners.type,
        regions: partners.regions,
        specializations: partners.specializations,
        tier: partners.tier,
        fitScore: partners.fitScore,
      })
      .from(partners)
      .where(inArray(partners.stage, rules.eligibleStages))
      .orderBy(partners.id),
    loadTierProgram(db),
    openLoadByPartner(db),
    offerStatsByPartner(db, now),
    db
      .select({ partnerId: leadOffers.partnerId, at: max(leadOffers.offeredAt) })
      .from(leadOffers)
      .groupBy(leadOffers.partnerId),
  ]);
  const tierWeight = new Map(program.tiers.map((t) => [t.key, t.benefits.leadPriorityWeight]));
  const lastAssigned = new Map(last.map((r) => [r.partnerId, r.at ? new Date(r.at).getTime() : null]));
  const candidates = rows.map((p) => {
    const s = stats.get(p.id);
    return {
      id: p.id,
      stage: p.stage,
      type: p.type,
      regions: p.regions,
      specializations: p.specializations,
      tierWeight: (p.tier && tierWeight.get(p.tier)) || 0,
      openLoad: loads.get(p.id) ?? 0,
      acceptance: {
        accepted: s?.accepted ?? 0,
        answered: (s?.accepted ?? 0) + (s?.declined ?? 0) + (s?.expired ?? 0),
      },
      fitScore: p.fitScore,
      lastAssignedAt: lastAssigned.get(p.id) ?? null,
    };
  });
  return { candidates, names: new Map(rows.map((p) => [p.id, p.name])) };
}

/** Per lead: the partners that declined it, let it expire or had it withdrawn (not offered again). */
export async function exclusionsByLead(db: Executor, leadIds: string[]): Promise<Map<string, string[]>> {
  if (leadIds.length === 0) return new Map();
  const rows = await db
    .select({ leadId: leadOffers.leadId, partnerId: leadOffers.partnerId })
    .from(leadOffers)
    .where(
      and(
        inArray(leadOffers.leadId, leadIds),
        inArray(leadOffers.status, ['declined', 'expired', 'withdrawn']),
      ),
    );
  const result = new Map<string, string[]>();
  for (const r of rows) result.set(r.leadId, [...(result.get(r.leadId) ?? []), r.partnerId]);
  return result;
}
