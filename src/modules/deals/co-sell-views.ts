import type {
  DealActivity,
  DealNote,
  DealTask,
  PrivateOffer,
  PrivateOfferStatus,
  Touchpoint,
  TouchpointKind,
} from './co-sell.schemas.js';
import type { dealActivities, dealNotes, dealTasks, privateOffers, touchpoints } from './deals.table.js';

export type NoteRow = typeof dealNotes.$inferSelect;
export type TaskRow = typeof dealTasks.$inferSelect;
export type TouchpointRow = typeof touchpoints.$inferSelect;
export type OfferRow = typeof privateOffers.$inferSelect;
export type ActivityRow = typeof dealActivities.$inferSelect;

export function toNoteView(row: NoteRow, authorName: string | null): DealNote {
  return {
    id: row.id,
    body: row.body,
    internal: row.internal,
    authorId: row.authorId,
    authorName,
    authorPartnerId: row.authorPartnerId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toTaskView(row: TaskRow, assigneeName: string | null): DealTask {
  return {
    id: row.id,
    title: row.title,
    assigneeId: row.assigneeId,
    assigneeName,
    dueDate: row.dueDate,
    done: row.doneAt !== null,
    doneAt: row.doneAt?.toISOString() ?? null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toTouchpointView(row: TouchpointRow, partnerName: string): Touchpoint {
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName,
    kind: row.kind as TouchpointKind,
    note: row.note,
    occurredAt: row.occurredAt.toISOString(),
    createdBy: row.createdBy,
  };
}

export function toOfferView(row: OfferRow, channelPartnerName: string | null): PrivateOffer {
  return {
    id: row.id,
    dealId: row.opportunityId,
    marketplace: row.marketplace as PrivateOffer['marketplace'],
    listing: row.listing,
    priceMinor: row.priceMinor,
    currency: row.currency,
    terms: row.terms,
    durationMonths: row.durationMonths,
    expiresAt: row.expiresAt.toISOString(),
    status: row.status as PrivateOfferStatus,
    channelPartnerId: row.channelPartnerId,
    channelPartnerName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toActivityView(row: ActivityRow): DealActivity {
  return {
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    actorId: row.actorId,
    partnerId: row.partnerId,
    internal: row.internal,
    at: row.at.toISOString(),
  };
}

export const MARKETPLACE_NAMES: Record<PrivateOffer['marketplace'], string> = {
  aws: 'AWS Marketplace',
  azure: 'Azure Marketplace',
  gcp: 'Google Cloud Marketplace',
};
