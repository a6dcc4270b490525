import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { isVendorActor } from '../../platform/policy.js';
import { accounts } from '../accounts/accounts.table.js';
import { partners } from '../partners/partners.table.js';
import { opportunities } from './deals.table.js';
import { loadRegistration } from './load-registration.js';
import { toRegistrationView } from './registration-view.js';
import type { RegistrationDetail, RegistrationStatus } from './registrations.schemas.js';
import {
  registrationDecisions,
  registrationDisputes,
  registrationHistory,
  registrations,
} from './registrations.table.js';

type Conflict = RegistrationDetail['conflict'];

async function conflictingRegistration(ctx: Ctx, id: string): Promise<Conflict> {
  const [other] = await ctx.db
    .select({ row: registrations, partnerName: partners.name })
    .from(registrations)
    .innerJoin(partners, eq(partners.id, registrations.partnerId))
    .where(eq(registrations.id, id))
    .limit(1);
  if (!other) return null;
  return {
    kind: 'registration',
    id,
    partnerName: other.partnerName,
    customerName: other.row.customerName,
    productLines: other.row.productLines,
    amountMinor: other.row.amountMinor,
    currency: other.row.currency,
    status: other.row.status,
    since: (other.row.approvedAt ?? other.row.createdAt).toISOString(),
    protectedUntil: other.row.protectedUntil?.toISOString() ?? null,
  };
}

async function conflictingDeal(ctx: Ctx, id: string): Promise<Conflict> {
  const [deal] = await ctx.db
    .select({ deal: opportunities, accountName: accounts.name })
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .where(eq(opportunities.id, id))
    .limit(1);
  if (!deal) return null;
  return {
    kind: 'deal',
    id,
    partnerName: null,
    customerName: `${deal.accountName}: ${deal.deal.name}`,
    productLines: deal.deal.productLines,
    amountMinor: deal.deal.amountMinor,
    currency: deal.deal.currency,
    status: deal.deal.stage,
    since: deal.deal.createdAt.toISOString(),
    protectedUntil: null,
  };
}

/**
 * The registration with its decisions, history and disputes. Vendor users also get what each rule saw
 * and the conflicting record for a side-by-side review; a partner sees reasons only.
 */
export async function getRegistration(ctx: Ctx, id: string): Promise<RegistrationDetail> {
  const loaded = await loadRegistration(ctx, id);
  const vendor = isVendorActor(ctx.actor);
  const decisions = await ctx.db
    .select()
    .from(registrationDecisions)
    .where(eq(registrationDecisions.registrationId, id))
    .orderBy(asc(registrationDecisions.at), asc(registrationDecisions.id));
  const history = await ctx.db
    .select()
    .from(registrationHistory)
    .where(eq(registrationHistory.registrationId, id))
    .orderBy(asc(registrationHistory.at), asc(registrationHistory.id));
  const disputes = await ctx.db
    .select()
    .from(registrationDisputes)
    .where(eq(registrationDisputes.registrationId, id))
    .orderBy(asc(registrationDisputes.openedAt));
  const last = decisions.at(-1);
  let conflict: Conflict = null;
  if (vendor && last?.conflictRegistrationId)
    conflict = await conflictingRegistration(ctx, last.conflictRegistrationId);
  else if (vendor && last?.conflictOpportunityId)
    conflict = await conflictingDeal(ctx, last.conflictOpportunityId);
  return {
    registration: toRegistrationView(loaded.row, loaded.partnerName, last?.reason ?? null),
    decisions: decisions.map((d) => ({
      id: d.id,
      outcome: d.outcome as 'approved' | 'rejected' | 'under_review',
      ruleId: d.ruleId,
      ruleSetVersion: d.ruleSetVersion,
      reason: d.reason,
      automatic: d.decidedBy === null,
      conflictRegistrationId: vendor ? d.conflictRegistrationId : null,
      conflictDealId: vendor ? d.conflictOpportunityId : null,
      inputs: vendor ? d.inputs : null,
      at: d.at.toISOString(),
    })),
    history: history.map((h) => ({
      fromStatus: h.fromStatus as RegistrationStatus | null,
      toStatus: h.toStatus as RegistrationStatus,
      reason: h.reason,
      actorId: vendor ? h.actorId : null,
      at: h.at.toISOString(),
    })),
    disputes: disputes.map((d) => ({
      id: d.id,
      reason: d.reason,
      status: d.status as 'open' | 'upheld' | 'overturned',
      resolution: d.resolution,
      openedAt: d.openedAt.toISOString(),
      resolvedAt: d.resolvedAt?.toISOString() ?? null,
    })),
    conflict,
  };
}
