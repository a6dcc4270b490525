import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import type { Column } from '../../shared/data-table/data-table';
import { DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { SearchBox } from '../../shared/form/search-box';
import { formatDate, formatNumber, humanize, typeLabel } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { KindBadge, TemplateStatusBadge } from '../../shared/marketing/campaign-badges';
import {
  type CampaignTemplate,
  fetchTemplates,
  KIND_LABELS,
  TEMPLATE_KINDS,
  TEMPLATE_STATUSES,
  type TemplateQuery,
} from '../../shared/marketing/marketing-api';
import { pick, useMarketingSearch } from '../../shared/marketing/use-marketing-search';
import { EmptyState } from '../../shared/states/states';
import { MarketingTabs } from './marketing-tabs';
import { NewTemplateDialog } from './new-template-dialog';

const SORTS = ['name', 'createdAt', 'updatedAt'];

function audienceText(t: CampaignTemplate): string {
  const types = t.audience.partnerTypes.map(typeLabel).join(', ');
  const tiers = t.audience.tiers.map(humanize).join(', ');
  if (!types && !tiers) return 'All partners';
  return [types, tiers && `tiers ${tiers}`].filter(Boolean).join(' · ');
}

const columns: Column<CampaignTemplate>[] = [
  {
    key: 'name',
    header: 'Template',
    sortKey: 'name',
    width: '32%',
    render: (t) => (
      <Stack gap={0}>
        <Link
          to="/console/marketing/templates/$templateId"
          params={{ templateId: t.id }}
          className="table-link"
        >
          {t.name}
        </Link>
        {t.description ? (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {t.description}
          </Text>
        ) : null}
      </Stack>
    ),
  },
  { key: 'kind', header: 'Kind', render: (t) => <KindBadge kind={t.kind} /> },
  { key: 'status', header: 'Status', render: (t) => <TemplateStatusBadge status={t.status} /> },
  { key: 'audience', header: 'Audience', render: (t) => <Text size="sm">{audienceText(t)}</Text> },
  { key: 'campaigns', header: 'Campaigns', align: 'right', render: (t) => formatNumber(t.campaignCount) },
  { key: 'updatedAt', header: 'Updated', sortKey: 'updatedAt', render: (t) => formatDate(t.updatedAt) },
];

/** The vendor's campaign templates: what partners co-brand. */
export function MarketingTemplatesPage() {
  const can = useCan();
  const { search, set } = useMarketingSearch('/console/marketing');
  const [creating, setCreating] = useState(false);
  const sortKey = search.sort?.replace(/^-/, '');
  const sort = (sortKey && SORTS.includes(sortKey) ? search.sort : '-updatedAt') as NonNullable<
    TemplateQuery['sort']
  >;
  const filters = {
    q: search.q?.trim() || undefined,
    status: pick(TEMPLATE_STATUSES, search.status),
    kind: pick(TEMPLATE_KINDS, search.kind),
  };
  const list = useCursorList({
    key: 'marketing-templates',
    filters,
    sort,
    fetchPage: (params) => fetchTemplates({ ...params, sort }),
  });
  const filtered = Boolean(filters.q || filters.status || filters.kind);
  const clear = () => set({ q: undefined, status: undefined, kind: undefined });
  const canManage = can('marketing.manage');
  return (
    <>
      <PageHeader
        title="Marketing"
        description="Campaign templates partners co-brand with their logo, contact and offer, and how their campaigns perform."
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              New template
            </Button>
          ) : null
        }
      />
      <MarketingTabs active="/console/marketing" />
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter templates">
          <SearchBox
            label="Search"
            placeholder="Template name"
            value={search.q ?? ''}
            onSearch={(q) => set({ q })}
          />
          <Select
            label="Status"
            placeholder="Any"
            data={TEMPLATE_STATUSES.map((value) => ({ value, label: humanize(value) }))}
            value={filters.status ?? null}
            onChange={(status) => set({ status })}
            clearable
            w={{ base: '100%', xs: 160 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Kind"
            placeholder="Any"
            data={TEMPLATE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
            value={filters.kind ?? null}
            onChange={(kind) => set({ kind })}
            clearable
            w={{ base: '100%', xs: 180 }}
            comboboxProps={{ withinPortal: true }}
          />
          {filtered ? (
            <Button variant="subtle" leftSection={<IconX size={14} />} onClick={clear}>
              Clear filters
            </Button>
          ) : null}
        </Group>
        <DataTable
          caption="Campaign templates"
          columns={columns}
          rows={list.items}
          rowId={(t) => t.id}
          sort={sort}
          onSortChange={(s) => set({ sort: s })}
          loading={list.isLoading}
          error={list.error}
          onRetry={() => list.refetch()}
          pagination={list.pagination}
          empty={
            filtered ? (
              <EmptyState
                title="No templates match these filters"
                action={
                  <Button variant="light" onClick={clear}>
                    Clear filters
                  </Button>
                }
              />
            ) : (
              <EmptyState
                title="No campaign templates yet"
                action={
                  canManage ? (
                    <Button variant="light" onClick={() => setCreating(true)}>
                      Create the first template
                    </Button>
                  ) : null
                }
              >
                A template is an email, landing page or social post with slots for the partner's logo, contact
                details and offer. Publish it, and partners in its audience can launch it as their own.
              </EmptyState>
            )
          }
        />
      </Paper>
      <NewTemplateDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
