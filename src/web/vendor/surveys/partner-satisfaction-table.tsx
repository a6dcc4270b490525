import { Group, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { SearchBox } from '../../shared/form/search-box';
import { humanize, typeLabel } from '../../shared/format';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import {
  fetchPartnerSatisfaction,
  formatPercent,
  formatPnps,
  type PartnerSatisfaction,
  type PartnerSatisfactionQuery,
  SURVEYS_KEY,
} from './surveys-api';

const REGIONS = ['NA', 'LATAM', 'EMEA', 'APAC'] as const;
const TYPES = ['reseller', 'si', 'isv', 'msp', 'referral', 'cloud_marketplace'] as const;

type Filters = Omit<PartnerSatisfactionQuery, 'sort' | 'limit' | 'cursor'>;

/** Per partner: PSAT, pNPS, responses and engagement — sortable, filterable and exportable. */
export function PartnerSatisfactionTable({ range }: { range: { from?: string; to?: string } }) {
  const [sort, setSort] = useState('-responses');
  const [q, setQ] = useState('');
  const [tier, setTier] = useState('');
  const [region, setRegion] = useState<Filters['region'] | null>(null);
  const [type, setType] = useState<Filters['type'] | null>(null);
  const [asOf, setAsOf] = useState('');
  const filters: Filters = {
    ...range,
    ...(q ? { q } : {}),
    ...(tier ? { tier } : {}),
    ...(region ? { region } : {}),
    ...(type ? { type } : {}),
    ...(asOf ? { asOf } : {}),
  };
  const list = useCursorList({
    key: `${SURVEYS_KEY}-partners`,
    filters,
    sort,
    fetchPage: (params) =>
      fetchPartnerSatisfaction({ ...params, sort: params.sort as PartnerSatisfactionQuery['sort'] }),
  });

  const columns: Column<PartnerSatisfaction>[] = [
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
    { key: 'tier', header: 'Tier', render: (p) => (p.tier ? humanize(p.tier) : '—') },
    { key: 'regions', header: 'Region', render: (p) => p.regions.join(', ') || '—' },
    { key: 'type', header: 'Type', render: (p) => typeLabel(p.type) },
    { key: 'psat', header: 'PSAT', sortKey: 'psat', align: 'right', render: (p) => formatPercent(p.psat) },
    { key: 'pnps', header: 'pNPS', sortKey: 'pnps', align: 'right', render: (p) => formatPnps(p.pnps) },
    {
      key: 'responses',
      header: 'Responses',
      sortKey: 'responses',
      align: 'right',
      render: (p) => p.responses,
    },
    {
      key: 'engagementScore',
      header: 'Engagement',
      sortKey: 'engagementScore',
      align: 'right',
      render: (p) => (
        <Text
          size="sm"
          title={`${p.activeUsers} of ${p.enabledUsers} users active on ${p.activeDays} days, ${p.areas} areas`}
        >
          {p.engagementScore}
        </Text>
      ),
    },
  ];

  return (
    <>
      <Group mb="md" align="flex-end" wrap="wrap">
        <SearchBox value={q} onSearch={setQ} label="Partner" placeholder="Name contains" width={220} />
        <TextInput
          label="Tier"
          placeholder="e.g. gold"
          value={tier}
          onChange={(e) => setTier(e.currentTarget.value.trim().toLowerCase())}
          w={130}
        />
        <Select
          label="Region"
          placeholder="Any region"
          clearable
          data={[...REGIONS]}
          value={region ?? null}
          onChange={(v) => setRegion(v as Filters['region'] | null)}
          w={150}
        />
        <Select
          label="Type"
          placeholder="Any type"
          clearable
          data={TYPES.map((t) => ({ value: t, label: typeLabel(t) }))}
          value={type ?? null}
          onChange={(v) => setType(v as Filters['type'] | null)}
          w={180}
        />
        <TextInput
          label="Engagement as of"
          type="date"
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
          w={170}
        />
        <CsvExportButton
          filename="partner-satisfaction"
          noun={['partner', 'partners']}
          fetchPage={(cursor) =>
            fetchPartnerSatisfaction({
              ...filters,
              sort: sort as PartnerSatisfactionQuery['sort'],
              limit: 200,
              ...(cursor ? { cursor } : {}),
            })
          }
          columns={[
            { header: 'Partner', value: (p) => p.partnerName },
            { header: 'Tier', value: (p) => p.tier },
            { header: 'Regions', value: (p) => p.regions.join(' ') },
            { header: 'Type', value: (p) => p.type },
            { header: 'Stage', value: (p) => p.stage },
            { header: 'PSAT %', value: (p) => p.psat },
            { header: 'PSAT answers', value: (p) => p.psatAnswers },
            { header: 'pNPS', value: (p) => p.pnps },
            { header: 'Responses', value: (p) => p.responses },
            { header: 'Promoters', value: (p) => p.promoters },
            { header: 'Detractors', value: (p) => p.detractors },
            { header: 'Engagement score', value: (p) => p.engagementScore },
            { header: 'Active users', value: (p) => p.activeUsers },
            { header: 'Enabled users', value: (p) => p.enabledUsers },
            { header: 'Active days', value: (p) => p.activeDays },
            { header: 'Areas used', value: (p) => p.areas },
          ]}
        />
      </Group>
      <DataTable
        caption="Satisfaction and engagement per partner"
        columns={columns}
        rows={list.items}
        rowId={(p) => p.partnerId}
        sort={sort}
        onSortChange={setSort}
        loading={list.isLoading}
        error={list.error}
        onRetry={list.refetch}
        pagination={list.pagination}
        empty={<EmptyState title="No partner matches">Try other filters.</EmptyState>}
      />
    </>
  );
}
