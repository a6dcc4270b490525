import { Badge } from '@mantine/core';
import type { DeliveryStatus, Subscription } from './webhooks-api';

export function SubscriptionStatusBadge({ subscription }: { subscription: Subscription }) {
  return subscription.status === 'active' ? (
    <Badge variant="light" color="teal">
      Active
    </Badge>
  ) : (
    <Badge variant="light" color="red">
      Disabled
    </Badge>
  );
}

const DELIVERY_COLORS: Record<DeliveryStatus, string> = {
  pending: 'yellow',
  succeeded: 'teal',
  failed: 'red',
};
const DELIVERY_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  succeeded: 'Delivered',
  failed: 'Failed',
};

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return (
    <Badge variant="light" color={DELIVERY_COLORS[status]}>
      {DELIVERY_LABELS[status]}
    </Badge>
  );
}

/** The HTTP status code of an attempt, coloured by class; a dash when no answer came. */
export function StatusCode({ code }: { code: number | null }) {
  if (code === null) return <>—</>;
  const color = code < 300 ? 'teal' : code < 500 ? 'orange' : 'red';
  return (
    <Badge variant="outline" color={color} ff="monospace">
      {code}
    </Badge>
  );
}
