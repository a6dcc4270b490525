import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconBuildingStore, IconCompass, IconSparkles, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { operations } from '../../../client/schema';
import { ChartCard } from '../../shared/charts/chart-card';
import { CountBarChart } from '../../shared/charts/count-bar-chart';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { SearchBox } from '../../shared/form/search-box';
import { formatDateTime, formatNumber } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import {
  LEVEL_COLORS,
  LEVEL_LABELS,
  mappingSummaryQuery,
  type SharingLevel,
} from '../../shared/mapping/mapping-api';
import { EmptyState } from '../../shared/states/states';
import { useUrlFilters } from '../url-filters';

type Summary = operations['summarizeAccountMapping']['responses'][200]['content']['application/json'][number];
type NumberKey = 'partnerCustomers' | 'whiteSpace' | 'coSellNow' | 'introductions' | 'upsellTogether';
const SORT_KEYS = [
  'partnerName',
  'partnerCustomers',
  'whiteSpace',
  'coSellNow',
  'introductions',
  'upsellTogether',
  'refreshedAt',
] as const;
type SortKey = (typeof SORT_KEYS)[number];

/** Sorted on the page (the summary is one row per partner); numbers a partner does not share go last either way. */
function sortSummary(rows: Summary[], sort: string): Summary[] {
  const key = sort.replace(/^-/, '') as SortKey;
  const direction = sort.startsWith('-') ? -1 : 1;
  const byName = (a: Summary, b: Summary) =>
    a.partnerName.localeCompare(b.partnerName, 'en', { sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    if (key === 'partnerName') return direction * byName(a, b);
    if (key === 'refreshedAt') return direction * a.refreshedAt.localeCompare(b.refreshedAt) || byName(a, b);
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return direction * (x - y) || byName(a, b);
  });
}

const sum = (rows: Summary[], key: NumberKey) => rows.reduce((total, row) => total + (row[key] ?? 0), 0);

function NotShared({ level }: { level: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm" c="dimmed" fs="italic">
        Not shared
      </Text>
      <Badge size="xs" variant="light" color={LEVEL_COLORS[level as SharingLevel] ?? 'gray'} tt="none">
        {LEVEL_LABELS[level as SharingLevel] ?? level}
      </Badge>
    </Group>
  );
}

