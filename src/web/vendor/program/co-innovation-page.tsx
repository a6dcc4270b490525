import { ActionIcon, Badge, Button, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { SearchBox } from '../../shared/form/search-box';
import { formatDate, formatNumber } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney } from '../../shared/money';
import { LinkButton } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { CoInnovationChart } from './co-innovation-chart';
import {
  type CoInnovationProject,
  deleteProject,
  fetchProjects,
  formatRate,
  formatRoi,
  PROGRAM_KEY,
  type ProjectListQuery,
  STATUS_COLORS,
  STATUS_LABELS,
} from './program-api';
import { ProjectFormDialog } from './project-form-dialog';

type Filters = Pick<ProjectListQuery, 'status' | 'q'>;

/** Joint solutions with partners: attach rate on won deals, revenue in new markets and ROI on the build cost. */
export function CoInnovationPage() {
  const can = useCan();
  const mayWrite = can('program.write');
  const queryClient = useQueryClient();
  const [sort, setSort] = useState('name');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<CoInnovationProject | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CoInnovationProject | null>(null);
  const filters: Filters = { ...(q ? { q } : {}), ...(status ? { status } : {}) };
  const list = useCursorList({
    key: `${PROGRAM_KEY}-projects`,
    filters,
    sort,
    fetchPage: (params) => fetchProjects({ ...params, sort: params.sort as ProjectListQuery['sort'] }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [`${PROGRAM_KEY}-projects`] });

  const columns: Column<CoInnovationProject>[] = [
    {
      key: 'name',
      header: 'Project',
      sortKey: 'name',
      render: (p) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {p.name}
          </Text>
          <Text size="xs" c="dimmed">
            {p.solutionProductLine}
            {p.launchedAt ? ` · launched ${formatDate(p.launchedAt)}` : ''}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      width: 120,
      render: (p) => (
        <Badge variant="light" color={STATUS_COLORS[p.status]}>
          {STATUS_LABELS[p.status]}
        </Badge>
      ),
    },
    {
      key: 'partners',
      header: 'Partners',
      render: (p) => (
        <Text size="sm">{p.partners.map((m) => `${m.partnerName} (${m.role})`).join(', ') || '—'}</Text>
      ),
    },
    {
      key: 'attachRate',
      header: 'Attach rate',
      align: 'right',
      render: (p) => (
        <Tooltip label={`${p.metrics.solutionWonDeals} of ${p.metrics.wonDeals} won deals since launch`}>
          <Text size="sm" span tabIndex={0}>
            {formatRate(p.metrics.attachRate)}
          </Text>
        </Tooltip>
      ),
    },
    {
      key: 'partnerAttachRate',
      header: 'With its partners',
      align: 'right',
      render: (p) => (
        <Text
          size="sm"
          title={`${p.metrics.partnerSolutionWonDeals} of ${p.metrics.partnerWonDeals} won deals with a project partner`}
        >
          {formatRate(p.metrics.partnerAttachRate)}
        </Text>
      ),
    },
    {
      key: 'newMarket',
      header: 'New-market revenue',
      align: 'right',
      render: (p) => (
        <Text
          size="sm"
          title={`${p.metrics.newMarketDeals} deals in ${[...p.newMarkets.regions, ...p.newMarkets.industries].join(', ') || 'no new market set'}`}
        >
          {formatMoney(p.metrics.newMarketRevenueMinor, p.currency)}
        </Text>
      ),
    },
    {
      key: 'roi',
      header: 'ROI',
      align: 'right',
      render: (p) => (
        <Text
          size="sm"
          c={p.metrics.roi !== null && p.metrics.roi < 0 ? 'red' : undefined}
          title={`Gross profit ${formatMoney(p.metrics.grossProfitMinor, p.currency)} at ${p.metrics.grossMarginPct} % margin (${p.metrics.grossMarginSource}) on a build cost of ${formatMoney(p.buildCostMinor, p.currency)}`}
        >
          {formatRoi(p.metrics.roi)}
        </Text>
      ),
    },
    ...(mayWrite
      ? [
          {
            key: 'actions',
            header: 'Actions',
            render: (p: CoInnovationProject) => (
              <Group gap={4} wrap="nowrap">
                <ActionIcon variant="subtle" aria-label={`Edit ${p.name}`} onClick={() => setEditing(p)}>
                  <IconEdit size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Delete ${p.name}`}
                  onClick={() => setDeleting(p)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Co-innovation"
        description="Joint solutions built with partners. Metrics count deals won since launch; unconverted currencies are left out and named."
        actions={
          <Group gap="xs">
            <LinkButton to="/console/program" variant="default">
              Program stage
            </LinkButton>
            {mayWrite ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
                New project
              </Button>
            ) : null}
          </Group>
        }
      />
      <Stack gap="lg">
        <CoInnovationChart projects={list.items} loading={list.isLoading} />
        <Group align="flex-end" justify="space-between">
          <Group align="flex-end">
            <SearchBox value={q} onSearch={setQ} label="Project" placeholder="Name contains" width={220} />
            <Select
              label="Status"
              placeholder="Any status"
              clearable
              data={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
              value={status}
              onChange={setStatus}
              w={180}
            />
          </Group>
          <CsvExportButton
            filename="co-innovation-projects"
            noun={['project', 'projects']}
            fetchPage={(cursor) =>
              fetchProjects({
                ...filters,
                sort: sort as ProjectListQuery['sort'],
                limit: 200,
                ...(cursor ? { cursor } : {}),
              })
            }
            columns={[
              { header: 'Project', value: (p: CoInnovationProject) => p.name },
              { header: 'Status', value: (p: CoInnovationProject) => p.status },
              { header: 'Solution product line', value: (p: CoInnovationProject) => p.solutionProductLine },
              { header: 'Currency', value: (p: CoInnovationProject) => p.currency },
              { header: 'Won deals', value: (p: CoInnovationProject) => p.metrics.wonDeals },
              {
                header: 'Won with the solution',
                value: (p: CoInnovationProject) => p.metrics.solutionWonDeals,
              },
              { header: 'Attach rate %', value: (p: CoInnovationProject) => p.metrics.attachRate },
              {
                header: 'New-market revenue (minor units)',
                value: (p: CoInnovationProject) => p.metrics.newMarketRevenueMinor,
              },
              { header: 'Build cost (minor units)', value: (p: CoInnovationProject) => p.buildCostMinor },
              { header: 'ROI', value: (p: CoInnovationProject) => p.metrics.roi },
            ]}
          />
        </Group>
        <DataTable
          caption="Co-innovation projects"
          columns={columns}
          rows={list.items}
          rowId={(p) => p.id}
          sort={sort}
          onSortChange={setSort}
          loading={list.isLoading}
          error={list.error}
          onRetry={list.refetch}
          pagination={list.pagination}
          empty={
            <EmptyState title="No co-innovation projects">
              {q || status
                ? 'No project matches these filters.'
                : 'Record a joint solution to follow its attach rate and ROI.'}
            </EmptyState>
          }
        />
        <Text size="xs" c="dimmed">
          {formatNumber(list.items.length)} on this page.
        </Text>
      </Stack>
      {editing ? (
        <ProjectFormDialog
          opened
          project={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refresh();
          }}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this project?"
        confirmLabel="Delete project"
        onConfirm={async () => {
          await deleteProject(deleting!.id);
          setDeleting(null);
          await refresh();
        }}
      >
        {deleting ? `${deleting.name} and its partner list are removed; deals keep their product lines.` : ''}
      </ConfirmDialog>
    </>
  );
}
