import { Badge, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { SearchBox } from '../../shared/form/search-box';
import { api, unwrap } from '../api/client';
import type { CsvColumn } from '../data-table/csv-export';
import { type Column, DataTable } from '../data-table/data-table';
import { useCursorList } from '../data-table/use-cursor-list';
import { formatDate, formatNumber } from '../format';
import { EmptyState } from '../states/states';
import { PARTNER_ACCOUNTS_KEY, type PartnerAccount, populationLabel } from './mapping-api';

type Sort = 'name' | '-name' | 'updatedAt' | '-updatedAt';
type Matched = 'all' | 'true' | 'false';
type PopulationFilter = 'customer' | 'prospect';

interface Filters {
  partnerId: string;
  q: string | undefined;
  population: PopulationFilter | undefined;
  matched: 'true' | 'false' | undefined;
}

const fetchAccounts = ({ partnerId, ...query }: Filters & { sort: Sort; limit: number; cursor?: string }) =>
  unwrap(
    api.GET('/api/mapping/partners/{id}/accounts', {
      params: {
        path: { id: partnerId },
        query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as typeof query,
      },
    }),
  );

/** The partner's own uploaded list, with how many of the vendor's CRM accounts each one matched. */
export function PartnerAccountsTable({ partnerId }: { partnerId: string }) {
  const [q, setQ] = useState('');
  const [matched, setMatched] = useState<Matched>('all');
  const [population, setPopulation] = useState<PopulationFilter | null>(null);
  const [sort, setSort] = useState<Sort>('name');
  const filters: Filters = {
    partnerId,
    q: q || undefined,
    population: population ?? undefined,
    matched: matched === 'all' ? undefined : matched,
  };
  const list = useCursorList({
    key: PARTNER_ACCOUNTS_KEY,
    filters,
    sort,
    fetchPage: (params) => fetchAccounts({ ...params, sort }),
  });
  const filtered = Boolean(q) || matched !== 'all' || population !== null;

  const columns: Column<PartnerAccount>[] = [
    {
      key: 'name',
      header: 'Account',
      sortKey: 'name',
      render: (a) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {a.name}
          </Text>
          {a.website || a.domain ? (
            <Text size="xs" c="dimmed">
              {a.website ?? a.domain}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { key: 'externalId', header: 'Record ID', render: (a) => a.externalId },
    {
      key: 'population',
      header: 'Population',
      render: (a) => (
        <Badge variant="outline" color="gray" tt="none">
          {populationLabel(a.population)}
        </Badge>
      ),
    },
    { key: 'country', header: 'Country', render: (a) => a.country ?? <Text c="dimmed">—</Text> },
    { key: 'industry', header: 'Industry', render: (a) => a.industry ?? <Text c="dimmed">—</Text> },
    {
      key: 'matches',
      header: 'In the vendor’s CRM',
      render: (a) =>
        a.matches > 0 ? (
          <Badge variant="light" color="teal" tt="none">
            Matched{a.matches > 1 ? ` (${formatNumber(a.matches)} accounts)` : ''}
          </Badge>
        ) : (
          <Badge variant="light" color="gray" tt="none">
            Not matched
          </Badge>
        ),
    },
    { key: 'updated', header: 'Updated', sortKey: 'updatedAt', render: (a) => formatDate(a.updatedAt) },
  ];

  const csvColumns: CsvColumn<PartnerAccount>[] = [
    { header: 'record_id', value: (a) => a.externalId },
    { header: 'name', value: (a) => a.name },
    { header: 'website', value: (a) => a.website },
    { header: 'domain', value: (a) => a.domain },
    { header: 'population', value: (a) => a.population },
    { header: 'country', value: (a) => a.country },
    { header: 'industry', value: (a) => a.industry },
    { header: 'vendor_matches', value: (a) => a.matches },
    { header: 'updated_at', value: (a) => a.updatedAt },
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter your accounts">
          <SearchBox label="Search" placeholder="Account name or domain" value={q} onSearch={setQ} />
          <Select
            label="Population"
            placeholder="Any"
            data={[
              { value: 'customer', label: 'Customers' },
              { value: 'prospect', label: 'Prospects' },
            ]}
            value={population}
            onChange={(v) => setPopulation(v as PopulationFilter | null)}
            clearable
            w={{ base: '100%', xs: 160 }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="matched-filter-label">
              Matched
            </Text>
            <SegmentedControl
              aria-labelledby="matched-filter-label"
              value={matched}
              onChange={(v) => setMatched(v as Matched)}
              data={[
                { value: 'all', label: 'All' },
                { value: 'true', label: 'Matched' },
                { value: 'false', label: 'Not matched' },
              ]}
            />
          </Stack>
          {filtered ? (
            <Button
              variant="subtle"
              leftSection={<IconX size={14} />}
              onClick={() => {
                setQ('');
                setMatched('all');
                setPopulation(null);
              }}
            >
              Clear filters
            </Button>
          ) : null}
        </Group>
        <CsvExportButton
          filename="my-account-list"
          columns={csvColumns}
          fetchPage={(cursor) => fetchAccounts({ ...filters, sort, limit: 200, cursor })}
        />
      </Group>
      <DataTable
        caption="Your uploaded accounts"
        columns={columns}
        rows={list.items}
        rowId={(a) => a.id}
        sort={sort}
        onSortChange={(s) => setSort(s as Sort)}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        pagination={list.pagination}
        empty={
          filtered ? (
            <EmptyState title="No accounts match these filters" />
          ) : (
            <EmptyState title="No list uploaded yet">
              Upload your customers and prospects under Uploads to see which ones the vendor knows.
            </EmptyState>
          )
        }
      />
    </Stack>
  );
}
