import { Anchor, Button, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { IconFileImport, IconPlus, IconRoute, IconSettings } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { SearchBox } from '../../shared/form/search-box';
import { formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import {
  LEAD_STATUSES,
  LeadStatusBadge,
  leadStatusLabel,
  SOURCE_LABELS,
  timeLeft,
} from '../../shared/leads/lead-status';
import { fetchLeads, LEADS_KEY, type Lead, type LeadListQuery } from '../../shared/leads/leads-api';
import { formatMoney } from '../../shared/money';
import { LinkAnchor, LinkButton } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { ImportLeadsDialog } from './import-leads-dialog';
import { NewLeadDialog } from './new-lead-dialog';
import { RoutePreviewDialog } from './route-preview-dialog';

const SORTS = ['createdAt', 'updatedAt', 'companyName', 'score'];
const REGIONS = ['NA', 'LATAM', 'EMEA', 'APAC'] as const;

const CSV_COLUMNS = [
  { header: 'Company', value: (l: Lead) => l.companyName },
  { header: 'Domain', value: (l: Lead) => l.domain ?? '' },
  { header: 'Contact', value: (l: Lead) => l.contactName },
  { header: 'Email', value: (l: Lead) => l.contactEmail },
  { header: 'Country', value: (l: Lead) => l.country ?? '' },
  { header: 'Region', value: (l: Lead) => l.region ?? '' },
  { header: 'Interests', value: (l: Lead) => l.interests.join('; ') },
  { header: 'Score', value: (l: Lead) => String(l.score) },
  { header: 'Source', value: (l: Lead) => l.source },
  { header: 'Status', value: (l: Lead) => l.status },
  { header: 'Partner', value: (l: Lead) => l.partnerName ?? '' },
  { header: 'Account', value: (l: Lead) => l.accountName ?? '' },
  {
    header: 'Estimated amount',
    value: (l: Lead) =>
      l.estimatedAmountMinor !== null && l.currency ? formatMoney(l.estimatedAmountMinor, l.currency) : '',
  },
  { header: 'Created', value: (l: Lead) => l.createdAt },
];

function usePartnerOptions() {
  return useQuery({
    queryKey: ['partners', 'lead-filter-options'],
    queryFn: () =>
      unwrap(api.GET('/api/partners', { params: { query: { stage: 'active', sort: 'name', limit: 200 } } })),
    select: (page) => page.items.map((p) => ({ value: p.id, label: p.name })),
  });
}

/** The vendor's lead pool: every lead, filtered, searched and sorted, with entry, import and routing. */
export function LeadsPage() {
  const can = useCan();
  const search = useSearch({ strict: false }) as Record<string, string | undefined>;
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'new' | 'import' | 'route' | null>(null);
  const partners = usePartnerOptions();

  function set(patch: Record<string, string | null | undefined>) {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...search, ...patch })) if (value) next[key] = value;
    void navigate({ to: '/console/leads', search: next, replace: true });
  }
  const sort = SORTS.some((s) => search.sort === s || search.sort === `-${s}`) ? search.sort! : '-createdAt';
  const statuses = (search.status ?? '').split(',').filter((s) => (LEAD_STATUSES as string[]).includes(s));
  const filters: Omit<LeadListQuery, 'sort' | 'limit' | 'cursor'> = {
    ...(statuses.length ? { status: statuses.join(',') } : {}),
    ...(search.source && search.source in SOURCE_LABELS
      ? { source: search.source as LeadListQuery['source'] }
      : {}),
    ...(search.partnerId ? { partnerId: search.partnerId } : {}),
    ...(REGIONS.includes(search.region as never) ? { region: search.region as LeadListQuery['region'] } : {}),
    ...(search.q ? { q: search.q } : {}),
  };
  const filtered = Object.keys(filters).length > 0;
  const list = useCursorList({ key: LEADS_KEY, filters, sort, fetchPage: (params) => fetchLeads(params) });

  const columns: Column<Lead>[] = [
    {
      key: 'company',
      header: 'Company',
      sortKey: 'companyName',
      render: (l) => (
        <Stack gap={0}>
          <LinkAnchor to="/console/leads/$leadId" params={{ leadId: l.id }} size="sm" fw={500}>
            {l.companyName}
          </LinkAnchor>
          <Text size="xs" c="dimmed">
            {l.contactName} · {l.contactEmail}
          </Text>
        </Stack>
      ),
    },
    { key: 'region', header: 'Region', render: (l) => l.region ?? '—' },
    { key: 'source', header: 'Source', render: (l) => SOURCE_LABELS[l.source] },
    { key: 'score', header: 'Score', sortKey: 'score', align: 'right', render: (l) => l.score },
    { key: 'status', header: 'Status', render: (l) => <LeadStatusBadge status={l.status} /> },
    {
      key: 'partner',
      header: 'Partner',
      render: (l) =>
        l.partnerId ? (
          <Stack gap={0}>
            <Text size="sm">{l.partnerName}</Text>
            {l.offerDueAt ? (
              <Text size="xs" c={timeLeft(l.offerDueAt)?.urgent ? 'red' : 'dimmed'}>
                {timeLeft(l.offerDueAt)?.label}
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Text c="dimmed">—</Text>
        ),
    },
    { key: 'account', header: 'Account', render: (l) => l.accountName ?? <Text c="dimmed">—</Text> },
    { key: 'created', header: 'Received', sortKey: 'createdAt', render: (l) => formatDate(l.createdAt) },
  ];

  return (
    <Stack>
      <PageHeader
        title="Leads"
        description="Leads from campaigns, imports and your team: matched to accounts, deduplicated, and offered to partners by the routing rules."
        actions={
          <>
            {can('leads.route') ? (
              <LinkButton
                to="/console/leads/routing"
                variant="default"
                leftSection={<IconSettings size={16} />}
              >
                Routing rules
              </LinkButton>
            ) : null}
            {can('leads.route') ? (
              <Button
                variant="light"
                leftSection={<IconRoute size={16} />}
                onClick={() => setDialog('route')}
              >
                Route pending leads
              </Button>
            ) : null}
            {can('leads.import') ? (
              <Button
                variant="default"
                leftSection={<IconFileImport size={16} />}
                onClick={() => setDialog('import')}
              >
                Import
              </Button>
            ) : null}
            {can('leads.write') ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog('new')}>
                New lead
              </Button>
            ) : null}
          </>
        }
      />
      <Group align="flex-end" wrap="wrap" justify="space-between">
        <Group align="flex-end" wrap="wrap">
          <SearchBox
            label="Search"
            placeholder="Company, contact or domain"
            value={search.q ?? ''}
            onSearch={(q) => set({ q })}
          />
          <MultiSelect
            label="Status"
            placeholder={statuses.length ? undefined : 'Any'}
            data={LEAD_STATUSES.map((s) => ({ value: s, label: leadStatusLabel(s) }))}
            value={statuses}
            onChange={(v) => set({ status: v.join(',') })}
            clearable
            w={{ base: '100%', sm: 240 }}
          />
          <Select
            label="Source"
            placeholder="Any"
            data={Object.entries(SOURCE_LABELS).map(([value, label]) => ({ value, label }))}
            value={filters.source ?? null}
            onChange={(v) => set({ source: v })}
            clearable
            w={140}
          />
          <Select
            label="Region"
            placeholder="Any"
            data={[...REGIONS]}
            value={filters.region ?? null}
            onChange={(v) => set({ region: v })}
            clearable
            w={120}
          />
          <Select
            label="Partner"
            placeholder="Any"
            data={partners.data ?? []}
            value={filters.partnerId ?? null}
            onChange={(v) => set({ partnerId: v })}
            searchable
            clearable
            w={220}
          />
        </Group>
        <CsvExportButton
          filename="leads"
          noun={['lead', 'leads']}
          columns={CSV_COLUMNS}
          fetchPage={(cursor) => fetchLeads({ ...filters, sort, limit: 200, ...(cursor ? { cursor } : {}) })}
        />
      </Group>
      <DataTable
        caption="Leads"
        columns={columns}
        rows={list.items}
        rowId={(l) => l.id}
        sort={sort}
        onSortChange={(s) => set({ sort: s })}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        pagination={list.pagination}
        empty={
          filtered ? (
            <EmptyState
              title="No leads match these filters"
              action={
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => void navigate({ to: '/console/leads', search: {} })}
                >
                  Clear filters
                </Anchor>
              }
            />
          ) : (
            <EmptyState title="No leads yet">
              Leads arrive from partners’ campaign landing pages, from a CSV import, or by hand with “New
              lead”.
            </EmptyState>
          )
        }
      />
      <NewLeadDialog opened={dialog === 'new'} onClose={() => setDialog(null)} />
      <ImportLeadsDialog opened={dialog === 'import'} onClose={() => setDialog(null)} />
      <RoutePreviewDialog opened={dialog === 'route'} onClose={() => setDialog(null)} />
    </Stack>
  );
}
