import { Button, Code, Group, Paper, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { SubscriptionFormModal } from './webhooks/subscription-form-modal';
import { SubscriptionStatusBadge } from './webhooks/webhook-badges';
import {
  fetchSubscriptions,
  type Subscription,
  type SubscriptionFilters,
  WEBHOOKS_KEY,
} from './webhooks/webhooks-api';

type StatusFilter = 'all' | 'active' | 'disabled';

export function WebhooksPage() {
  const can = useCan();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [sort, setSort] = useState('-createdAt');
  const [creating, setCreating] = useState(false);
  const filters: SubscriptionFilters = status === 'all' ? {} : { status };
  const list = useCursorList<Subscription, SubscriptionFilters>({
    key: `${WEBHOOKS_KEY}-subscriptions`,
    filters,
    sort,
    fetchPage: fetchSubscriptions,
  });

  const columns: Column<Subscription>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (s) => (
        <LinkAnchor to="/console/webhooks/$subscriptionId" params={{ subscriptionId: s.id }}>
          {s.name}
        </LinkAnchor>
      ),
    },
    {
      key: 'url',
      header: 'Endpoint',
      render: (s) => (
        <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {s.url}
        </Text>
      ),
    },
    {
      key: 'events',
      header: 'Events',
      render: (s) => (s.eventTypes.includes('*') ? 'All events' : s.eventTypes.join(', ')),
    },
    {
      key: 'status',
      header: 'Status',
      render: (s) =>
        s.disabledReason ? (
          <Tooltip label={s.disabledReason} multiline w={280} withArrow>
            <span>
              <SubscriptionStatusBadge subscription={s} />
            </span>
          </Tooltip>
        ) : (
          <SubscriptionStatusBadge subscription={s} />
        ),
    },
    {
      key: 'failures',
      header: 'Failures in a row',
      align: 'right',
      render: (s) => (
        <Text size="sm" c={s.consecutiveFailures > 0 ? 'red' : undefined}>
          {s.consecutiveFailures}
        </Text>
      ),
    },
    { key: 'secret', header: 'Secret', render: (s) => <Code>{s.secretPrefix}…</Code> },
    { key: 'createdAt', header: 'Created', sortKey: 'createdAt', render: (s) => formatDate(s.createdAt) },
  ];

  return (
    <Stack>
      <PageHeader
        title="Webhooks"
        description="Signed HTTP callbacks for integrators: each event is POSTed to the endpoints subscribed to it, retried with backoff until it is acknowledged."
        actions={
          can('webhooks.write') ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              Add subscription
            </Button>
          ) : null
        }
      />
      <Group>
        <SegmentedControl
          aria-label="Status"
          value={status}
          onChange={(value) => setStatus(value as StatusFilter)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'active', label: 'Active' },
            { value: 'disabled', label: 'Disabled' },
          ]}
        />
      </Group>
      <Paper withBorder radius="md" p="md">
        <DataTable
          caption="Webhook subscriptions"
          columns={columns}
          rows={list.items}
          rowId={(s) => s.id}
          sort={sort}
          onSortChange={setSort}
          loading={list.isLoading}
          error={list.error}
          onRetry={() => void list.refetch()}
          pagination={list.pagination}
          empty={
            status === 'all' ? (
              <EmptyState
                title="No webhook subscriptions yet"
                action={
                  can('webhooks.write') ? (
                    <Button
                      variant="light"
                      leftSection={<IconWebhook size={16} />}
                      onClick={() => setCreating(true)}
                    >
                      Add your first subscription
                    </Button>
                  ) : null
                }
              >
                Subscribe a CRM, a data warehouse or an automation tool to the events it needs, such as
                approved registrations or won deals.
              </EmptyState>
            ) : (
              <EmptyState title={`No ${status} subscriptions`}>
                Choose another status to see the others.
              </EmptyState>
            )
          }
        />
      </Paper>
      {creating ? <SubscriptionFormModal onClose={() => setCreating(false)} /> : null}
    </Stack>
  );
}
