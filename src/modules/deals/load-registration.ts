import { and, desc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { partners } from '../partners/partners.table.js';
import { tierDefinitions } from '../tiers/tiers.table.js';
import { type RegistrationRow, toRegistrationView } from './registration-view.js';
import type { Registration } from './registrations.schemas.js';
import { registrationDecisions, registrations } from './registrations.table.js';

export interface LoadedRegistration {
  row: RegistrationRow;
  partnerName: string;
  partnerTier: string | null;
  /** The protection days benefit of the partner's tier in the saved tier program, if it has one. */
  tierProtectionDays: number | null;
  partnerManagerId: string | null;
}

/** The latest decision's reason, as a subquery for list and detail reads. */
export const latestReason = sql<string | null>`(
  select ${registrationDecisions.reason} from ${registrationDecisions}
  where ${registrationDecisions.registrationId} = ${registrations.id}
  order by ${registrationDecisions.at} desc, ${registrationDecisions.id} desc limit 1)`;

/**
 * One registration the actor may see (a partner user: only its own partner's), locked for update when
 * a transition follows. Not visible and not existing are the same 404.
 */
export async function loadRegistration(
  ctx: Ctx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedRegistration> {
  const scope = partnerScope(ctx.actor);
  const query = ctx.db
    .select({
      row: registrations,
      partnerName: partners.name,
      partnerTier: partners.tier,
      tierProtectionDays: sql<number | null>`(${tierDefinitions.benefits}->>'protectionDays')::int`,
      partnerManagerId: partners.ownerId,
    })
    .from(registrations)
    .innerJoin(partners, eq(partners.id, registrations.partnerId))
    .leftJoin(tierDefinitions, eq(tierDefinitions.key, partners.tier))
    .where(and(eq(registrations.id, id), scope ? eq(registrations.partnerId, scope) : undefined))
    .limit(1);
  const [found] = options.forUpdate ? await query.for('update', { of: registrations }) : await query;
  if (!found) throw notFound('Registration');
  return found;
}

/** The most recent decision's reason and the conflict it named, if there is a decision yet. */
export async function latestDecision(ctx: Ctx, registrationId: string) {
  const [row] = await ctx.db
    .select({
      reason: registrationDecisions.reason,
      conflictRegistrationId: registrationDecisions.conflictRegistrationId,
      conflictOpportunityId: registrationDecisions.conflictOpportunityId,
    })
    .from(registrationDecisions)
    .where(eq(registrationDecisions.registrationId, registrationId))
    .orderBy(desc(registrationDecisions.at), desc(registrationDecisions.id))
    .limit(1);
  return row ?? null;
}

export async function registrationView(ctx: Ctx, loaded: LoadedRegistration): Promise<Registration> {
  const latest = await latestDecision(ctx, loaded.row.id);
  return toRegistrationView(loaded.row, loaded.partnerName, latest?.reason ?? null);
}

export interface DecidedRegistration extends LoadedRegistration {
  reason: string;
}

/** The registration as the API shows it, with the reason of the decision just taken. */
export function decidedView(decided: DecidedRegistration): Registration {
  return toRegistrationView(decided.row, decided.partnerName, decided.reason);
}
