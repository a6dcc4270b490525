import { Group, Select, Stack, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { type Column, DataTable } from '../../../shared/data-table/data-table';
import { useLocalRows } from '../../../shared/data-table/use-local-rows';
import { FactorList } from './factor-list';
import { fetchChurnScores, type PartnerChurnScore, PREDICTIONS_KEY } from './predictions-api';
import { ProbabilityBar } from './probability-bar';

const SORTS = {
  probability: (r: PartnerChurnScore) => r.probability,
  partner: (r: PartnerChurnScore) => r.partnerName,
};

const COLUMNS: Column<PartnerChurnScore>[] = [
  { key: 'partner', header: 'Partner', sortKey: 'partner', render: (r) => r.partnerName },
  {
    key: 'probability',
    header: 'Risk of going inactive (180 days)',
    sortKey: 'probability',
    render: (r) => <ProbabilityBar value={r.probability} highIsGood={false} label="Churn risk" />,
  },
  {
    key: 'factors',
    header: 'Top factors',
    render: (r) => <FactorList factors={r.factors} raiseIsGood={false} />,
  },
];

const MIN_RISK_OPTIONS = [0, 0.2, 0.4, 0.6] as const;

/** Active and at-risk partners, riskiest first, with what drives each score. */
export function ChurnScoresTable() {
  const scores = useQuery({ queryKey: [PREDICTIONS_KEY, 'churn'], queryFn: fetchChurnScores });
  const [search, setSearch] = useState('');
  const [minRisk, setMinRisk] = useState<number>(0);
  const filtered = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (scores.data?.items ?? []).filter(
      (r) => r.probability >= minRisk && (!q || r.partnerName.toLowerCase().includes(q)),
    );
  }, [scores.data, search, minRisk]);
  const rows = useLocalRows(filtered, { sortValues: SORTS, initialSort: '-probability' });
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <TextInput
          label="Partner"
          leftSection={<IconSearch size={14} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            rows.resetPage();
          }}
          w={260}
        />
        <Select
          label="Risk at least"
          data={MIN_RISK_OPTIONS.map((v) => ({ value: String(v), label: v === 0 ? 'Any' : `${v * 100}%` }))}
          value={String(minRisk)}
          onChange={(value) => {
            setMinRisk(Number(value ?? 0));
            rows.resetPage();
          }}
          allowDeselect={false}
          w={140}
        />
      </Group>
      <DataTable
        caption="Partners by risk of going inactive"
        columns={COLUMNS}
        rows={rows.pageRows}
        rowId={(r) => r.partnerId}
        sort={rows.sort}
        onSortChange={rows.setSort}
        loading={scores.isLoading}
        error={scores.error}
        onRetry={scores.refetch}
        empty={
          scores.data?.items.length
            ? 'No partner matches these filters.'
            : 'No active partners to score, or too little history to learn from yet.'
        }
        pagination={rows.pagination}
      />
    </Stack>
  );
}
