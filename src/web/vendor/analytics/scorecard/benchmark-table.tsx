import { Group, List, Text } from '@mantine/core';
import { type Column, DataTable } from '../../../shared/data-table/data-table';
import { useLocalRows } from '../../../shared/data-table/use-local-rows';
import { LinkAnchor } from '../../../shared/router-links';
import { EmptyState } from '../../../shared/states/states';
import { FlagBadge } from './flag-badge';
import type { PartnerBenchmark } from './scorecard-api';

/** The mean of a partner's percentiles: the single number the flags are set on. */
export function meanPercentile(item: PartnerBenchmark): number | null {
  const ranked = item.metrics.flatMap((m) => (m.percentile === null ? [] : [m.percentile]));
  return ranked.length ? Math.round((ranked.reduce((a, b) => a + b, 0) / ranked.length) * 10) / 10 : null;
}

const percentileOf = (metric: string) => (item: PartnerBenchmark) =>
  item.metrics.find((m) => m.metric === metric)?.percentile ?? null;

const SORTS = {
  partnerName: (r: PartnerBenchmark) => r.partnerName,
  tier: (r: PartnerBenchmark) => r.tier,
  region: (r: PartnerBenchmark) => r.region,
  peers: (r: PartnerBenchmark) => r.peers,
  mean: meanPercentile,
  flag: (r: PartnerBenchmark) => r.flag,
  sourced: percentileOf('sourcedRevenue'),
  winRate: percentileOf('winRate'),
};

/** Every partner's standing: flags and what differs, sortable; partner names open the scorecard. */
export function BenchmarkTable({
  items,
  loading,
  error,
  onRetry,
}: {
  items: PartnerBenchmark[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const list = useLocalRows(items, { sortValues: SORTS, initialSort: 'mean' });
  const pct = (value: number | null) => (value === null ? '—' : String(Math.round(value)));
  const columns: Column<PartnerBenchmark>[] = [
    {
      key: 'partner',
      header: 'Partner',
      sortKey: 'partnerName',
      render: (r) => (
        <LinkAnchor to="/console/analytics/scorecard/$partnerId" params={{ partnerId: r.partnerId }}>
          {r.partnerName}
        </LinkAnchor>
      ),
    },
    { key: 'tier', header: 'Tier', sortKey: 'tier', render: (r) => r.tier ?? '—' },
    { key: 'region', header: 'Region', sortKey: 'region', render: (r) => r.region ?? '—' },
    { key: 'peers', header: 'Peers', sortKey: 'peers', align: 'right', render: (r) => r.peers },
    {
      key: 'mean',
      header: 'Mean percentile',
      sortKey: 'mean',
      align: 'right',
      render: (r) => pct(meanPercentile(r)),
    },
    {
      key: 'sourced',
      header: 'Sourced revenue pct.',
      sortKey: 'sourced',
      align: 'right',
      render: (r) => pct(percentileOf('sourcedRevenue')(r)),
    },
    {
      key: 'winRate',
      header: 'Win rate pct.',
      sortKey: 'winRate',
      align: 'right',
      render: (r) => pct(percentileOf('winRate')(r)),
    },
    {
      key: 'flag',
      header: 'Flag',
      sortKey: 'flag',
      render: (r) => (
        <Group gap={4}>
          <FlagBadge flag={r.flag} />
        </Group>
      ),
    },
    {
      key: 'differences',
      header: 'What differs',
      width: 420,
      render: (r) =>
        r.differences.length ? (
          <List size="xs" spacing={2}>
            {r.differences.map((d) => (
              <List.Item key={d}>{d}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="xs" c="dimmed">
            In line with peers
          </Text>
        ),
    },
  ];
  return (
    <DataTable
      caption="Peer benchmarks per partner"
      columns={columns}
      rows={list.pageRows}
      rowId={(r) => r.partnerId}
      sort={list.sort}
      onSortChange={list.setSort}
      loading={loading}
      error={error}
      onRetry={onRetry}
      pagination={list.pagination}
      empty={<EmptyState title="No partners match">Change the filters, or widen the period.</EmptyState>}
    />
  );
}
