import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { SearchBox } from '../../shared/form/search-box';
import { formatDate, humanize } from '../../shared/format';
import { fetchRequests, MDF_KEY, type MdfRequest, REQUEST_STATUSES } from '../../shared/mdf/mdf-api';
import { RequestStatusBadge } from '../../shared/mdf/mdf-badges';
import { formatMoney } from '../../shared/money';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';

const statusLabel = (s: string) => (s === 'manager_approved' ? 'Waiting for finance' : humanize(s));

export function MdfRequestsPage() {
  const [status, setStatus] = useState<string | null>('submitted,manager_approved');
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [sort, setSort] = useState('-createdAt');
  const partners = useQuery({
    queryKey: ['partners', 'mdf-picker'],
    queryFn: () => unwrap(api.GET('/api/partners', { params: { query: { sort: 'name', limit: 200 } } })),
  });
  const filters = {
    ...(status ? { status } : {}),
    ...(partnerId ? { partnerId } : {}),
    ...(q ? { q } : {}),
  };
  const list = useCursorList<MdfRequest, typeof filters>({
    key: `${MDF_KEY}-requests`,
    filters,
    sort,
    fetchPage: fetchRequests,
  });
  const columns: Column<MdfRequest>[] = [
    {
      key: 'title',
      header: 'Activity',
      sortKey: 'title',
      render: (r) => (
        <LinkAnchor to="/console/mdf/requests/$requestId" params={{ requestId: r.id }}>
          {r.title}
        </LinkAnchor>
      ),
    },
    { key: 'partner', header: 'Partner', render: (r) => r.partnerName },
    { key: 'type', header: 'Type', render: (r) => humanize(r.activityType) },
    { key: 'starts', header: 'Dates', sortKey: 'startsOn', render: (r) => `${r.startsOn} – ${r.endsOn}` },
    {
      key: 'amount',
      header: 'Requested',
      sortKey: 'requestedMinor',
      align: 'right',
      render: (r) => formatMoney(r.requestedMinor, r.currency),
    },
    { key: 'status', header: 'Status', render: (r) => <RequestStatusBadge status={r.status} /> },
    { key: 'created', header: 'Created', sortKey: 'createdAt', render: (r) => formatDate(r.createdAt) },
  ];
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>MDF requests</Title>
          <Text c="dimmed" size="sm">
            The approval queue: partner managers first, finance for amounts above a budget's threshold.
          </Text>
        </div>
        <CsvExportButton
          filename="mdf-requests"
          noun={['request', 'requests']}
          fetchPage={(cursor) =>
            fetchRequests({ ...filters, sort, limit: 200, ...(cursor ? { cursor } : {}) })
          }
          columns={[
            { header: 'id', value: (r) => r.id },
            { header: 'partner', value: (r) => r.partnerName },
            { header: 'budget', value: (r) => r.budgetName },
            { header: 'title', value: (r) => r.title },
            { header: 'activity_type', value: (r) => r.activityType },
            { header: 'starts_on', value: (r) => r.startsOn },
            { header: 'ends_on', value: (r) => r.endsOn },
            { header: 'requested_minor', value: (r) => r.requestedMinor },
            { header: 'approved_minor', value: (r) => r.approvedMinor },
            { header: 'currency', value: (r) => r.currency },
            { header: 'status', value: (r) => r.status },
          ]}
        />
      </Group>
      <Group>
        <Select
          label="Status"
          clearable
          data={[
            { value: 'submitted,manager_approved', label: 'Waiting for approval' },
            ...REQUEST_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
          ]}
          value={status}
          onChange={setStatus}
        />
        <Select
          label="Partner"
          clearable
          searchable
          data={(partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={partnerId}
          onChange={setPartnerId}
        />
        <SearchBox value={q} onSearch={setQ} label="Title contains" placeholder="Roadshow" />
      </Group>
      <DataTable
        caption="MDF requests"
        columns={columns}
        rows={list.items}
        rowId={(r) => r.id}
        sort={sort}
        onSortChange={setSort}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        pagination={list.pagination}
        empty={<EmptyState title="No requests match">Change the filters to see other requests.</EmptyState>}
      />
    </Stack>
  );
}
