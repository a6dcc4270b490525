import { Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { SearchBox } from '../../shared/form/search-box';
import { ApiError } from '../api/client';
import type { CsvColumn } from '../data-table/csv-export';
import { type Column, DataTable } from '../data-table/data-table';
import { useCursorList } from '../data-table/use-cursor-list';
import { formatMoney } from '../money';
import { EmptyState } from '../states/states';
import {
  fetchOverlapList,
  LIST_LABELS,
  type MappingSide,
  OVERLAP_LIST_KEY,
  type OverlapListName,
  type OverlapRow,
  populationLabel,
  RULE_LABELS,
  slug,
} from './mapping-api';
import { NotSharedState } from './not-shared-state';

const LIST_COLORS: Record<string, string> = {
  co_sell_now: 'orange',
  introductions: 'indigo',
  upsell_together: 'teal',
  white_space: 'grape',
};

const ROW_LIST_LABELS: Record<string, string> = {
  co_sell_now: 'Co-sell now',
  introductions: 'Introduction',
  upsell_together: 'Upsell together',
  white_space: 'White space',
};

export interface OverlapListTableProps {
  partnerId: string;
  partnerName: string;
  viewer: MappingSide;
  /** The other organization as the viewer calls it, for the "not shared" explanation. */
  otherName: string;
  list: OverlapListName;
  vendorPopulation?: string | undefined;
  partnerPopulation?: string | undefined;
  /** A caption for screen readers, e.g. "Introductions". */
  caption: string;
}

const dash = <Text c="dimmed">—</Text>;

function rowId(row: OverlapRow, index: number): string {
  return [
    row.vendorAccount?.id ?? row.vendorAccount?.name ?? '',
    row.partnerAccount?.id ?? row.partnerAccount?.externalId ?? row.partnerAccount?.name ?? '',
    index,
  ].join('|');
}

function pipelineText(row: OverlapRow): string {
  const v = row.vendorAccount;
  if (!v || v.openOpportunities === null) return '';
  if (v.openOpportunities === 0) return 'None';
  const amount =
    v.openPipelineMinor !== null && v.currency ? ` · ${formatMoney(v.openPipelineMinor, v.currency)}` : '';
  return `${v.openOpportunities} open${amount}`;
}

/**
 * One co-sell list of a partner relationship: search, sortable columns, pages, and an export of the whole
 * list through the API. When the other side does not share enough for the list, says so instead.
 */
export function OverlapListTable(props: OverlapListTableProps) {
  const { partnerId, list, viewer } = props;
  const whiteSpace = list === 'white_space';
  const [q, setQ] = useState('');
  const [sort, setSort] = useState(list === 'co_sell' ? 'priority' : 'partnerName');
  const filters = {
    partnerId,
    list,
    vendorPopulation: props.vendorPopulation,
    partnerPopulation: props.partnerPopulation,
    q: q || undefined,
  };
  const rows = useCursorList({
    key: OVERLAP_LIST_KEY,
    filters,
    sort,
    fetchPage: (params) => fetchOverlapList(params),
  });
  const ownVendor = viewer === 'vendor';
  const vendorHeader = ownVendor ? 'Your account' : 'Vendor account';
  const partnerHeader = ownVendor ? `${props.partnerName} account` : 'Your account';

  if (rows.error instanceof ApiError && rows.error.status === 403) {
    return <NotSharedState detail={rows.error.message} viewer={viewer} otherName={props.otherName} />;
  }

  const partnerCell = (row: OverlapRow) => {
    const p = row.partnerAccount;
    if (!p) return dash;
    return (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {p.name}
        </Text>
        <Group gap={4}>
          {p.website ? (
            <Text size="xs" c="dimmed">
              {p.website}
            </Text>
          ) : null}
          <Badge size="xs" variant="outline" color="gray" tt="none">
            {populationLabel(p.population)}
          </Badge>
        </Group>
      </Stack>
    );
  };

  const vendorCell = (row: OverlapRow) => {
    const v = row.vendorAccount;
    if (!v) return dash;
    return (
      <Stack gap={0}>
        {v.id && ownVendor ? (
          <Link to="/console/accounts/$accountId" params={{ accountId: v.id }} className="table-link">
            {v.name}
          </Link>
        ) : (
          <Text size="sm" fw={500}>
            {v.name}
          </Text>
        )}
        <Group gap={4}>
          {v.domains[0] ? (
            <Text size="xs" c="dimmed">
              {v.domains.join(', ')}
            </Text>
          ) : null}
          <Badge size="xs" variant="outline" color="gray" tt="none">
            {populationLabel(v.status)}
          </Badge>
        </Group>
      </Stack>
    );
  };

  const columns: Column<OverlapRow>[] = whiteSpace
    ? [
        { key: 'partner', header: partnerHeader, sortKey: 'partnerName', render: partnerCell },
        {
          key: 'externalId',
          header: ownVendor ? 'ID in their file' : 'ID in your file',
          render: (r) => r.partnerAccount?.externalId ?? dash,
        },
        { key: 'country', header: 'Country', render: (r) => r.partnerAccount?.country ?? dash },
        { key: 'industry', header: 'Industry', render: (r) => r.partnerAccount?.industry ?? dash },
      ]
    : [
        ...(list === 'co_sell'
          ? [
              {
                key: 'why',
                header: 'Why',
                sortKey: 'priority',
                width: 150,
                render: (r: OverlapRow) =>
                  r.list ? (
                    <Badge variant="light" color={LIST_COLORS[r.list] ?? 'gray'} tt="none">
                      {ROW_LIST_LABELS[r.list] ?? r.list}
                    </Badge>
                  ) : (
                    dash
                  ),
              },
            ]
          : []),
        { key: 'vendor', header: vendorHeader, sortKey: 'vendorName', render: vendorCell },
        { key: 'partner', header: partnerHeader, sortKey: 'partnerName', render: partnerCell },
        {
          key: 'pipeline',
          header: 'Open opportunities',
          render: (r) => pipelineText(r) || dash,
        },
        {
          key: 'where',
          header: 'Country · industry',
          render: (r) => {
            const country = r.vendorAccount?.country ?? r.partnerAccount?.country;
            const industry = r.vendorAccount?.industry ?? r.partnerAccount?.industry;
            return country || industry ? [country, industry].filter(Boolean).join(' · ') : dash;
          },
        },
        {
          key: 'match',
          header: 'Match',
          sortKey: 'confidence',
          render: (r) =>
            r.rule ? (
              <Stack gap={0}>
                <Text size="sm">{RULE_LABELS[r.rule]}</Text>
                {r.confidence !== null ? (
                  <Text size="xs" c="dimmed">
                    {Math.round(r.confidence * 100)}% confidence
                  </Text>
                ) : null}
              </Stack>
            ) : (
              dash
            ),
        },
      ];

  const csvColumns: CsvColumn<OverlapRow>[] = [
    { header: 'list', value: (r) => r.list },
    ...(whiteSpace
      ? []
      : ([
          { header: 'vendor_account_id', value: (r) => r.vendorAccount?.id },
          { header: 'vendor_account', value: (r) => r.vendorAccount?.name },
          { header: 'vendor_domains', value: (r) => r.vendorAccount?.domains.join(' ') },
          { header: 'vendor_status', value: (r) => r.vendorAccount?.status },
          { header: 'vendor_country', value: (r) => r.vendorAccount?.country },
          { header: 'vendor_industry', value: (r) => r.vendorAccount?.industry },
          { header: 'open_opportunities', value: (r) => r.vendorAccount?.openOpportunities },
          { header: 'open_pipeline_minor', value: (r) => r.vendorAccount?.openPipelineMinor },
          { header: 'currency', value: (r) => r.vendorAccount?.currency },
        ] satisfies CsvColumn<OverlapRow>[])),
    { header: 'partner_account_id', value: (r) => r.partnerAccount?.id },
    { header: 'partner_record_id', value: (r) => r.partnerAccount?.externalId },
    { header: 'partner_account', value: (r) => r.partnerAccount?.name },
    { header: 'partner_website', value: (r) => r.partnerAccount?.website },
    { header: 'partner_population', value: (r) => r.partnerAccount?.population },
    { header: 'partner_country', value: (r) => r.partnerAccount?.country },
    { header: 'partner_industry', value: (r) => r.partnerAccount?.industry },
    ...(whiteSpace
      ? []
      : ([
          { header: 'match_rule', value: (r) => r.rule },
          { header: 'confidence', value: (r) => r.confidence },
        ] satisfies CsvColumn<OverlapRow>[])),
  ];
  const fileList =
    list === 'pair' ? `${props.vendorPopulation}-x-${props.partnerPopulation}` : list.replaceAll('_', '-');

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group role="search" aria-label={`Search ${props.caption}`}>
          <SearchBox
            label="Search"
            placeholder={whiteSpace ? 'Account name' : 'Either account name'}
            value={q}
            onSearch={setQ}
          />
        </Group>
        <CsvExportButton
          filename={`mapping-${slug(props.partnerName)}-${fileList}`}
          columns={csvColumns}
          fetchPage={(cursor) => fetchOverlapList({ ...filters, sort, limit: 200, cursor })}
        />
      </Group>
      <DataTable
        caption={props.caption}
        columns={columns}
        rows={rows.items}
        rowId={(row) => rowId(row, rows.items.indexOf(row))}
        sort={sort}
        onSortChange={setSort}
        loading={rows.isLoading}
        error={rows.error}
        onRetry={() => rows.refetch()}
        pagination={rows.pagination}
        empty={
          q ? (
            <EmptyState title="No accounts match this search">
              The search looks at the account names on both sides.
            </EmptyState>
          ) : (
            <EmptyState title={`Nothing in ${LIST_LABELS[list].toLowerCase()} yet`}>
              {whiteSpace
                ? 'Every shared customer on the list is already in the CRM, or no list has been uploaded yet.'
                : 'No accounts of this kind are in common yet. The lists fill in when a partner list is uploaded and matched.'}
            </EmptyState>
          )
        }
      />
    </Stack>
  );
}
