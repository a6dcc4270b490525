import { Badge, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { type Column, DataTable } from '../../../shared/data-table/data-table';
import { useLocalRows } from '../../../shared/data-table/use-local-rows';
import { formatDate, humanize } from '../../../shared/format';
import { formatMoney } from '../../../shared/money';
import { FactorList } from './factor-list';
import {
  fetchRegistrationScores,
  formatProbability,
  PREDICTIONS_KEY,
  type RegistrationScore,
} from './predictions-api';
import { ProbabilityBar } from './probability-bar';

const SORTS = {
  probability: (r: RegistrationScore) => r.probability,
  baseline: (r: RegistrationScore) => r.baseline,
  partner: (r: RegistrationScore) => r.partnerName,
  customer: (r: RegistrationScore) => r.customerName,
  amount: (r: RegistrationScore) => r.amountMinor,
  submitted: (r: RegistrationScore) => r.submittedAt,
};

const COLUMNS: Column<RegistrationScore>[] = [
  {
    key: 'customer',
    header: 'Customer',
    sortKey: 'customer',
    render: (r) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {r.customerName}
        </Text>
        <Text size="xs" c="dimmed">
          {r.partnerName}
        </Text>
      </Stack>
    ),
  },
  { key: 'status', header: 'Status', render: (r) => <Badge variant="light">{humanize(r.status)}</Badge> },
  {
    key: 'amount',
    header: 'Amount',
    sortKey: 'amount',
    align: 'right',
    render: (r) => formatMoney(r.amountMinor, r.currency),
  },
  { key: 'submitted', header: 'Submitted', sortKey: 'submitted', render: (r) => formatDate(r.submittedAt) },
  {
    key: 'probability',
    header: 'Win probability',
    sortKey: 'probability',
    render: (r) => <ProbabilityBar value={r.probability} highIsGood label="Win probability" />,
  },
  {
    key: 'baseline',
    header: 'Partner win rate',
    sortKey: 'baseline',
    align: 'right',
    render: (r) => formatProbability(r.baseline),
  },
  { key: 'factors', header: 'Top factors', render: (r) => <FactorList factors={r.factors} raiseIsGood /> },
];

/** Open registrations, likeliest to close won first, with what drives each score. */
export function RegistrationScoresTable() {
  const scores = useQuery({ queryKey: [PREDICTIONS_KEY, 'registrations'], queryFn: fetchRegistrationScores });
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const filtered = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (scores.data?.items ?? []).filter(
      (r) =>
        (!status || r.status === status) &&
        (!q || r.customerName.toLowerCase().includes(q) || r.partnerName.toLowerCase().includes(q)),
    );
  }, [scores.data, search, status]);
  const rows = useLocalRows(filtered, { sortValues: SORTS, initialSort: '-probability' });
  const statuses = [...new Set((scores.data?.items ?? []).map((r) => r.status))].sort();
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <TextInput
          label="Customer or partner"
          leftSection={<IconSearch size={14} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            rows.resetPage();
          }}
          w={260}
        />
        <Group gap={4} role="group" aria-label="Status">
          {[null, ...statuses].map((s) => (
            <Badge
              key={s ?? 'all'}
              component="button"
              type="button"
              variant={status === s ? 'filled' : 'light'}
              style={{ cursor: 'pointer' }}
              aria-pressed={status === s}
              onClick={() => {
                setStatus(s);
                rows.resetPage();
              }}
            >
              {s ? humanize(s) : 'All'}
            </Badge>
          ))}
        </Group>
      </Group>
      <DataTable
        caption="Open registrations by win probability"
        columns={COLUMNS}
        rows={rows.pageRows}
        rowId={(r) => r.registrationId}
        sort={rows.sort}
        onSortChange={rows.setSort}
        loading={scores.isLoading}
        error={scores.error}
        onRetry={scores.refetch}
        empty={
          scores.data?.items.length
            ? 'No open registration matches these filters.'
            : 'No open registrations to score, or too little history to learn from yet.'
        }
        pagination={rows.pagination}
      />
    </Stack>
  );
}
