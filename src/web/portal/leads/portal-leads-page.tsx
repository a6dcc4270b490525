import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCan } from '../../shared/auth/permissions';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { SearchBox } from '../../shared/form/search-box';
import { formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { LeadStatusBadge, timeLeft } from '../../shared/leads/lead-status';
import { fetchLeads, LEADS_KEY, type Lead } from '../../shared/leads/leads-api';
import { formatMoney } from '../../shared/money';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { useLeadAnswers } from './use-lead-answers';

const amount = (l: Lead) =>
  l.estimatedAmountMinor !== null && l.currency ? formatMoney(l.estimatedAmountMinor, l.currency) : '—';

const companyColumn: Column<Lead> = {
  key: 'company',
  header: 'Company',
  sortKey: 'companyName',
  render: (l) => (
    <Stack gap={0}>
      <LinkAnchor to="/portal/leads/$leadId" params={{ leadId: l.id }} size="sm" fw={500}>
        {l.companyName}
      </LinkAnchor>
      <Text size="xs" c="dimmed">
        {l.contactName}
        {l.contactTitle ? ` · ${l.contactTitle}` : ''}
      </Text>
    </Stack>
  ),
};

const CSV_COLUMNS = [
  { header: 'Company', value: (l: Lead) => l.companyName },
  { header: 'Contact', value: (l: Lead) => l.contactName },
  { header: 'Email', value: (l: Lead) => l.contactEmail },
  { header: 'Phone', value: (l: Lead) => l.contactPhone },
  { header: 'Country', value: (l: Lead) => l.country ?? '' },
  { header: 'Interests', value: (l: Lead) => l.interests.join('; ') },
  { header: 'Status', value: (l: Lead) => l.status },
  { header: 'Estimated amount', value: amount },
  { header: 'Received', value: (l: Lead) => l.createdAt },
];

/** A partner's leads: offers waiting for an answer within the SLA, and the leads it has accepted. */
export function PortalLeadsPage() {
  const can = useCan();
  const canRespond = can('leads.respond');
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();
  const q = search.q ?? '';
  const sort = search.sort ?? '-createdAt';
  const answers = useLeadAnswers();

  const offers = useCursorList({
    key: LEADS_KEY,
    filters: { status: 'offered', ...(q ? { q } : {}) },
    sort: 'createdAt',
    fetchPage: (params) => fetchLeads(params),
  });
  const heldFilters = { status: 'accepted,converted', ...(q ? { q } : {}) };
  const held = useCursorList({
    key: LEADS_KEY,
    filters: heldFilters,
    sort,
    fetchPage: (params) => fetchLeads(params),
  });

  const offerColumns: Column<Lead>[] = [
    // Offers are listed oldest first (the most urgent on top), not sortable.
    { ...companyColumn, sortKey: undefined },
    { key: 'region', header: 'Country', render: (l) => l.country ?? '—' },
    { key: 'interests', header: 'Interests', render: (l) => l.interests.join(', ') || '—' },
    { key: 'amount', header: 'Estimated', align: 'right', render: amount },
    {
      key: 'due',
      header: 'Time to answer',
      render: (l) => {
        const left = timeLeft(l.offerDueAt);
        return left ? (
          <Text size="sm" c={left.urgent ? 'red' : undefined} fw={left.urgent ? 600 : undefined}>
            {left.label}
          </Text>
        ) : (
          '—'
        );
      },
    },
    ...(canRespond
      ? [
          {
            key: 'actions',
            header: 'Answer',
            render: (l: Lead) => (
              <Group gap={4} wrap="nowrap">
                <Button
                  size="compact-xs"
                  leftSection={<IconCheck size={12} />}
                  loading={answers.busyId === l.id}
                  onClick={() => void answers.accept(l)}
                  aria-label={`Accept ${l.companyName}`}
                >
                  Accept
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconX size={12} />}
                  onClick={() => answers.decline(l)}
                  aria-label={`Decline ${l.companyName}`}
                >
                  Decline
                </Button>
              </Group>
            ),
          },
        ]
      : []),
  ];

  const heldColumns: Column<Lead>[] = [
    companyColumn,
    { key: 'status', header: 'Status', render: (l) => <LeadStatusBadge status={l.status} /> },
    { key: 'interests', header: 'Interests', render: (l) => l.interests.join(', ') || '—' },
    { key: 'amount', header: 'Estimated', align: 'right', render: amount },
    { key: 'updated', header: 'Last change', sortKey: 'updatedAt', render: (l) => formatDate(l.updatedAt) },
  ];

  return (
    <Stack>
      <PageHeader
        title="Leads"
        description="Buyers the vendor sends you. Accept or decline each offer before its time runs out; otherwise it goes to another partner."
        actions={
          <SearchBox
            label="Search"
            placeholder="Company or contact"
            value={q}
            onSearch={(value) =>
              void navigate({
                to: '/portal/leads',
                search: { ...search, q: value || undefined } as never,
                replace: true,
              })
            }
          />
        }
      />
      <Title order={4}>Waiting for your answer</Title>
      <DataTable
        caption="Lead offers waiting for an answer"
        columns={offerColumns}
        rows={offers.items}
        rowId={(l) => l.id}
        loading={offers.isLoading}
        error={offers.error}
        onRetry={() => offers.refetch()}
        pagination={offers.pagination}
        empty={
          <EmptyState title="No offers waiting">
            New leads for your company appear here, with the time you have to accept or decline them.
          </EmptyState>
        }
      />
      <Group justify="space-between" align="flex-end">
        <Title order={4}>Your leads</Title>
        <CsvExportButton
          filename="my-leads"
          noun={['lead', 'leads']}
          columns={CSV_COLUMNS}
          fetchPage={(cursor) =>
            fetchLeads({ ...heldFilters, sort, limit: 200, ...(cursor ? { cursor } : {}) })
          }
        />
      </Group>
      <DataTable
        caption="Leads your company accepted"
        columns={heldColumns}
        rows={held.items}
        rowId={(l) => l.id}
        sort={sort}
        onSortChange={(s) =>
          void navigate({ to: '/portal/leads', search: { ...search, sort: s } as never, replace: true })
        }
        loading={held.isLoading}
        error={held.error}
        onRetry={() => held.refetch()}
        pagination={held.pagination}
        empty={
          <EmptyState title="No accepted leads yet">
            Leads you accept stay here until you convert them into deal registrations.
          </EmptyState>
        }
      />
      {answers.dialog}
    </Stack>
  );
}
