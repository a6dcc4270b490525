import { Button, Group, Paper, Select, Stack } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { SearchBox } from '../../shared/form/search-box';
import { humanize } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { campaignColumns, campaignCsvColumns } from '../../shared/marketing/campaign-columns';
import { FigureTiles } from '../../shared/marketing/figure-tiles';
import {
  CAMPAIGN_STATUSES,
  type CampaignQuery,
  fetchCampaigns,
  fetchPerformance,
  KIND_LABELS,
  MARKETING_KEY,
  TEMPLATE_KINDS,
} from '../../shared/marketing/marketing-api';
import { PerformanceChart } from '../../shared/marketing/performance-chart';
import { pick, useMarketingSearch } from '../../shared/marketing/use-marketing-search';
import { EmptyState } from '../../shared/states/states';
import { MarketingTabs } from './marketing-tabs';
import { type GroupBy, PerformanceGroupsTable } from './performance-groups-table';

const SORTS = ['name', 'createdAt', 'updatedAt'];
const PERIODS = [
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: '180', label: 'Last 180 days' },
  { value: '365', label: 'Last 365 days' },
];
const columns = campaignColumns('console');

function periodStart(days: number): string {
  return new Date(Date.now() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** Every partner's campaigns with their figures, activity over time, and the figures by partner or template. */
export function CampaignPerformancePage() {
  const { search, set } = useMarketingSearch('/console/marketing/campaigns');
  const sortKey = search.sort?.replace(/^-/, '');
  const sort = (sortKey && SORTS.includes(sortKey) ? search.sort : '-createdAt') as NonNullable<
    CampaignQuery['sort']
  >;
  const filters = {
    q: search.q?.trim() || undefined,
    status: pick(CAMPAIGN_STATUSES, search.status),
    kind: pick(TEMPLATE_KINDS, search.kind),
  };
  const groupBy = (pick(['partner', 'template', 'campaign'] as const, search.groupBy) ??
    'partner') as GroupBy;
  const days = Number(pick(['30', '90', '180', '365'] as const, search.period) ?? '90');
  const list = useCursorList({
    key: 'marketing-campaigns',
    filters,
    sort,
    fetchPage: (params) => fetchCampaigns({ ...params, sort }),
  });
  const performance = useQuery({
    queryKey: [MARKETING_KEY, 'performance', groupBy, days, filters.kind],
    queryFn: () =>
      fetchPerformance({ groupBy, from: periodStart(days), ...(filters.kind ? { kind: filters.kind } : {}) }),
  });
  const filtered = Boolean(filters.q || filters.status || filters.kind);
  const clear = () => set({ q: undefined, status: undefined, kind: undefined });
  return (
    <>
      <PageHeader
        title="Marketing"
        description="How partners' co-branded campaigns perform: visits, clicks on tracked links, form fills and the leads they bring."
        actions={
          <CsvExportButton
            filename="partner-campaigns"
            noun={['campaign', 'campaigns']}
            columns={campaignCsvColumns}
            fetchPage={(cursor) => fetchCampaigns({ ...filters, sort, limit: 200, cursor })}
          />
        }
      />
      <MarketingTabs active="/console/marketing/campaigns" />
      <Stack>
        <Group align="flex-end" gap="sm">
          <Select
            label="Period"
            data={PERIODS}
            value={String(days)}
            onChange={(period) => set({ period })}
            allowDeselect={false}
            w={180}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        <FigureTiles figures={performance.data?.totals} loading={performance.isLoading} />
        <PerformanceChart performance={performance.data} loading={performance.isLoading} />
        <PerformanceGroupsTable
          performance={performance.data}
          groupBy={groupBy}
          onGroupBy={(g) => set({ groupBy: g })}
        />
        <Paper withBorder radius="md" p="md">
          <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter campaigns">
            <SearchBox
              label="Search"
              placeholder="Campaign, partner or template"
              value={search.q ?? ''}
              onSearch={(q) => set({ q })}
            />
            <Select
              label="Status"
              placeholder="Any"
              data={CAMPAIGN_STATUSES.map((value) => ({ value, label: humanize(value) }))}
              value={filters.status ?? null}
              onChange={(status) => set({ status })}
              clearable
              w={{ base: '100%', xs: 160 }}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label="Kind"
              placeholder="Any"
              data={TEMPLATE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
              value={filters.kind ?? null}
              onChange={(kind) => set({ kind })}
              clearable
              w={{ base: '100%', xs: 180 }}
              comboboxProps={{ withinPortal: true }}
            />
            {filtered ? (
              <Button variant="subtle" leftSection={<IconX size={14} />} onClick={clear}>
                Clear filters
              </Button>
            ) : null}
          </Group>
          <DataTable
            caption="Partner campaigns"
            columns={columns}
            rows={list.items}
            rowId={(c) => c.id}
            sort={sort}
            onSortChange={(s) => set({ sort: s })}
            loading={list.isLoading}
            error={list.error}
            onRetry={() => list.refetch()}
            pagination={list.pagination}
            empty={
              <EmptyState title={filtered ? 'No campaigns match these filters' : 'No partner campaigns yet'}>
                {filtered
                  ? 'Search matches part of a campaign, partner or template name.'
                  : 'Partners create campaigns from published templates in their portal; their figures appear here.'}
              </EmptyState>
            }
          />
        </Paper>
      </Stack>
    </>
  );
}
