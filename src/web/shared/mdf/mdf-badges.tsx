import { Badge } from '@mantine/core';
import { humanize } from '../format';

const REQUEST_COLORS: Record<string, string> = {
  draft: 'gray',
  submitted: 'blue',
  manager_approved: 'violet',
  approved: 'teal',
  rejected: 'red',
  cancelled: 'gray',
  completed: 'green',
};
const CLAIM_COLORS: Record<string, string> = {
  submitted: 'blue',
  approved: 'teal',
  rejected: 'orange',
  declined: 'red',
  paid: 'green',
};

export function RequestStatusBadge({ status }: { status: string }) {
  const label = status === 'manager_approved' ? 'Waiting for finance' : humanize(status);
  return (
    <Badge variant="light" color={REQUEST_COLORS[status] ?? 'gray'}>
      {label}
    </Badge>
  );
}

export function ClaimStatusBadge({ status }: { status: string }) {
  return (
    <Badge variant="light" color={CLAIM_COLORS[status] ?? 'gray'}>
      {humanize(status)}
    </Badge>
  );
}
