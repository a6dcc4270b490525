import { useState } from 'react';
import type { paths } from '../../../../client/schema';
import { api, unwrap } from '../../../shared/api/client';
import { CsvExportButton } from '../../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../../shared/data-table/data-table';
import { useCursorList } from '../../../shared/data-table/use-cursor-list';
import { LinkAnchor } from '../../../shared/router-links';
import { EmptyState } from '../../../shared/states/states';
import { MetricTrend } from './metric-trend';
import {
  formatMetric,
  type MetricDefinition,
  type MetricKey,
  metricByKey,
  type Period,
  SCORECARD_KEY,
  type ScorecardRow,
} from './scorecard-api';

type Sort = NonNullable<paths['/api/scorecard']['get']['parameters']['query']>['sort'];

const COLUMNS: MetricKey[] = [
  'sourcedRevenue',
  'influencedRevenue',
  'ropi',
  'winRate',
  'averageDealSize',
  'portalEngagement',
];

const fetchPage = (params: Period & { sort: string; limit: number; cursor?: string }) =>
  unwrap(
    api.GET('/api/scorecard', {
      params: { query: { ...params, groupBy: 'partner', sort: params.sort as Sort } },
    }),
  );

/** Every partner's key metrics with trend, sorted and paged by the API; names open the scorecard. */
export function PartnerScorecardList({
  period,
  metrics,
  currency: listCurrency,
}: {
  period: Period;
  metrics: MetricDefinition[];
  currency: string;
}) {
  const definitions = metricByKey(metrics);
  const [sort, setSort] = useState('-sourcedRevenue');
  const list = useCursorList({ key: `${SCORECARD_KEY}-partners`, filters: period, sort, fetchPage });
  const cell = (key: MetricKey) => (row: ScorecardRow) => {
    const metric = definitions.get(key);
    if (!metric) return '—';
    return (
      <>
        {formatMetric(row.current[key], metric.unit, listCurrency)}
        <MetricTrend
          metric={metric}
          current={row.current[key]}
          previous={row.previous[key]}
          currency={listCurrency}
        />
      </>
    );
  };
  const columns: Column<ScorecardRow>[] = [
    {
      key: 'label',
      header: 'Partner',
      sortKey: 'label',
      render: (row) => (
        <LinkAnchor to="/console/analytics/scorecard/$partnerId" params={{ partnerId: row.key }} size="sm">
          {row.label}
        </LinkAnchor>
      ),
    },
    ...COLUMNS.map((key) => ({
      key,
      header: definitions.get(key)?.label ?? key,
      sortKey: key,
      align: 'right' as const,
      render: cell(key),
    })),
  ];
  return (
    <>
      <CsvExportButton
        filename="partner-scorecards"
        noun={['partner', 'partners']}
        columns={[
          { header: 'Partner', value: (r: ScorecardRow) => r.label },
          ...COLUMNS.map((key) => ({
            header: definitions.get(key)?.label ?? key,
            value: (r: ScorecardRow) => r.current[key],
          })),
        ]}
        fetchPage={(cursor) => fetchPage({ ...period, sort, limit: 200, ...(cursor ? { cursor } : {}) })}
      />
      <DataTable
        caption="Partner scorecards"
        columns={columns}
        rows={list.items}
        rowId={(row) => row.key}
        sort={sort}
        onSortChange={setSort}
        loading={list.isLoading}
        error={list.error}
        onRetry={list.refetch}
        pagination={list.pagination}
        empty={<EmptyState title="No partners yet">Partners past prospect get a scorecard.</EmptyState>}
      />
    </>
  );
}
