import { Alert, Button, Code, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../shared/api/client';
import { formatDateTime } from '../../../shared/format';
import { ErrorState, LoadingState } from '../../../shared/states/states';
import { DeliveryStatusBadge, StatusCode } from './webhook-badges';
import { WEBHOOKS_KEY } from './webhooks-api';

/** One delivery: what was sent and every attempt with its answer, and a redeliver button. */
export function DeliveryDrawer({ deliveryId, onClose }: { deliveryId: string | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: [WEBHOOKS_KEY, 'delivery', deliveryId],
    queryFn: () => unwrap(api.GET('/api/webhook-deliveries/{id}', { params: { path: { id: deliveryId! } } })),
    enabled: deliveryId !== null,
  });
  const redeliver = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/webhook-deliveries/{id}/redeliver', { params: { path: { id: deliveryId! } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [WEBHOOKS_KEY] }),
  });
  const delivery = detail.data;

  return (
    <Drawer opened={deliveryId !== null} onClose={onClose} position="right" size="xl" title="Delivery">
      {detail.isLoading ? <LoadingState /> : null}
      {detail.error ? <ErrorState error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {delivery ? (
        <Stack>
          <Group justify="space-between">
            <Group gap="xs">
              <DeliveryStatusBadge status={delivery.status} />
              <Text fw={600}>{delivery.eventType}</Text>
            </Group>
            <Button
              leftSection={<IconRefresh size={16} />}
              loading={redeliver.isPending}
              onClick={() => redeliver.mutate()}
            >
              {delivery.status === 'pending' ? 'Retry now' : 'Redeliver'}
            </Button>
          </Group>
          {redeliver.error ? (
            <Alert color="red" role="alert">
              {redeliver.error.message}
            </Alert>
          ) : null}
          <Text size="sm">
            webhook-id <Code>{delivery.messageId}</Code> · subject <Code>{delivery.subject}</Code>
          </Text>
          {delivery.nextAttemptAt ? (
            <Text size="sm" c="dimmed">
              Next attempt {formatDateTime(delivery.nextAttemptAt)}
            </Text>
          ) : null}
          <Title order={5}>Attempts</Title>
          {delivery.attemptLog.length === 0 ? (
            <Text size="sm" c="dimmed">
              Not attempted yet.
            </Text>
          ) : (
            <Table striped verticalSpacing="xs">
              <Table.Caption className="visually-hidden">Attempts</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Trigger</Table.Th>
                  <Table.Th>Answer</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>Time</Table.Th>
                  <Table.Th>Detail</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {delivery.attemptLog.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{formatDateTime(a.attemptedAt)}</Table.Td>
                    <Table.Td>{a.trigger === 'redelivery' ? 'By hand' : 'Automatic'}</Table.Td>
                    <Table.Td>
                      <StatusCode code={a.statusCode} />
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{a.durationMs} ms</Table.Td>
                    <Table.Td>
                      <Text size="xs" style={{ wordBreak: 'break-word' }}>
                        {a.error ?? a.responseExcerpt ?? ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Title order={5}>Body</Title>
          <Code block>{JSON.stringify(delivery.payload, null, 2)}</Code>
        </Stack>
      ) : null}
    </Drawer>
  );
}
