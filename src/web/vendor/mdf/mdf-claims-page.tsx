import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDate, humanize } from '../../shared/format';
import { CLAIM_STATUSES, fetchClaims, MDF_KEY, type MdfClaim } from '../../shared/mdf/mdf-api';
import { ClaimStatusBadge } from '../../shared/mdf/mdf-badges';
import { formatMoney } from '../../shared/money';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { PayClaimDialog } from './pay-claim-dialog';

export function MdfClaimsPage() {
  const can = useCan();
  const [status, setStatus] = useState<string | null>('submitted,approved');
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [sort, setSort] = useState('-submittedAt');
  const [paying, setPaying] = useState<MdfClaim | null>(null);
  const partners = useQuery({
    queryKey: ['partners', 'mdf-picker'],
    queryFn: () => unwrap(api.GET('/api/partners', { params: { query: { sort: 'name', limit: 200 } } })),
  });
  const filters = { ...(status ? { status } : {}), ...(partnerId ? { partnerId } : {}) };
  const list = useCursorList<MdfClaim, typeof filters>({
    key: `${MDF_KEY}-claims`,
    filters,
    sort,
    fetchPage: fetchClaims,
  });
  const columns: Column<MdfClaim>[] = [
    {
      key: 'request',
      header: 'Activity',
      render: (c) => (
        <LinkAnchor to="/console/mdf/requests/$requestId" params={{ requestId: c.requestId }}>
          {c.requestTitle}
        </LinkAnchor>
      ),
    },
    { key: 'partner', header: 'Partner', render: (c) => c.partnerName },
    {
      key: 'amount',
      header: 'Amount',
      sortKey: 'amountMinor',
      align: 'right',
      render: (c) => formatMoney(c.amountMinor, c.currency),
    },
    {
      key: 'results',
      header: 'Results',
      render: (c) => `${c.resultLeads} leads · ${formatMoney(c.resultPipelineMinor, c.currency)}`,
    },
    {
      key: 'proof',
      header: 'Proof',
      render: (c) => `${c.files.length} file${c.files.length === 1 ? '' : 's'}`,
    },
    { key: 'status', header: 'Status', render: (c) => <ClaimStatusBadge status={c.status} /> },
    {
      key: 'submitted',
      header: 'Submitted',
      sortKey: 'submittedAt',
      render: (c) => formatDate(c.submittedAt),
    },
    {
      key: 'actions',
      header: 'Actions',
      render: (c) =>
        c.status === 'approved' && can('mdf.pay') ? (
          <Button size="xs" onClick={() => setPaying(c)}>
            Mark paid
          </Button>
        ) : null,
    },
  ];
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>MDF claims</Title>
          <Text c="dimmed" size="sm">
            Claims with proof of performance: decide them on the request, pay the approved ones here.
          </Text>
        </div>
        <CsvExportButton
          filename="mdf-claims"
          noun={['claim', 'claims']}
          fetchPage={(cursor) => fetchClaims({ ...filters, sort, limit: 200, ...(cursor ? { cursor } : {}) })}
          columns={[
            { header: 'claim_id', value: (c) => c.id },
            { header: 'partner', value: (c) => c.partnerName },
            { header: 'partner_id', value: (c) => c.partnerId },
            { header: 'activity', value: (c) => c.requestTitle },
            { header: 'amount_minor', value: (c) => c.amountMinor },
            { header: 'currency', value: (c) => c.currency },
            { header: 'status', value: (c) => c.status },
            { header: 'approved_at', value: (c) => c.decidedAt },
            { header: 'payment_reference', value: (c) => c.paymentReference },
            { header: 'paid_at', value: (c) => c.paidAt },
          ]}
        />
      </Group>
      <Group>
        <Select
          label="Status"
          clearable
          data={[
            { value: 'submitted,approved', label: 'Open (to decide or pay)' },
            ...CLAIM_STATUSES.map((s) => ({ value: s, label: humanize(s) })),
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
      </Group>
      <DataTable
        caption="MDF claims"
        columns={columns}
        rows={list.items}
        rowId={(c) => c.id}
        sort={sort}
        onSortChange={setSort}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        pagination={list.pagination}
        empty={<EmptyState title="No claims match">Change the filters to see other claims.</EmptyState>}
      />
      {paying ? <PayClaimDialog claim={paying} onClose={() => setPaying(null)} /> : null}
    </Stack>
  );
}
