import { Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDateTime, humanize } from '../../shared/format';
import {
  fetchAllocations,
  fetchBudget,
  MDF_KEY,
  type MdfAllocation,
  type MdfLedgerEntry,
} from '../../shared/mdf/mdf-api';
import { currencyExponent, formatMoney } from '../../shared/money';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState, ErrorState, LoadingState } from '../../shared/states/states';
import { AmountDialog } from './budget-dialogs';
import { PartnerAllocationDialog } from './partner-allocation-dialog';

interface TierPlan {
  scalePercent: number;
  totalAddMinor: number;
  unallocatedMinor: number;
  lines: {
    partnerId: string;
    partnerName: string;
    tier: string;
    sharePercent: number;
    targetMinor: number;
    currentMinor: number;
    addMinor: number;
  }[];
}

const fetchLedger = (budgetId: string, limit: number, cursor?: string) =>
  unwrap(
    api.GET('/api/mdf/budgets/{id}/ledger', {
      params: { path: { id: budgetId }, query: { limit, ...(cursor ? { cursor } : {}) } },
    }),
  );

export function MdfBudgetPage() {
  const { budgetId } = useParams({ strict: false }) as { budgetId: string };
  const can = useCan();
  const queryClient = useQueryClient();
  const budget = useQuery({ queryKey: [MDF_KEY, 'budget', budgetId], queryFn: () => fetchBudget(budgetId) });
  const allocations = useQuery({
    queryKey: [MDF_KEY, 'allocations', budgetId],
    queryFn: () => fetchAllocations({ budgetId }),
  });
  const ledger = useCursorList<MdfLedgerEntry, { budgetId: string }>({
    key: `${MDF_KEY}-ledger`,
    filters: { budgetId },
    sort: 'id',
    fetchPage: (p) => fetchLedger(budgetId, p.limit, p.cursor),
  });
  const [plan, setPlan] = useState<TierPlan | null>(null);
  const [editing, setEditing] = useState<MdfAllocation | null>(null);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [planError, setPlanError] = useState<unknown>(null);

  if (budget.isLoading) return <LoadingState />;
  if (budget.error || !budget.data)
    return <ErrorState error={budget.error} onRetry={() => budget.refetch()} />;
  const b = budget.data;
  const money = (minor: number) => formatMoney(minor, b.currency);
  const refresh = () => queryClient.invalidateQueries({ queryKey: [MDF_KEY] });
  const open = b.status === 'open';

  async function tierShare(dryRun: boolean) {
    setBusy(true);
    setPlanError(null);
    try {
      const result = await unwrap(
        api.POST('/api/mdf/budgets/{id}/tier-share', {
          params: { path: { id: budgetId } },
          body: { dryRun },
        }),
      );
      setPlan(dryRun ? result : null);
      if (!dryRun) await refresh();
    } catch (error) {
      setPlanError(error);
    } finally {
      setBusy(false);
    }
  }

  const columns: Column<MdfAllocation>[] = [
    { key: 'partner', header: 'Partner', render: (a) => a.partnerName },
    {
      key: 'method',
      header: 'Method',
      render: (a) => (a.method === 'tier_share' ? 'Tier share' : 'By hand'),
    },
    { key: 'allocated', header: 'Allocated', align: 'right', render: (a) => money(a.allocatedMinor) },
    { key: 'available', header: 'Available', align: 'right', render: (a) => money(a.availableMinor) },
    { key: 'committed', header: 'Committed', align: 'right', render: (a) => money(a.committedMinor) },
    { key: 'payable', header: 'Payable', align: 'right', render: (a) => money(a.payableMinor) },
    { key: 'paid', header: 'Paid', align: 'right', render: (a) => money(a.paidMinor) },
    {
      key: 'actions',
      header: 'Actions',
      render: (a) =>
        open && can('mdf.allocate') ? (
          <Button size="xs" variant="light" onClick={() => setEditing(a)}>
            Change
          </Button>
        ) : null,
    },
  ];
  const ledgerColumns: Column<MdfLedgerEntry>[] = [
    { key: 'at', header: 'When', render: (e) => formatDateTime(e.at) },
    { key: 'type', header: 'Entry', render: (e) => humanize(e.entryType) },
    { key: 'from', header: 'From', render: (e) => e.fromBucket.split(':')[0] },
    { key: 'to', header: 'To', render: (e) => e.toBucket.split(':')[0] },
    { key: 'amount', header: 'Amount', align: 'right', render: (e) => money(e.amountMinor) },
    { key: 'memo', header: 'Memo', render: (e) => e.memo },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <LinkAnchor to="/console/mdf" size="sm">
            ← All budgets
          </LinkAnchor>
          <Title order={2}>{b.name}</Title>
          <Text c="dimmed" size="sm">
            {b.periodStart} – {b.periodEnd} · {open ? 'open' : 'closed'} · finance approves above{' '}
            {money(b.financeThresholdMinor)}
          </Text>
        </div>
        {open && can('mdf.allocate') ? (
          <Group>
            <Button variant="default" loading={busy} onClick={() => tierShare(true)}>
              Preview tier share
            </Button>
            <Button onClick={() => setAdding(true)}>Allocate to a partner</Button>
          </Group>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <KpiTile label="Funded" value={money(b.figures.fundedMinor)} />
        <KpiTile label="Unallocated" value={money(b.figures.unallocatedMinor)} />
        <KpiTile label="Committed" value={money(b.figures.committedMinor)} />
        <KpiTile label="Claimed" value={money(b.figures.claimedMinor)} />
        <KpiTile label="Paid" value={money(b.figures.paidMinor)} />
      </SimpleGrid>
      {planError ? <ErrorState error={planError} /> : null}
      {plan ? (
        <Stack gap="xs">
          <Title order={4}>Tier share preview</Title>
          <Text size="sm">
            Each partner gets the funded amount × its tier's MDF share. Adds {money(plan.totalAddMinor)} of{' '}
            {money(plan.unallocatedMinor)} unallocated
            {plan.scalePercent < 100 ? `, scaled to ${plan.scalePercent} % to fit` : ''}.
          </Text>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                <Table.Th>Tier</Table.Th>
                <Table.Th>Share</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Has</Table.Th>
                <Table.Th>Adds</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.lines.map((l) => (
                <Table.Tr key={l.partnerId}>
                  <Table.Td>{l.partnerName}</Table.Td>
                  <Table.Td>{l.tier}</Table.Td>
                  <Table.Td>{l.sharePercent} %</Table.Td>
                  <Table.Td>{money(l.targetMinor)}</Table.Td>
                  <Table.Td>{money(l.currentMinor)}</Table.Td>
                  <Table.Td>{money(l.addMinor)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Button loading={busy} disabled={plan.totalAddMinor === 0} onClick={() => tierShare(false)}>
              Apply tier share
            </Button>
            <Button variant="default" onClick={() => setPlan(null)}>
              Discard
            </Button>
          </Group>
        </Stack>
      ) : null}
      <Title order={3}>Allocations</Title>
      <DataTable
        caption="Allocations"
        columns={columns}
        rows={allocations.data ?? []}
        rowId={(a) => a.id}
        loading={allocations.isLoading}
        error={allocations.error}
        empty={
          <EmptyState title="Nothing allocated yet">
            Allocate by tier share or to one partner by hand.
          </EmptyState>
        }
      />
      <Group justify="space-between">
        <Title order={3}>Ledger</Title>
        <CsvExportButton
          filename={`mdf-ledger-${b.name}`}
          noun={['ledger entry', 'ledger entries']}
          fetchPage={(cursor) => fetchLedger(budgetId, 200, cursor)}
          columns={[
            { header: 'id', value: (e) => e.id },
            { header: 'at', value: (e) => e.at },
            { header: 'entry', value: (e) => e.entryType },
            { header: 'from', value: (e) => e.fromBucket },
            { header: 'to', value: (e) => e.toBucket },
            { header: 'amount_minor', value: (e) => e.amountMinor },
            { header: 'currency', value: (e) => e.currency },
            { header: 'partner_id', value: (e) => e.partnerId },
            { header: 'request_id', value: (e) => e.requestId },
            { header: 'claim_id', value: (e) => e.claimId },
            { header: 'memo', value: (e) => e.memo },
          ]}
        />
      </Group>
      <DataTable
        caption="Ledger"
        columns={ledgerColumns}
        rows={ledger.items}
        rowId={(e) => String(e.id)}
        loading={ledger.isLoading}
        error={ledger.error}
        pagination={ledger.pagination}
        empty={
          <EmptyState title="No ledger entries">
            Every movement of this budget's money is listed here.
          </EmptyState>
        }
      />
      {editing ? (
        <AmountDialog
          opened
          onClose={() => setEditing(null)}
          title={`Allocation of ${editing.partnerName}`}
          label="Allocation"
          currency={b.currency}
          initial={editing.allocatedMinor / 10 ** currencyExponent(b.currency)}
          submitLabel="Save allocation"
          onSubmit={async (amountMinor, memo) => {
            await unwrap(
              api.PUT('/api/mdf/budgets/{id}/allocations/{partnerId}', {
                params: { path: { id: budgetId, partnerId: editing.partnerId } },
                body: { amountMinor, ...(memo ? { memo } : {}) },
              }),
            );
            await refresh();
          }}
        />
      ) : null}
      <PartnerAllocationDialog
        opened={adding}
        onClose={() => setAdding(false)}
        budgetId={budgetId}
        currency={b.currency}
      />
    </Stack>
  );
}
