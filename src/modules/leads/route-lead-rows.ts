import { sql } from 'drizzle-orm';
import {
  type CandidateScore,
  distributeLeads,
  type LeadDistribution,
} from '../../analytics/leads/distribute-leads.js';
import type { Ctx } from '../../platform/context.js';
import { LOCK_KEYS } from '../../platform/db/lock-keys.js';
import { markUnassignable, offerToPartner } from './lead-offer-writes.js';
import type { OfferReason, RoutingRules, RoutingRun } from './leads.schemas.js';
import type { LeadRow } from './record-lead.js';
import { exclusionsByLead, loadRoutingCandidates } from './routing-inputs.js';
import { loadRoutingSettings } from './routing-rules.js';

function named(names: Map<string, string>) {
  return (c: CandidateScore) => ({ ...c, partnerName: names.get(c.partnerId) ?? 'Unknown partner' });
}

export function offerReasonOf(decision: LeadDistribution, names: Map<string, string>): OfferReason {
  return {
    summary: decision.reason,
    tieBreak: decision.tieBreak ?? 'best_score',
    winner: decision.winner ? named(names)(decision.winner) : null,
    runnersUp: decision.runnersUp.map(named(names)),
  };
}

/**
 * Distributes the given leads (locked by the caller unless it is a dry run) by the rules in force and,
 * unless dryRun, offers each to its partner or marks it unassignable.
 */
export async function routeLeadRows(
  ctx: Ctx,
  rows: LeadRow[],
  options: { dryRun: boolean; rules?: RoutingRules },
): Promise<RoutingRun> {
  // Offers change partners' open load: one routing at a time reads it, so capacity holds across runs.
  if (!options.dryRun) {
    await ctx.db.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEYS.leadRouting}::bigint)`);
  }
  const rules = options.rules ?? (await loadRoutingSettings(ctx.db)).rules;
  const now = ctx.clock.now();
  const [{ candidates, names }, exclusions] = await Promise.all([
    loadRoutingCandidates(ctx.db, rules, now),
    exclusionsByLead(
      ctx.db,
      rows.map((r) => r.id),
    ),
  ]);
  const decisions = distributeLeads(
    rows.map((r) => ({
      id: r.id,
      region: r.region,
      interests: r.interests,
      score: r.score,
      sourcePartnerId: r.sourcePartnerId,
      excludedPartnerIds: exclusions.get(r.id) ?? [],
    })),
    candidates,
    rules,
  );
  const run: RoutingRun = { dryRun: options.dryRun, offered: 0, unassignable: 0, decisions: [] };
  for (const [i, decision] of decisions.entries()) {
    const lead = rows[i]!;
    const reason = offerReasonOf(decision, names);
    if (decision.partnerId) run.offered += 1;
    else run.unassignable += 1;
    run.decisions.push({
      leadId: lead.id,
      companyName: lead.companyName,
      partnerId: decision.partnerId,
      partnerName: decision.partnerId ? (names.get(decision.partnerId) ?? null) : null,
      reason,
      eligibleCount: decision.eligibleCount,
    });
    if (options.dryRun) continue;
    if (decision.partnerId) await offerToPartner(ctx, lead, decision.partnerId, reason, rules);
    else await markUnassignable(ctx, lead, decision.reason);
  }
  return run;
}
