import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRoute } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { LEADS_KEY, type RoutingRun, routeLeads } from '../../shared/leads/leads-api';
import { LoadingState } from '../../shared/states/states';

function DecisionsTable({ run }: { run: RoutingRun }) {
  return (
    <Table.ScrollContainer minWidth={560} maxHeight={420}>
      <Table striped stickyHeader verticalSpacing={6} aria-label="Who would get which lead, and why">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Lead</Table.Th>
            <Table.Th>Partner</Table.Th>
            <Table.Th>Why</Table.Th>
            <Table.Th>Runners-up</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {run.decisions.map((d) => (
            <Table.Tr key={d.leadId}>
              <Table.Td>{d.companyName}</Table.Td>
              <Table.Td>
                {d.partnerName ?? (
                  <Text c="orange" size="sm">
                    Nobody (unassignable)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{d.reason.summary}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {d.reason.runnersUp.map((r) => `${r.partnerName} (${r.score})`).join(', ') || '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "Route pending leads": first a preview of who would get what and why, then the offers for real. */
export function RoutePreviewDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const preview = useQuery({
    queryKey: [LEADS_KEY, 'route-preview'],
    queryFn: () => routeLeads({ dryRun: true }),
    enabled: opened,
    gcTime: 0,
  });

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const result = await routeLeads({ dryRun: false });
      await queryClient.invalidateQueries({ queryKey: [LEADS_KEY] });
      notifications.show({
        color: 'teal',
        title: 'Leads routed',
        message: `${result.offered} offered, ${result.unassignable} left for the vendor.`,
      });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Routing failed');
    } finally {
      setBusy(false);
    }
  }

  const data = preview.data;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Route pending leads"
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack>
        {preview.isLoading ? <LoadingState label="Working out who would get what…" /> : null}
        {preview.error ? (
          <Alert color="red" role="alert">
            {preview.error.message}
          </Alert>
        ) : null}
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        {data && data.decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            No new leads are waiting for routing.
          </Text>
        ) : null}
        {data && data.decisions.length > 0 ? (
          <>
            <Text size="sm">
              {data.offered} lead(s) would be offered, {data.unassignable} would stay with the vendor.
              Partners get the SLA’s hours to accept or decline.
            </Text>
            <DecisionsTable run={data} />
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            leftSection={<IconRoute size={16} />}
            onClick={() => void run()}
            loading={busy}
            disabled={!data || data.decisions.length === 0}
          >
            Offer {data?.offered ?? 0} lead(s)
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
