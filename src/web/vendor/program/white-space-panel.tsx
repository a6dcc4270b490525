import { BarChart } from '@mantine/charts';
import { Badge, Box, Group, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ChartCard } from '../../shared/charts/chart-card';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useLocalRows } from '../../shared/data-table/use-local-rows';
import { formatDate, formatNumber, typeLabel } from '../../shared/format';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { fetchWhiteSpace, type PartnerWhiteSpace, PROGRAM_KEY } from './program-api';

const MAPPING_LABELS: Record<PartnerWhiteSpace['mapping'], string> = {
  shared: 'Shared',
  not_shared: 'Not shared',
  none: 'No mapping yet',
};

const counted = (row: PartnerWhiteSpace, value: number | null) => {
  if (row.mapping === 'none')
    return (
      <Text size="sm" c="dimmed">
        No mapping yet
      </Text>
    );
  if (row.mapping === 'not_shared')
    return (
      <Text size="sm" c="dimmed">
        Not shared
      </Text>
    );
  return formatNumber(value);
};

const SORTS = {
  partnerName: (r: PartnerWhiteSpace) => r.partnerName.toLowerCase(),
  whiteSpace: (r: PartnerWhiteSpace) => r.whiteSpace,
  introductions: (r: PartnerWhiteSpace) => r.introductions,
  opportunity: (r: PartnerWhiteSpace) => r.opportunity,
};

/** White space and introductions per partner from the account mapping, as a chart and a table. */
export function WhiteSpacePanel() {
  const report = useQuery({ queryKey: [PROGRAM_KEY, 'white-space'], queryFn: fetchWhiteSpace });
  const [mapping, setMapping] = useState<string | null>(null);
  const rows = useMemo(
    () => (report.data?.partners ?? []).filter((p) => !mapping || p.mapping === mapping),
    [report.data, mapping],
  );
  const local = useLocalRows(rows, { sortValues: SORTS, initialSort: '-opportunity' });
  const top = report.data?.top ?? [];
  const totals = report.data?.totals;

  const columns: Column<PartnerWhiteSpace>[] = [
    {
      key: 'partnerName',
      header: 'Partner',
      sortKey: 'partnerName',
      render: (p) => (
        <LinkAnchor to="/console/partners/$partnerId" params={{ partnerId: p.partnerId }} size="sm">
          {p.partnerName}
        </LinkAnchor>
      ),
    },
    { key: 'type', header: 'Type', render: (p) => typeLabel(p.partnerType) },
    {
      key: 'mapping',
      header: 'Mapping',
      render: (p) => (
        <Badge
          variant="light"
          color={p.mapping === 'shared' ? 'teal' : p.mapping === 'none' ? 'gray' : 'yellow'}
        >
          {MAPPING_LABELS[p.mapping]}
        </Badge>
      ),
    },
    {
      key: 'whiteSpace',
      header: 'White space',
      sortKey: 'whiteSpace',
      align: 'right',
      render: (p) => counted(p, p.whiteSpace),
    },
    {
      key: 'introductions',
      header: 'Introductions',
      sortKey: 'introductions',
      align: 'right',
      render: (p) => counted(p, p.introductions),
    },
    { key: 'refreshedAt', header: 'Mapped', render: (p) => formatDate(p.refreshedAt) },
  ];

  return (
    <Box>
      <ChartCard
        title="Top partners by white space"
        description={
          totals
            ? `${formatNumber(totals.whiteSpace)} partner customers not in the CRM and ${formatNumber(totals.introductions)} introductions across ${totals.mappedPartners} mapped partners; ${totals.unmappedPartners} with no mapping yet.`
            : undefined
        }
        loading={report.isLoading}
        isEmpty={top.length === 0}
        emptyMessage="No partner shares a mapping with white space or introductions yet."
      >
        <Box aria-hidden>
          <BarChart
            h={240}
            data={top.map((p) => ({
              label: p.partnerName,
              whiteSpace: p.whiteSpace ?? 0,
              introductions: p.introductions ?? 0,
            }))}
            dataKey="label"
            type="stacked"
            orientation="vertical"
            yAxisProps={{ width: 160, interval: 0 }}
            series={[
              { name: 'whiteSpace', label: 'White space', color: 'teal.6' },
              { name: 'introductions', label: 'Introductions', color: 'indigo.5' },
            ]}
            withLegend
          />
        </Box>
        <table className="visually-hidden">
          <caption>Top partners by white space and introductions</caption>
          <thead>
            <tr>
              <th>Partner</th>
              <th>White space</th>
              <th>Introductions</th>
            </tr>
          </thead>
          <tbody>
            {top.map((p) => (
              <tr key={p.partnerId}>
                <td>{p.partnerName}</td>
                <td>{p.whiteSpace}</td>
                <td>{p.introductions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartCard>
      <Group mt="md" mb="sm" align="flex-end" justify="space-between">
        <Select
          label="Mapping"
          placeholder="Any"
          clearable
          data={Object.entries(MAPPING_LABELS).map(([value, label]) => ({ value, label }))}
          value={mapping}
          onChange={(value) => {
            setMapping(value);
            local.resetPage();
          }}
          w={200}
        />
        <CsvExportButton
          filename="white-space"
          noun={['partner', 'partners']}
          fetchPage={async () => ({ items: local.sorted, nextCursor: null })}
          columns={[
            { header: 'Partner', value: (p: PartnerWhiteSpace) => p.partnerName },
            { header: 'Type', value: (p: PartnerWhiteSpace) => p.partnerType },
            { header: 'Mapping', value: (p: PartnerWhiteSpace) => MAPPING_LABELS[p.mapping] },
            { header: 'White space', value: (p: PartnerWhiteSpace) => p.whiteSpace ?? '' },
            { header: 'Introductions', value: (p: PartnerWhiteSpace) => p.introductions ?? '' },
          ]}
        />
      </Group>
      <DataTable
        caption="White space per partner"
        columns={columns}
        rows={local.pageRows}
        rowId={(p) => p.partnerId}
        sort={local.sort}
        onSortChange={local.setSort}
        loading={report.isLoading}
        error={report.error}
        onRetry={report.refetch}
        pagination={local.pagination}
        empty={
          <EmptyState title="No partners to show">
            Working partners appear here with their mapping.
          </EmptyState>
        }
      />
    </Box>
  );
}