/** The vendor's program view of account mapping: per partner, customers shared, white space and co-sell lists. */
export function AccountMappingPage() {
  const navigate = useNavigate();
  const summary = useQuery(mappingSummaryQuery);
  const { search, set } = useUrlFilters('/console/mapping');
  const sort = SORT_KEYS.includes((search.sort ?? '').replace(/^-/, '') as SortKey)
    ? search.sort!
    : '-whiteSpace';
  const q = search.q?.trim().toLowerCase() ?? '';
  const all = summary.data ?? [];
  const rows = sortSummary(q ? all.filter((row) => row.partnerName.toLowerCase().includes(q)) : all, sort);
  const sharing = all.filter((row) => row.partnerCustomers !== null);

  const numberCell = (key: NumberKey, list?: string) => (row: Summary) => {
    const value = row[key];
    if (value === null)
      return key === 'partnerCustomers' ? (
        <NotShared level={row.customerSharing} />
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          Not shared
        </Text>
      );
    if (!list || value === 0) return formatNumber(value);
    return (
      <Link
        to="/console/partners/$partnerId"
        params={{ partnerId: row.partnerId }}
        search={{ tab: 'mapping', list }}
        className="table-link"
        aria-label={`${formatNumber(value)}: open ${row.partnerName}'s list`}
      >
        {formatNumber(value)}
      </Link>
    );
  };

  const columns: Column<Summary>[] = [
    {
      key: 'partner',
      header: 'Partner',
      sortKey: 'partnerName',
      render: (row) => (
        <Link
          to="/console/partners/$partnerId"
          params={{ partnerId: row.partnerId }}
          search={{ tab: 'mapping' }}
          className="table-link"
        >
          {row.partnerName}
        </Link>
      ),
    },
    {
      key: 'customers',
      header: 'Customers shared',
      sortKey: 'partnerCustomers',
      render: numberCell('partnerCustomers'),
    },
    {
      key: 'whiteSpace',
      header: 'White space',
      sortKey: 'whiteSpace',
      render: numberCell('whiteSpace', 'white_space'),
    },
    {
      key: 'coSellNow',
      header: 'Co-sell now',
      sortKey: 'coSellNow',
      render: numberCell('coSellNow', 'co_sell_now'),
    },
    {
      key: 'introductions',
      header: 'Introductions',
      sortKey: 'introductions',
      render: numberCell('introductions', 'introductions'),
    },
    {
      key: 'upsellTogether',
      header: 'Upsell together',
      sortKey: 'upsellTogether',
      render: numberCell('upsellTogether', 'upsell_together'),
    },
    {
      key: 'refreshedAt',
      header: 'Last matched',
      sortKey: 'refreshedAt',
      render: (row) => formatDateTime(row.refreshedAt),
    },
  ];

  const csvColumns = [
    { header: 'partner_id', value: (r: Summary) => r.partnerId },
    { header: 'partner', value: (r: Summary) => r.partnerName },
    { header: 'customer_sharing', value: (r: Summary) => r.customerSharing },
    { header: 'customers_shared', value: (r: Summary) => r.partnerCustomers },
    { header: 'white_space', value: (r: Summary) => r.whiteSpace },
    { header: 'co_sell_now', value: (r: Summary) => r.coSellNow },
    { header: 'introductions', value: (r: Summary) => r.introductions },
    { header: 'upsell_together', value: (r: Summary) => r.upsellTogether },
    { header: 'last_matched_at', value: (r: Summary) => r.refreshedAt },
  ];

  const chart = sharing
    .filter((row) => (row.whiteSpace ?? 0) > 0)
    .sort((a, b) => (b.whiteSpace ?? 0) - (a.whiteSpace ?? 0))
    .slice(0, 10)
    .map((row) => ({ label: row.partnerName, count: row.whiteSpace ?? 0, partnerId: row.partnerId }));

  return (
    <>
      <PageHeader
        title="Account mapping"
        description="Where partners' customers overlap with your accounts, and the white space they can bring. Numbers show as far as each partner shares its customers."
        actions={
          all.length ? (
            <CsvExportButton
              filename="account-mapping-partners"
              columns={csvColumns}
              fetchPage={async () => ({ items: rows, nextCursor: null })}
            />
          ) : null
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <KpiTile
            label="Partners with a list"
            value={formatNumber(all.length)}
            hint={`${formatNumber(sharing.length)} share their customer numbers`}
            icon={IconBuildingStore}
            loading={summary.isLoading}
            testId="kpi-partners-with-list"
          />
          <KpiTile
            label="White space"
            value={formatNumber(sum(sharing, 'whiteSpace'))}
            hint="Partners' customers not in your CRM"
            icon={IconCompass}
            color="grape"
            loading={summary.isLoading}
          />
          <KpiTile
            label="Co-sell now"
            value={formatNumber(sum(sharing, 'coSellNow'))}
            hint="Your open opportunities at partners' customers"
            icon={IconSparkles}
            color="orange"
            loading={summary.isLoading}
          />
          <KpiTile
            label="Introductions"
            value={formatNumber(sum(sharing, 'introductions'))}
            hint="Your prospects that are partners' customers"
            icon={IconUsersGroup}
            color="indigo"
            loading={summary.isLoading}
          />
        </SimpleGrid>
        {chart.length > 1 ? (
          <ChartCard
            title="White space by partner"
            description="The ten partners with the most customers not in your CRM; pick a bar to open the list."
            height={Math.max(160, chart.length * 32)}
          >
            <CountBarChart
              data={chart}
              seriesLabel="Accounts"
              color="grape.6"
              horizontal
              height={Math.max(160, chart.length * 32)}
              caption="White space by partner"
              onBarClick={(datum) => {
                const partnerId = chart.find((c) => c.label === datum.label)?.partnerId;
                if (partnerId)
                  void navigate({
                    to: '/console/partners/$partnerId',
                    params: { partnerId },
                    search: { tab: 'mapping', list: 'white_space' },
                  });
              }}
            />
          </ChartCard>
        ) : null}
        <Paper withBorder radius="md" p="md">
          {all.length ? (
            <Group mb="md" role="search" aria-label="Filter partners">
              <SearchBox
                label="Search"
                placeholder="Partner name"
                value={search.q ?? ''}
                onSearch={(v) => set({ q: v })}
              />
            </Group>
          ) : null}
          <DataTable
            caption="Account mapping by partner"
            columns={columns}
            rows={rows}
            rowId={(row) => row.partnerId}
            sort={sort}
            onSortChange={(s) => set({ sort: s })}
            loading={summary.isLoading}
            error={summary.error}
            onRetry={() => void summary.refetch()}
            empty={
              q ? (
                <EmptyState title="No partner matches this search" />
              ) : (
                <EmptyState title="No partner has uploaded an account list yet">
                  Partners upload their customers and prospects under Account mapping in the portal, or you
                  upload a list for one from its page (Partners → a partner → Account mapping → Uploads). The
                  overlap with your accounts, the white space and the co-sell lists show here once one is
                  matched.
                </EmptyState>
              )
            }
          />
        </Paper>
      </Stack>
    </>
  );
}
