import { Alert, Badge, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { LinkAnchor } from '../../shared/router-links';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { DeliveryLog } from './webhooks/delivery-log';
import { SubscriptionActions } from './webhooks/subscription-actions';
import { SubscriptionStatusBadge } from './webhooks/webhook-badges';
import { WEBHOOKS_KEY } from './webhooks/webhooks-api';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </Stack>
  );
}

export function WebhookPage() {
  const can = useCan();
  const { subscriptionId } = useParams({ strict: false }) as { subscriptionId: string };
  const subscription = useQuery({
    queryKey: [WEBHOOKS_KEY, 'subscription', subscriptionId],
    queryFn: () => unwrap(api.GET('/api/webhooks/{id}', { params: { path: { id: subscriptionId } } })),
  });

  if (subscription.isLoading) return <LoadingState label="Loading the subscription…" />;
  if (subscription.error || !subscription.data) {
    return <ErrorState error={subscription.error} onRetry={() => void subscription.refetch()} />;
  }
  const s = subscription.data;
  return (
    <Stack>
      <LinkAnchor to="/console/webhooks" size="sm">
        ← All webhook subscriptions
      </LinkAnchor>
      <PageHeader
        title={s.name}
        actions={can('webhooks.write') ? <SubscriptionActions subscription={s} /> : null}
      />
      {s.status === 'disabled' ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Deliveries are stopped">
          {s.disabledReason ?? 'Disabled'}
          {s.disabledAt ? ` (since ${formatDateTime(s.disabledAt)})` : ''}. Fix the receiver, then enable the
          subscription: queued deliveries resume in order.
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Fact label="Status">
            <SubscriptionStatusBadge subscription={s} />
          </Fact>
          <Fact label="Endpoint">
            <Code>{s.url}</Code>
          </Fact>
          <Fact label="Events">
            <Group gap={4}>
              {s.eventTypes.map((type) => (
                <Badge key={type} variant="outline" size="sm">
                  {type === '*' ? 'All events' : type}
                </Badge>
              ))}
            </Group>
          </Fact>
          <Fact label="Signing secret">
            <Code>{s.secretPrefix}…</Code>
          </Fact>
          <Fact label="Failed attempts in a row">{s.consecutiveFailures}</Fact>
          <Fact label="Private network">{s.allowPrivateNetwork ? 'Allowed' : 'Refused'}</Fact>
          <Fact label="Last changed">{formatDateTime(s.updatedAt)}</Fact>
        </SimpleGrid>
      </Paper>
      <Title order={3}>Delivery log</Title>
      <Paper withBorder radius="md" p="md">
        <DeliveryLog subscriptionId={s.id} />
      </Paper>
    </Stack>
  );
}
