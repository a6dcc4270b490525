import { BarChart } from '@mantine/charts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { ChartCard } from '../../shared/charts/chart-card';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { fetchBudgets, MDF_KEY, type MdfBudget } from '../../shared/mdf/mdf-api';
import { MdfResultsPanel } from '../../shared/mdf/mdf-results-panel';
import { formatMoney } from '../../shared/money';
import { LinkAnchor, LinkButton } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { AmountDialog, CreateBudgetDialog } from './budget-dialogs';

export function MdfBudgetsPage() {
  const can = useCan();
  const queryClient = useQueryClient();
  const budgets = useQuery({ queryKey: [MDF_KEY, 'budgets'], queryFn: fetchBudgets });
  const [creating, setCreating] = useState(false);
  const [funding, setFunding] = useState<MdfBudget | null>(null);
  const [closing, setClosing] = useState<MdfBudget | null>(null);
  const rows = budgets.data ?? [];
  const money = (b: MdfBudget, minor: number) => formatMoney(minor, b.currency);
  const refresh = () => queryClient.invalidateQueries({ queryKey: [MDF_KEY] });

  const columns: Column<MdfBudget>[] = [
    {
      key: 'name',
      header: 'Budget',
      render: (b) => (
        <LinkAnchor to="/console/mdf/budgets/$budgetId" params={{ budgetId: b.id }}>
          {b.name}
        </LinkAnchor>
      ),
    },
    { key: 'period', header: 'Period', render: (b) => `${b.periodStart} – ${b.periodEnd}` },
    { key: 'status', header: 'Status', render: (b) => (b.status === 'open' ? 'Open' : 'Closed') },
    { key: 'funded', header: 'Funded', align: 'right', render: (b) => money(b, b.figures.fundedMinor) },
    {
      key: 'allocated',
      header: 'Allocated',
      align: 'right',
      render: (b) => money(b, b.figures.allocatedMinor),
    },
    {
      key: 'committed',
      header: 'Committed',
      align: 'right',
      render: (b) => money(b, b.figures.committedMinor),
    },
    { key: 'claimed', header: 'Claimed', align: 'right', render: (b) => money(b, b.figures.claimedMinor) },
    { key: 'paid', header: 'Paid', align: 'right', render: (b) => money(b, b.figures.paidMinor) },
    {
      key: 'remaining',
      header: 'Unallocated',
      align: 'right',
      render: (b) => money(b, b.figures.unallocatedMinor),
    },
    {
      key: 'actions',
      header: 'Actions',
      render: (b) =>
        can('mdf.budget.write') && b.status === 'open' ? (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="light" onClick={() => setFunding(b)}>
              Add funds
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => setClosing(b)}>
              Close
            </Button>
          </Group>
        ) : null,
    },
  ];

  const chart = [...rows].reverse().map((b) => ({
    budget: b.name,
    Available: b.figures.availableMinor / 100,
    Committed: b.figures.committedMinor / 100,
    Payable: b.figures.payableMinor / 100,
    Paid: b.figures.paidMinor / 100,
    Unallocated: b.figures.unallocatedMinor / 100,
  }));

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>Market development funds</Title>
          <Text c="dimmed" size="sm">
            Budgets per period: where the money is, from unallocated to paid.
          </Text>
        </div>
        <Group>
          <LinkButton to="/console/mdf/requests" variant="default">
            Requests
          </LinkButton>
          <LinkButton to="/console/mdf/claims" variant="default">
            Claims
          </LinkButton>
          {can('mdf.budget.write') ? <Button onClick={() => setCreating(true)}>New budget</Button> : null}
        </Group>
      </Group>
      {rows.length > 0 ? (
        <ChartCard title="Money by budget" description="In major units of each budget's currency">
          <BarChart
            h={260}
            data={chart}
            dataKey="budget"
            type="stacked"
            series={[
              { name: 'Paid', color: 'green.6' },
              { name: 'Payable', color: 'teal.4' },
              { name: 'Committed', color: 'violet.5' },
              { name: 'Available', color: 'blue.4' },
              { name: 'Unallocated', color: 'gray.4' },
            ]}
          />
        </ChartCard>
      ) : null}
      <DataTable
        caption="MDF budgets"
        columns={columns}
        rows={rows}
        rowId={(b) => b.id}
        loading={budgets.isLoading}
        error={budgets.error}
        onRetry={() => budgets.refetch()}
        empty={
          <EmptyState title="No MDF budgets yet">
            Create a budget for a period, then allocate it to partners by tier share or by hand.
          </EmptyState>
        }
      />
      {rows.length > 0 ? <MdfResultsPanel /> : null}
      <CreateBudgetDialog opened={creating} onClose={() => setCreating(false)} />
      {funding ? (
        <AmountDialog
          opened
          onClose={() => setFunding(null)}
          title={`Add funds to ${funding.name}`}
          label="Amount"
          currency={funding.currency}
          submitLabel="Add funds"
          onSubmit={async (amountMinor, memo) => {
            await unwrap(
              api.POST('/api/mdf/budgets/{id}/funds', {
                params: { path: { id: funding.id } },
                body: { amountMinor, ...(memo ? { memo } : {}) },
              }),
            );
            await refresh();
          }}
        />
      ) : null}
      <ConfirmDialog
        opened={closing !== null}
        onClose={() => setClosing(null)}
        title={`Close ${closing?.name ?? ''}?`}
        confirmLabel="Close budget"
        color="red"
        onConfirm={async () => {
          if (!closing) return;
          await unwrap(api.POST('/api/mdf/budgets/{id}/close', { params: { path: { id: closing.id } } }));
          await refresh();
          setClosing(null);
        }}
      >
        Unallocated money and what partners have not committed returns; approved requests can still be
        claimed. No new requests are taken.
      </ConfirmDialog>
    </Stack>
  );
}
