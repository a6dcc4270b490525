import { Paper, Select, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { humanize } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { campaignColumns, campaignCsvColumns } from '../../shared/marketing/campaign-columns';
import { FigureTiles } from '../../shared/marketing/figure-tiles';
import {
  CAMPAIGN_STATUSES,
  type CampaignQuery,
  fetchCampaigns,
  fetchPerformance,
  MARKETING_KEY,
} from '../../shared/marketing/marketing-api';
import { PerformanceChart } from '../../shared/marketing/performance-chart';
import { pick, useMarketingSearch } from '../../shared/marketing/use-marketing-search';
import { EmptyState } from '../../shared/states/states';
import { AvailableTemplates } from './available-templates';

const SORTS = ['name', 'createdAt', 'updatedAt'];
const columns = campaignColumns('portal');

/** The partner's co-branded campaigns: templates to start from, its campaigns and how they perform. */
export function PortalCampaignsPage() {
  const { search, set } = useMarketingSearch('/portal/campaigns');
  const sortKey = search.sort?.replace(/^-/, '');
  const sort = (sortKey && SORTS.includes(sortKey) ? search.sort : '-createdAt') as NonNullable<
    CampaignQuery['sort']
  >;
  const filters = { status: pick(CAMPAIGN_STATUSES, search.status) };
  const list = useCursorList({
    key: 'marketing-my-campaigns',
    filters,
    sort,
    fetchPage: (params) => fetchCampaigns({ ...params, sort }),
  });
  const performance = useQuery({
    queryKey: [MARKETING_KEY, 'performance', 'mine'],
    queryFn: () => fetchPerformance({ groupBy: 'campaign' }),
  });
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Co-brand your vendor's emails, landing pages and social posts with your logo, contact and offer. Visits, clicks and form fills are counted for you, and captured leads come to you."
        actions={
          <CsvExportButton
            filename="my-campaigns"
            noun={['campaign', 'campaigns']}
            columns={campaignCsvColumns}
            fetchPage={(cursor) => fetchCampaigns({ ...filters, sort, limit: 200, cursor })}
          />
        }
      />
      <Stack gap="lg">
        <FigureTiles figures={performance.data?.totals} loading={performance.isLoading} />
        <PerformanceChart
          performance={performance.data}
          loading={performance.isLoading}
          title="Your campaign activity"
        />
        <Paper withBorder radius="md" p="md" component="section" aria-label="Your campaigns">
          <Stack gap="sm">
            <Title order={3}>Your campaigns</Title>
            <Select
              label="Status"
              placeholder="Any"
              data={CAMPAIGN_STATUSES.map((value) => ({ value, label: humanize(value) }))}
              value={filters.status ?? null}
              onChange={(status) => set({ status })}
              clearable
              w={{ base: '100%', xs: 180 }}
              comboboxProps={{ withinPortal: true }}
            />
            <DataTable
              caption="Your campaigns"
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
                <EmptyState title={filters.status ? 'No campaigns with this status' : 'No campaigns yet'}>
                  Pick a template below to start your first co-branded campaign.
                </EmptyState>
              }
            />
          </Stack>
        </Paper>
        <AvailableTemplates />
      </Stack>
    </>
  );
}
