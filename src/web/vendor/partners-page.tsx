import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { CsvExportButton } from '../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../shared/data-table/data-table';
import { useCursorList } from '../shared/data-table/use-cursor-list';
import { formatDate, typeLabel } from '../shared/format';
import { PageHeader } from '../shared/layout/page-header';
import { EmptyState } from '../shared/states/states';
import { FitScore, StageBadge } from './badges';
import { NewPartnerDialog } from './partner-create-dialog';
import { PARTNER_FILTER_KEYS, PartnerFilters, partnerQueryFrom } from './partner-filters';
import { type User, useVendorUsers } from './queries';
import { useUrlFilters } from './url-filters';

type Partner = Schemas['Partner'];

const SORTS = ['name', '-name', 'createdAt', '-createdAt', 'fitScore', '-fitScore'] as const;
type Sort = (typeof SORTS)[number];

const fetchPartners = (
  query: ReturnType<typeof partnerQueryFrom> & { sort: Sort; limit: number; cursor?: string },
) => unwrap(api.GET('/api/partners', { params: { query } }));

/** Partners and prospects: search, filters and sort kept in the URL, cursor paging, CSV export. */
export function PartnersPage() {
  const can = useCan();
  const withOwner = can('users.read');
  const { search, set, clear } = useUrlFilters('/console/partners');
  const [creating, setCreating] = useState(false);
  const filters = partnerQueryFrom(search);
  const sort: Sort = (SORTS as readonly string[]).includes(search.sort ?? '')
    ? (search.sort as Sort)
    : 'name';
  const list = useCursorList({
    key: 'partners',
    filters,
    sort,
    fetchPage: (params) => fetchPartners({ ...params, sort }),
  });
  const users = useVendorUsers(withOwner);
  const ownerName = (id: string | null) => users.data?.find((u: User) => u.id === id)?.name ?? '';
  const filtered = PARTNER_FILTER_KEYS.some((k) => search[k]);

  const columns: Column<Partner>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (p) => (
        <Stack gap={0}>
          <Link to="/console/partners/$partnerId" params={{ partnerId: p.id }} className="table-link">
            {p.name}
          </Link>
          {p.domains[0] ? (
            <Text size="xs" c="dimmed">
              {p.domains[0]}
              {p.domains.length > 1 ? ` +${p.domains.length - 1}` : ''}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { key: 'type', header: 'Type', render: (p) => typeLabel(p.type) },
    { key: 'stage', header: 'Stage', render: (p) => <StageBadge stage={p.stage} /> },
    { key: 'tier', header: 'Tier', render: (p) => p.tier ?? <Text c="dimmed">—</Text> },
    { key: 'regions', header: 'Regions', render: (p) => p.regions.join(', ') || <Text c="dimmed">—</Text> },
    ...(withOwner
      ? [
          {
            key: 'owner',
            header: 'Owner',
            render: (p: Partner) => ownerName(p.ownerId) || <Text c="dimmed">—</Text>,
          },
        ]
      : []),
    { key: 'fit', header: 'IPP fit', sortKey: 'fitScore', render: (p) => <FitScore score={p.fitScore} /> },
    { key: 'created', header: 'Added', sortKey: 'createdAt', render: (p) => formatDate(p.createdAt) },
  ];

  const csvColumns = [
    { header: 'id', value: (p: Partner) => p.id },
    { header: 'name', value: (p: Partner) => p.name },
    { header: 'type', value: (p: Partner) => p.type },
    { header: 'stage', value: (p: Partner) => p.stage },
    { header: 'tier', value: (p: Partner) => p.tier },
    { header: 'fit_score', value: (p: Partner) => p.fitScore },
    { header: 'website', value: (p: Partner) => p.website },
    { header: 'domains', value: (p: Partner) => p.domains.join(' ') },
    { header: 'regions', value: (p: Partner) => p.regions.join(' ') },
    { header: 'specializations', value: (p: Partner) => p.specializations.join(' ') },
    { header: 'country', value: (p: Partner) => p.country },
    { header: 'employees', value: (p: Partner) => p.employees },
    ...(withOwner ? [{ header: 'owner', value: (p: Partner) => ownerName(p.ownerId) }] : []),
    { header: 'owner_id', value: (p: Partner) => p.ownerId },
    { header: 'created_at', value: (p: Partner) => p.createdAt },
  ];

  return (
    <>
      <PageHeader
        title="Partners"
        description="Partners and recruiting prospects, with their lifecycle stage and fit to your ideal partner profile."
        actions={
          <>
            <CsvExportButton
              filename="partners"
              columns={csvColumns}
              fetchPage={(cursor) => fetchPartners({ ...filters, sort, limit: 200, cursor })}
            />
            {can('partners.create') ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New partner
              </Button>
            ) : null}
          </>
        }
      />
      <Paper withBorder radius="md" p="md">
        <PartnerFilters search={search} set={set} clear={() => clear()} withOwner={withOwner} />
        <DataTable
          caption="Partners"
          columns={columns}
          rows={list.items}
          rowId={(p) => p.id}
          sort={sort}
          onSortChange={(s) => set({ sort: s })}
          loading={list.isLoading}
          error={list.error}
          onRetry={() => list.refetch()}
          pagination={list.pagination}
          empty={
            filtered ? (
              <EmptyState
                title="No partners match these filters"
                action={
                  <Button variant="light" onClick={() => clear()}>
                    Clear filters
                  </Button>
                }
              >
                Try a shorter search or fewer filters.
              </EmptyState>
            ) : (
              <EmptyState
                title="No partners yet"
                action={
                  can('partners.create') ? (
                    <Group>
                      <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                        Add your first partner
                      </Button>
                    </Group>
                  ) : null
                }
              >
                Partners and recruiting prospects you add appear here, each scored against your ideal partner
                profile.
              </EmptyState>
            )
          }
        />
      </Paper>
      <NewPartnerDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
