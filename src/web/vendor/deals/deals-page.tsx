import { Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDay, todayIso } from '../../shared/dates';
import { DealSourceBadge, DealStageBadge } from '../../shared/deals/deal-badges';
import {
  DEAL_FILTER_KEYS,
  dealQueryFrom,
  sortFrom,
  statusFrom,
  useDealFilters,
} from '../../shared/deals/deal-filters';
import {
  DEAL_STAGE_LABELS,
  type Deal,
  dealStageOptions,
  isClosed,
  openStageOptions,
  PARTNER_ROLE_LABELS,
} from '../../shared/deals/deal-format';
import { fetchDeals, useDealViewer } from '../../shared/deals/deal-queries';
import { SearchBox } from '../../shared/form/search-box';
import { formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney, toMajorText } from '../../shared/money';
import { EmptyState } from '../../shared/states/states';
import { ownerOptions, useVendorUsers } from '../queries';
import { NewDealDialog } from './new-deal-dialog';
import { PipelineChart } from './pipeline-chart';

const closedStageOptions = dealStageOptions.filter((o) => isClosed(o.value));
const sourceOptions = [
  { value: 'direct', label: 'Direct' },
  { value: 'partner', label: 'Partner-sourced' },
];

/** The vendor's pipeline: filters, sortable list with paging and CSV export, open pipeline by stage, new opportunity. */
export function DealsPage() {
  const viewer = useDealViewer();
  const navigate = useNavigate();
  const users = useVendorUsers(viewer.canReadUsers);
  const { search, set, clear } = useDealFilters('/console/deals');
  const [creating, setCreating] = useState(false);
  const filters = dealQueryFrom(search, viewer.userId);
  const status = statusFrom(search);
  const sort = sortFrom(search, 'closeDate');
  const list = useCursorList({
    key: 'deals',
    filters,
    sort,
    fetchPage: (params) => fetchDeals({ ...params, sort }),
  });
  const filtered = DEAL_FILTER_KEYS.some((k) => k !== 'status' && search[k]) || status !== 'open';
  const ownerName = (id: string | null) =>
    !id
      ? ''
      : id === viewer.userId
        ? `${viewer.userName} (you)`
        : (users.data?.find((u) => u.id === id)?.name ?? '');
  const owners = [
    { value: 'me', label: 'My deals' },
    ...ownerOptions(users.data).filter((o) => o.value !== viewer.userId),
  ];
  const today = todayIso();

  const columns: Column<Deal>[] = [
    {
      key: 'name',
      header: 'Deal',
      render: (d) => (
        <Stack gap={0}>
          <Link to="/console/deals/$dealId" params={{ dealId: d.id }} className="table-link">
            {d.name}
          </Link>
          <Text size="xs" c="dimmed">
            {d.accountName}
          </Text>
        </Stack>
      ),
    },
    { key: 'stage', header: 'Stage', render: (d) => <DealStageBadge stage={d.stage} /> },
    {
      key: 'amount',
      header: 'Amount',
      sortKey: 'amountMinor',
      align: 'right',
      render: (d) => formatMoney(d.amountMinor, d.currency),
    },
    {
      key: 'closeDate',
      header: 'Close date',
      sortKey: 'closeDate',
      render: (d) =>
        !isClosed(d.stage) && d.closeDate < today ? (
          <Text size="sm" c="orange.8" fw={600} title="Past the expected close date">
            {formatDay(d.closeDate)}
          </Text>
        ) : (
          formatDay(d.closeDate)
        ),
    },
    { key: 'source', header: 'Source', render: (d) => <DealSourceBadge source={d.source} /> },
    {
      key: 'partners',
      header: 'Partners',
      render: (d) =>
        d.partners.length ? (
          <Text size="sm">
            {d.partners
              .map((p) => `${p.partnerName} (${PARTNER_ROLE_LABELS[p.role].toLowerCase()})`)
              .join(', ')}
          </Text>
        ) : (
          <Text c="dimmed">—</Text>
        ),
    },
    {
      key: 'owner',
      header: 'Owner',
      render: (d) => ownerName(d.ownerId) || <Text c="dimmed">{d.ownerId ? 'Assigned' : '—'}</Text>,
    },
    { key: 'created', header: 'Added', sortKey: 'createdAt', render: (d) => formatDate(d.createdAt) },
  ];

  const csvColumns = [
    { header: 'id', value: (d: Deal) => d.id },
    { header: 'name', value: (d: Deal) => d.name },
    { header: 'account', value: (d: Deal) => d.accountName },
    { header: 'account_id', value: (d: Deal) => d.accountId },
    { header: 'stage', value: (d: Deal) => d.stage },
    { header: 'amount', value: (d: Deal) => toMajorText(d.amountMinor, d.currency) },
    { header: 'amount_minor', value: (d: Deal) => d.amountMinor },
    { header: 'currency', value: (d: Deal) => d.currency },
    { header: 'close_date', value: (d: Deal) => d.closeDate },
    { header: 'source', value: (d: Deal) => d.source },
    {
      header: 'partners',
      value: (d: Deal) => d.partners.map((p) => `${p.partnerName} (${p.role})`).join('; '),
    },
    { header: 'product_lines', value: (d: Deal) => d.productLines.join('; ') },
    { header: 'owner', value: (d: Deal) => ownerName(d.ownerId) },
    { header: 'owner_id', value: (d: Deal) => d.ownerId },
    { header: 'next_steps', value: (d: Deal) => d.nextSteps },
    { header: 'created_at', value: (d: Deal) => d.createdAt },
    { header: 'closed_at', value: (d: Deal) => d.closedAt },
  ];

  const stageOptions =
    status === 'open' ? openStageOptions : status === 'closed' ? closedStageOptions : dealStageOptions;

  return (
    <>
      <PageHeader
        title="Deals"
        description="Your pipeline, direct and with partners. Open a deal to co-sell it with the partners on it."
        actions={
          <>
            <CsvExportButton
              filename="deals"
              columns={csvColumns}
              fetchPage={(cursor) => fetchDeals({ ...filters, sort, limit: 200, cursor })}
            />
            {viewer.canWrite ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New opportunity
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <PipelineChart filters={{ source: filters.source, ownerId: filters.ownerId, q: filters.q }} />
        <Paper withBorder radius="md" p="md">
          <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter deals">
            <SearchBox
              label="Search"
              placeholder="Deal name"
              value={search.q ?? ''}
              onSearch={(q) => set({ q })}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="deal-status-label">
                Status
              </Text>
              <SegmentedControl
                aria-labelledby="deal-status-label"
                data={[
                  { value: 'open', label: 'Open' },
                  { value: 'closed', label: 'Closed' },
                  { value: 'all', label: 'All' },
                ]}
                value={status}
                onChange={(value) => set({ status: value === 'open' ? undefined : value, stage: undefined })}
              />
            </Stack>
            <Select
              label="Stage"
              placeholder="Any"
              data={stageOptions}
              value={filters.stage ?? null}
              onChange={(stage) => set({ stage })}
              clearable
              w={{ base: '100%', xs: 170 }}
            />
            <Select
              label="Source"
              placeholder="Any"
              data={sourceOptions}
              value={filters.source ?? null}
              onChange={(source) => set({ source })}
              clearable
              w={{ base: '100%', xs: 170 }}
            />
            <Select
              label="Owner"
              placeholder="Anyone"
              data={owners}
              value={search.owner ?? null}
              onChange={(owner) => set({ owner })}
              searchable={owners.length > 6}
              clearable
              w={{ base: '100%', xs: 220 }}
            />
            {filtered ? (
              <Button variant="subtle" leftSection={<IconX size={14} />} onClick={() => clear()}>
                Clear filters
              </Button>
            ) : null}
          </Group>
          <DataTable
            caption="Deals"
            columns={columns}
            rows={list.items}
            rowId={(d) => d.id}
            sort={sort}
            onSortChange={(s) => set({ sort: s })}
            loading={list.isLoading}
            error={list.error}
            onRetry={() => list.refetch()}
            pagination={list.pagination}
            empty={
              filtered ? (
                <EmptyState
                  title="No deals match these filters"
                  action={
                    <Button variant="light" onClick={() => clear()}>
                      Clear filters
                    </Button>
                  }
                >
                  {filters.stage
                    ? `No ${status === 'all' ? '' : `${status} `}deal is at ${DEAL_STAGE_LABELS[filters.stage].toLowerCase()}.`
                    : 'Try another search, source or owner.'}
                </EmptyState>
              ) : (
                <EmptyState
                  title="No open deals"
                  action={
                    viewer.canWrite ? (
                      <Button variant="light" onClick={() => setCreating(true)}>
                        Add an opportunity
                      </Button>
                    ) : null
                  }
                >
                  Add your opportunities here or import them from your CRM. Partners’ approved deal
                  registrations become deals here too.
                </EmptyState>
              )
            }
          />
        </Paper>
      </Stack>
      <NewDealDialog
        opened={creating}
        onClose={() => setCreating(false)}
        viewer={viewer}
        onCreated={(deal) => navigate({ to: '/console/deals/$dealId', params: { dealId: deal.id } })}
      />
    </>
  );
}
