import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../shared/api/client';
import { CsvExportButton } from '../../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../../shared/data-table/data-table';
import { useCursorList } from '../../../shared/data-table/use-cursor-list';
import { formatDateTime } from '../../../shared/format';
import { EmptyState } from '../../../shared/states/states';
import { DeliveryDrawer } from './delivery-drawer';
import { DeliveryStatusBadge, StatusCode } from './webhook-badges';
import {
  DELIVERY_STATUSES,
  type Delivery,
  type DeliveryFilters,
  type DeliveryStatus,
  fetchDeliveries,
  fetchEventTypes,
  WEBHOOKS_KEY,
} from './webhooks-api';

const STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  succeeded: 'Delivered',
  failed: 'Failed',
};

/** A subscription's deliveries with their last answer; each opens its attempts. */
export function DeliveryLog({ subscriptionId }: { subscriptionId: string }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<DeliveryStatus | null>(null);
  const [eventType, setEventType] = useState<string | null>(null);
  const [sort, setSort] = useState('-createdAt');
  const [open, setOpen] = useState<string | null>(null);
  const types = useQuery({ queryKey: [WEBHOOKS_KEY, 'event-types'], queryFn: fetchEventTypes });
  const filters: DeliveryFilters = { ...(status ? { status } : {}), ...(eventType ? { eventType } : {}) };
  const list = useCursorList<Delivery, DeliveryFilters>({
    key: `${WEBHOOKS_KEY}-deliveries-${subscriptionId}`,
    filters,
    sort,
    fetchPage: (query) => fetchDeliveries(subscriptionId, query),
  });
  const redeliver = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/webhook-deliveries/{id}/redeliver', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [WEBHOOKS_KEY] }),
  });

  const columns: Column<Delivery>[] = [
    { key: 'createdAt', header: 'Queued', sortKey: 'createdAt', render: (d) => formatDateTime(d.createdAt) },
    { key: 'eventType', header: 'Event', render: (d) => d.eventType },
    {
      key: 'subject',
      header: 'Subject',
      render: (d) => (
        <Text size="xs" ff="monospace">
          {d.subject}
        </Text>
      ),
    },
    { key: 'status', header: 'Status', render: (d) => <DeliveryStatusBadge status={d.status} /> },
    { key: 'attempts', header: 'Attempts', align: 'right', render: (d) => d.attempts },
    { key: 'code', header: 'Last answer', render: (d) => <StatusCode code={d.lastStatusCode} /> },
    {
      key: 'when',
      header: 'Delivered / next try',
      render: (d) =>
        d.deliveredAt
          ? formatDateTime(d.deliveredAt)
          : d.nextAttemptAt
            ? `Next ${formatDateTime(d.nextAttemptAt)}`
            : (d.lastError ?? '—'),
    },
    {
      key: 'actions',
      header: 'Actions',
      align: 'right',
      render: (d) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setOpen(d.id)}
            aria-label={`Attempts of ${d.messageId}`}
          >
            Attempts
          </Button>
          <Button
            size="xs"
            variant="subtle"
            loading={redeliver.isPending && redeliver.variables === d.id}
            onClick={() => redeliver.mutate(d.id)}
            aria-label={`Redeliver ${d.messageId}`}
          >
            {d.status === 'pending' ? 'Retry now' : 'Redeliver'}
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group>
          <Select
            label="Status"
            clearable
            data={DELIVERY_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            value={status}
            onChange={(value) => setStatus(value as DeliveryStatus | null)}
          />
          <Select
            label="Event type"
            clearable
            searchable
            data={(types.data?.items ?? []).map((t) => t.type)}
            value={eventType}
            onChange={setEventType}
          />
        </Group>
        <Group gap="xs">
          <Button variant="default" loading={list.isFetching} onClick={() => void list.refetch()}>
            Refresh
          </Button>
          <CsvExportButton
            filename="webhook-deliveries"
            noun={['delivery', 'deliveries']}
            fetchPage={(cursor) =>
              fetchDeliveries(subscriptionId, { ...filters, sort, limit: 200, ...(cursor ? { cursor } : {}) })
            }
            columns={[
              { header: 'webhook_id', value: (d) => d.messageId },
              { header: 'event_id', value: (d) => d.eventId },
              { header: 'event_type', value: (d) => d.eventType },
              { header: 'subject', value: (d) => d.subject },
              { header: 'status', value: (d) => d.status },
              { header: 'attempts', value: (d) => d.attempts },
              { header: 'last_status_code', value: (d) => d.lastStatusCode },
              { header: 'last_error', value: (d) => d.lastError },
              { header: 'delivered_at', value: (d) => d.deliveredAt },
              { header: 'created_at', value: (d) => d.createdAt },
            ]}
          />
        </Group>
      </Group>
      {redeliver.error ? (
        <Text size="sm" c="red" role="alert">
          {redeliver.error.message}
        </Text>
      ) : null}
      <DataTable
        caption="Deliveries"
        columns={columns}
        rows={list.items}
        rowId={(d) => d.id}
        sort={sort}
        onSortChange={setSort}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => void list.refetch()}
        pagination={list.pagination}
        empty={
          status || eventType ? (
            <EmptyState title="No deliveries match">Change the filters to see other deliveries.</EmptyState>
          ) : (
            <EmptyState title="Nothing delivered yet">
              Deliveries appear here as subscribed events happen. Send a test event to try the endpoint.
            </EmptyState>
          )
        }
      />
      <DeliveryDrawer deliveryId={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
