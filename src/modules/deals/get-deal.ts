import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Ctx } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import { users } from '../identity/identity.table.js';
import { partners } from '../partners/partners.table.js';
import type { DealView } from './co-sell.schemas.js';
import { toActivityView, toNoteView, toOfferView, toTaskView, toTouchpointView } from './co-sell-views.js';
import { getDealRow, tasksVisibleTo } from './deal-access.js';
import { loadDealView } from './deal-view.js';
import {
  dealActivities,
  dealNotes,
  dealTasks,
  privateOffers,
  repCredits,
  touchpoints,
} from './deals.table.js';
import type { RegistrationStatus } from './registrations.schemas.js';
import { registrations } from './registrations.table.js';

const TIMELINE_LENGTH = 200;

/** A user-id text column (author, creator) joined to the user it names, if it names one. */
const namedBy = (column: AnyPgColumn) => sql`${users.id}::text = ${column}`;

/**
 * The co-sell deal view: the deal, its notes, tasks, timeline, touchpoints, private offers, linked
 * registrations and rep credit. A partner user on the deal sees its own organization's side of it and
 * nothing internal; any other partner gets not_found.
 */
export async function getDeal(ctx: Ctx, id: string): Promise<DealView> {
  const row = await getDealRow(ctx, id);
  const scope = partnerScope(ctx.actor);
  const [deal, notes, tasks, activities, touches, offers, linked, credit] = await Promise.all([
    loadDealView(ctx, row),
    ctx.db
      .select({ note: dealNotes, authorName: users.name })
      .from(dealNotes)
      .leftJoin(users, namedBy(dealNotes.authorId))
      .where(
        and(
          eq(dealNotes.opportunityId, id),
          scope
            ? and(
                eq(dealNotes.internal, false),
                or(isNull(dealNotes.authorPartnerId), eq(dealNotes.authorPartnerId, scope)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(dealNotes.createdAt), desc(dealNotes.id)),
    ctx.db
      .select({ task: dealTasks, assigneeName: users.name })
      .from(dealTasks)
      .leftJoin(users, eq(users.id, dealTasks.assigneeId))
      .where(and(eq(dealTasks.opportunityId, id), scope ? tasksVisibleTo(scope) : undefined))
      .orderBy(asc(dealTasks.createdAt), asc(dealTasks.id)),
    ctx.db
      .select()
      .from(dealActivities)
      .where(
        and(
          eq(dealActivities.opportunityId, id),
          scope
            ? and(
                eq(dealActivities.internal, false),
                or(isNull(dealActivities.partnerId), eq(dealActivities.partnerId, scope)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(dealActivities.at), desc(dealActivities.id))
      .limit(TIMELINE_LENGTH),
    ctx.db
      .select({ touch: touchpoints, partnerName: partners.name })
      .from(touchpoints)
      .innerJoin(partners, eq(partners.id, touchpoints.partnerId))
      .where(and(eq(touchpoints.opportunityId, id), scope ? eq(touchpoints.partnerId, scope) : undefined))
      .orderBy(desc(touchpoints.occurredAt), desc(touchpoints.id)),
    ctx.db
      .select({ offer: privateOffers, partnerName: partners.name })
      .from(privateOffers)
      .leftJoin(partners, eq(partners.id, privateOffers.channelPartnerId))
      .where(
        and(
          eq(privateOffers.opportunityId, id),
          scope
            ? or(isNull(privateOffers.channelPartnerId), eq(privateOffers.channelPartnerId, scope))
            : undefined,
        ),
      )
      .orderBy(desc(privateOffers.createdAt), desc(privateOffers.id)),
    ctx.db
      .select({
        id: registrations.id,
        partnerId: registrations.partnerId,
        partnerName: partners.name,
        status: registrations.status,
        protectedUntil: registrations.protectedUntil,
      })
      .from(registrations)
      .innerJoin(partners, eq(partners.id, registrations.partnerId))
      .where(and(eq(registrations.opportunityId, id), scope ? eq(registrations.partnerId, scope) : undefined))
      .orderBy(asc(registrations.createdAt), asc(registrations.id)),
    scope
      ? Promise.resolve([])
      : ctx.db
          .select({ credit: repCredits, repName: users.name })
          .from(repCredits)
          .leftJoin(users, eq(users.id, repCredits.repId))
          .where(eq(repCredits.opportunityId, id))
          .limit(1),
  ]);
  const [repCredit] = credit;
  return {
    deal,
    notes: notes.map((r) => toNoteView(r.note, r.authorName)),
    tasks: tasks.map((r) => toTaskView(r.task, r.assigneeName)),
    activities: activities.map(toActivityView),
    touchpoints: touches.map((r) => toTouchpointView(r.touch, r.partnerName)),
    privateOffers: offers.map((r) => toOfferView(r.offer, r.partnerName)),
    registrations: linked.map((r) => ({
      id: r.id,
      partnerId: r.partnerId,
      partnerName: r.partnerName,
      status: r.status as RegistrationStatus,
      protectedUntil: r.protectedUntil?.toISOString() ?? null,
    })),
    repCredit: repCredit
      ? {
          repId: repCredit.credit.repId,
          repName: repCredit.repName,
          partnerIds: repCredit.credit.partnerIds,
          amountMinor: repCredit.credit.amountMinor,
          currency: repCredit.credit.currency,
          at: repCredit.credit.at.toISOString(),
        }
      : null,
  };
}
