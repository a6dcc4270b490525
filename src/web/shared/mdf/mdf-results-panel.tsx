import { BarChart } from '@mantine/charts';
import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ChartCard } from '../charts/chart-card';
import { CsvExportButton } from '../data-table/csv-export-button';
import { type Column, DataTable } from '../data-table/data-table';
import { formatMoney } from '../money';
import { EmptyState } from '../states/states';
import { MDF_KEY } from './mdf-api';

type GroupBy = 'activityType' | 'partner' | 'request';

const GROUPS: Array<{ value: GroupBy; label: string }> = [
  { value: 'activityType', label: 'By activity type' },
  { value: 'partner', label: 'By partner' },
  { value: 'request', label: 'By activity' },
];

const fetchResults = (groupBy: GroupBy) =>
  unwrap(api.GET('/api/mdf/results', { params: { query: { groupBy } } }));
type ResultRow = Awaited<ReturnType<typeof fetchResults>>['rows'][number];

const money = (row: ResultRow, minor: number | null) =>
  minor === null ? '—' : formatMoney(minor, row.currency);

/**
 * What the funds bought: approved claims against the leads and pipeline they report, by activity type,
 * partner or activity. Partner users see their own partner's results only (the API scopes them).
 */
export function MdfResultsPanel({ showPartnerGroup = true }: { showPartnerGroup?: boolean }) {
  const [groupBy, setGroupBy] = useState<GroupBy>('activityType');
  const results = useQuery({ queryKey: [MDF_KEY, 'results', groupBy], queryFn: () => fetchResults(groupBy) });
  const rows = results.data?.rows ?? [];
  const columns: Column<ResultRow>[] = [
    {
      key: 'label',
      header: GROUPS.find((g) => g.value === groupBy)!.label.replace('By ', ''),
      render: (r) => r.label,
    },
    { key: 'activities', header: 'Activities', align: 'right', render: (r) => r.activities },
    { key: 'claimed', header: 'Claimed', align: 'right', render: (r) => money(r, r.claimedMinor) },
    { key: 'paid', header: 'Paid', align: 'right', render: (r) => money(r, r.paidMinor) },
    { key: 'leads', header: 'Leads', align: 'right', render: (r) => r.leads.toLocaleString('en') },
    { key: 'pipeline', header: 'Pipeline', align: 'right', render: (r) => money(r, r.pipelineMinor) },
    { key: 'cpl', header: 'Cost per lead', align: 'right', render: (r) => money(r, r.costPerLeadMinor) },
    {
      key: 'ratio',
      header: 'Pipeline per unit spent',
      align: 'right',
      render: (r) => (r.pipelinePerCurrencyUnit === null ? '—' : `${r.pipelinePerCurrencyUnit.toFixed(1)}×`),
    },
  ];
  const chart = rows.slice(0, 12).map((r) => ({
    group: r.label,
    'Pipeline per unit spent': r.pipelinePerCurrencyUnit ?? 0,
  }));
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={3}>Results</Title>
          <Text c="dimmed" size="sm">
            Approved claims against the leads and pipeline they brought.
          </Text>
        </div>
        <Group>
          <SegmentedControl
            aria-label="Group results"
            value={groupBy}
            onChange={(value) => setGroupBy(value as GroupBy)}
            data={GROUPS.filter((g) => showPartnerGroup || g.value !== 'partner')}
          />
          <CsvExportButton
            filename={`mdf-results-${groupBy}`}
            noun={['group', 'groups']}
            fetchPage={async () => ({ items: (await fetchResults(groupBy)).rows, nextCursor: null })}
            columns={[
              { header: 'Group', value: (r) => r.label },
              { header: 'Currency', value: (r) => r.currency },
              { header: 'Activities', value: (r) => r.activities },
              { header: 'Claimed (minor units)', value: (r) => r.claimedMinor },
              { header: 'Paid (minor units)', value: (r) => r.paidMinor },
              { header: 'Leads', value: (r) => r.leads },
              { header: 'Pipeline (minor units)', value: (r) => r.pipelineMinor },
              { header: 'Cost per lead (minor units)', value: (r) => r.costPerLeadMinor },
              { header: 'Pipeline per unit spent', value: (r) => r.pipelinePerCurrencyUnit },
            ]}
          />
        </Group>
      </Group>
      {rows.length > 0 ? (
        <ChartCard title="Pipeline per unit spent" description="The first twelve groups">
          <BarChart
            h={220}
            data={chart}
            dataKey="group"
            series={[{ name: 'Pipeline per unit spent', color: 'teal.6' }]}
          />
        </ChartCard>
      ) : null}
      <DataTable
        caption="MDF results"
        columns={columns}
        rows={rows}
        rowId={(r) => `${r.key}:${r.currency}`}
        loading={results.isLoading}
        error={results.error}
        onRetry={() => results.refetch()}
        empty={
          <EmptyState title="No results yet">
            Results appear once claims for completed activities are approved.
          </EmptyState>
        }
      />
    </Stack>
  );
}
