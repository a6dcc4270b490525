import { Button, Card, Group, Modal, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { humanize } from '../../shared/format';
import {
  fetchAllocations,
  fetchBudgets,
  fetchRequests,
  MDF_KEY,
  type MdfRequest,
} from '../../shared/mdf/mdf-api';
import { RequestStatusBadge } from '../../shared/mdf/mdf-badges';
import { MdfResultsPanel } from '../../shared/mdf/mdf-results-panel';
import { RequestForm } from '../../shared/mdf/request-form';
import { formatMoney } from '../../shared/money';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';

export function PortalMdfPage() {
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const allocations = useQuery({
    queryKey: [MDF_KEY, 'allocations', 'own'],
    queryFn: () => fetchAllocations({}),
  });
  const budgets = useQuery({ queryKey: [MDF_KEY, 'budgets'], queryFn: fetchBudgets });
  const [sort, setSort] = useState('-createdAt');
  const list = useCursorList<MdfRequest, Record<string, never>>({
    key: `${MDF_KEY}-requests-own`,
    filters: {},
    sort,
    fetchPage: fetchRequests,
  });
  const openBudgets = (budgets.data ?? []).filter((b) => b.status === 'open');
  const [creating, setCreating] = useState(false);
  const [budgetId, setBudgetId] = useState<string | null>(null);
  const chosen = openBudgets.find((b) => b.id === budgetId) ?? openBudgets[0];

  const columns: Column<MdfRequest>[] = [
    {
      key: 'title',
      header: 'Activity',
      sortKey: 'title',
      render: (r) => (
        <LinkAnchor to="/portal/mdf/requests/$requestId" params={{ requestId: r.id }}>
          {r.title}
        </LinkAnchor>
      ),
    },
    { key: 'type', header: 'Type', render: (r) => humanize(r.activityType) },
    { key: 'dates', header: 'Dates', sortKey: 'startsOn', render: (r) => `${r.startsOn} – ${r.endsOn}` },
    {
      key: 'amount',
      header: 'Requested',
      sortKey: 'requestedMinor',
      align: 'right',
      render: (r) => formatMoney(r.requestedMinor, r.currency),
    },
    {
      key: 'approved',
      header: 'Approved',
      align: 'right',
      render: (r) => (r.approvedMinor === null ? '—' : formatMoney(r.approvedMinor, r.currency)),
    },
    { key: 'status', header: 'Status', render: (r) => <RequestStatusBadge status={r.status} /> },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>Market development funds</Title>
          <Text c="dimmed" size="sm">
            Your allocations, your requests and their claims.
          </Text>
        </div>
        {can('mdf.request') && openBudgets.length > 0 ? (
          <Button onClick={() => setCreating(true)}>New request</Button>
        ) : null}
      </Group>
      {(allocations.data ?? []).length === 0 && !allocations.isLoading ? (
        <EmptyState title="No MDF allocated to you yet">
          Your partner manager allocates funds per period; they will show here.
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {(allocations.data ?? []).map((a) => (
            <Card key={a.id} withBorder>
              <Text fw={600}>{a.budgetName}</Text>
              <Text size="xl" fw={700}>
                {formatMoney(a.availableMinor, a.currency)}
              </Text>
              <Text size="xs" c="dimmed">
                available of {formatMoney(a.allocatedMinor, a.currency)} · committed{' '}
                {formatMoney(a.committedMinor, a.currency)} · paid {formatMoney(a.paidMinor, a.currency)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <Title order={3}>Requests</Title>
      <DataTable
        caption="My MDF requests"
        columns={columns}
        rows={list.items}
        rowId={(r) => r.id}
        sort={sort}
        onSortChange={setSort}
        loading={list.isLoading}
        error={list.error}
        pagination={list.pagination}
        empty={
          <EmptyState title="No requests yet">Request funds for an event, webinar or campaign.</EmptyState>
        }
      />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title="New MDF request"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {chosen ? (
          <RequestForm
            key={chosen.id}
            currency={chosen.currency}
            extra={
              <Select
                label="Budget"
                description={`Dates must be inside the period ${chosen.periodStart} – ${chosen.periodEnd}`}
                data={openBudgets.map((b) => ({ value: b.id, label: b.name }))}
                value={chosen.id}
                onChange={setBudgetId}
                allowDeselect={false}
              />
            }
            onSubmit={async (values, submit) => {
              const created = await unwrap(
                api.POST('/api/mdf/requests', {
                  body: {
                    ...values,
                    activityType: values.activityType as MdfRequest['activityType'],
                    budgetId: chosen.id,
                    submit,
                  },
                }),
              );
              await queryClient.invalidateQueries({ queryKey: [MDF_KEY] });
              setCreating(false);
              await navigate({ to: '/portal/mdf/requests/$requestId', params: { requestId: created.id } });
            }}
          />
        ) : null}
      </Modal>
      <MdfResultsPanel showPartnerGroup={false} />
    </Stack>
  );
}
