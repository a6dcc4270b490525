import type { Registration, RegistrationStatus } from './registrations.schemas.js';
import type { registrations } from './registrations.table.js';
import type { AccountMatch } from './rules/decision-inputs.js';

export type RegistrationRow = typeof registrations.$inferSelect;

const iso = (value: Date | null) => value?.toISOString() ?? null;

export function toRegistrationView(
  row: RegistrationRow,
  partnerName: string,
  reason: string | null,
): Registration {
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName,
    status: row.status as RegistrationStatus,
    customerName: row.customerName,
    customerWebsite: row.customerWebsite,
    customerDomain: row.customerDomain,
    customerCountry: row.customerCountry,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactTitle: row.contactTitle,
    productLines: row.productLines,
    amountMinor: row.amountMinor,
    currency: row.currency,
    expectedClose: row.expectedClose,
    notes: row.notes,
    accountId: row.accountId,
    accountMatch: row.accountMatch as AccountMatch | null,
    dealId: row.opportunityId,
    reason,
    submittedAt: iso(row.submittedAt),
    decidedAt: iso(row.decidedAt),
    approvedAt: iso(row.approvedAt),
    protectedUntil: iso(row.protectedUntil),
    extended: row.extended,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
