import { Badge } from '@mantine/core';
import type { LeadOffer, LeadStatus } from './leads-api';

export const LEAD_STATUSES: LeadStatus[] = [
  'new',
  'offered',
  'accepted',
  'converted',
  'unassignable',
  'disqualified',
  'duplicate',
];

const STATUS_COLORS: Record<LeadStatus, string> = {
  new: 'blue',
  offered: 'yellow',
  accepted: 'teal',
  converted: 'green',
  unassignable: 'orange',
  disqualified: 'gray',
  duplicate: 'grape',
};

const OFFER_COLORS: Record<LeadOffer['status'], string> = {
  pending: 'yellow',
  accepted: 'teal',
  declined: 'red',
  expired: 'orange',
  withdrawn: 'gray',
};

export const leadStatusLabel = (status: string) => status.charAt(0).toUpperCase() + status.slice(1);

export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" miw="max-content">
      {leadStatusLabel(status)}
    </Badge>
  );
}

export function OfferStatusBadge({ status }: { status: LeadOffer['status'] }) {
  return (
    <Badge color={OFFER_COLORS[status]} variant="outline" size="sm" miw="max-content">
      {leadStatusLabel(status)}
    </Badge>
  );
}

export const SOURCE_LABELS: Record<string, string> = {
  campaign: 'Campaign',
  import: 'Import',
  manual: 'By hand',
};

/** "5 h left", "2 d 3 h left", "overdue" — the time a partner still has to answer an offer. */
export function timeLeft(
  dueAt: string | null,
  now: Date = new Date(),
): { label: string; urgent: boolean } | null {
  if (!dueAt) return null;
  const ms = new Date(dueAt).getTime() - now.getTime();
  if (ms <= 0) return { label: 'Overdue', urgent: true };
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const label =
    hours >= 24
      ? `${Math.floor(hours / 24)} d ${hours % 24} h left`
      : hours > 0
        ? `${hours} h ${minutes} min left`
        : `${minutes} min left`;
  return { label, urgent: hours < 12 };
}
