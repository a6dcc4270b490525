import { Anchor, Badge, Button, Group, MultiSelect, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDate, typeLabel } from '../../shared/format';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { FitScore } from '../badges';
import { APPLICATION_CSV_COLUMNS } from './application-csv';
import { ApplicationStatusBadge } from './application-status-badge';
import { fetchApplications, RECRUITING_KEY } from './recruiting-api';
import type { ApplicationFilterQuery, ApplicationSort } from './recruiting-filters';
import {
  APPLICATION_STATUSES,
  type Application,
  ageLabel,
  applicationStatusLabel,
  canReject,
  daysSince,
  forwardStage,
} from './recruiting-stages';
import type { ApplicationActions } from './use-application-actions';

const STATUS_OPTIONS = APPLICATION_STATUSES.map((s) => ({ value: s, label: applicationStatusLabel(s) }));

/** The statuses of a comma list from the URL that the API knows; anything else is dropped. */
export function statusesFrom(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => (APPLICATION_STATUSES as readonly string[]).includes(s));
}

/**
 * Applications as a sortable, paged table with CSV export: every stage (filterable by stage), or only
 * the rejected ones with their reasons.
 */
export function ApplicationsTable({
  mode,
  filters,
  filtered,
  statuses,
  onStatusesChange,
  sort,
  onSortChange,
  canWrite,
  actions,
  onOpen,
  onClearFilters,
}: {
  mode: 'all' | 'rejected';
  filters: ApplicationFilterQuery;
  filtered: boolean;
  statuses: string[];
  onStatusesChange: (statuses: string[]) => void;
  sort: ApplicationSort;
  onSortChange: (sort: string) => void;
  canWrite: boolean;
  actions: ApplicationActions;
  onOpen: (id: string) => void;
  onClearFilters: () => void;
}) {
  const status = mode === 'rejected' ? 'rejected' : statuses.join(',') || undefined;
  const query = { ...filters, ...(status ? { status } : {}) };
  const list = useCursorList({
    key: RECRUITING_KEY,
    filters: query,
    sort,
    fetchPage: (params) => fetchApplications({ ...params, sort }),
  });

  const columns: Column<Application>[] = [
    {
      key: 'company',
      header: 'Company',
      sortKey: 'companyName',
      render: (a) => (
        <Stack gap={0}>
          <Anchor component="button" type="button" size="sm" fw={500} ta="left" onClick={() => onOpen(a.id)}>
            {a.companyName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {a.domain ?? a.contactEmail}
          </Text>
        </Stack>
      ),
    },
    { key: 'type', header: 'Type', render: (a) => typeLabel(a.type) },
    { key: 'regions', header: 'Regions', render: (a) => a.regions.join(', ') || <Text c="dimmed">—</Text> },
    { key: 'fit', header: 'IPP fit', sortKey: 'fitScore', render: (a) => <FitScore score={a.fitScore} /> },
    {
      key: 'status',
      header: 'Stage',
      render: (a) => (
        <Group gap={4}>
          <ApplicationStatusBadge status={a.status} />
          {a.duplicateOf ? (
            <Tooltip label={`Same domain as the ${a.duplicateOf.kind} ${a.duplicateOf.name}`} withArrow>
              <Badge size="xs" color="orange" variant="light" miw="max-content">
                Duplicate?
              </Badge>
            </Tooltip>
          ) : null}
        </Group>
      ),
    },
    ...(mode === 'rejected'
      ? [
          {
            key: 'reason',
            header: 'Reason',
            width: '30%',
            render: (a: Application) => (
              <Text size="sm" lineClamp={3}>
                {a.rejectionReason ?? '—'}
              </Text>
            ),
          },
        ]
      : []),
    { key: 'created', header: 'Added', sortKey: 'createdAt', render: (a) => formatDate(a.createdAt) },
    {
      key: 'changed',
      header: mode === 'rejected' ? 'Rejected' : 'In stage',
      sortKey: 'statusChangedAt',
      render: (a) =>
        mode === 'rejected' ? (
          formatDate(a.statusChangedAt)
        ) : (
          <Text size="sm">{ageLabel(daysSince(a.statusChangedAt))}</Text>
        ),
    },
    ...(mode === 'all'
      ? [
          {
            key: 'next',
            header: 'Next',
            render: (a: Application) => <NextAction application={a} canWrite={canWrite} actions={actions} />,
          },
        ]
      : []),
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        {mode === 'all' ? (
          <MultiSelect
            label="Stage"
            placeholder={statuses.length ? undefined : 'Any'}
            data={STATUS_OPTIONS}
            value={statuses}
            onChange={onStatusesChange}
            clearable
            w={{ base: '100%', sm: 320 }}
            comboboxProps={{ withinPortal: true }}
          />
        ) : (
          <Text size="sm" c="dimmed">
            Applications turned down, with the reason given.
          </Text>
        )}
        <CsvExportButton
          filename={mode === 'rejected' ? 'rejected-applications' : 'partner-applications'}
          columns={APPLICATION_CSV_COLUMNS}
          fetchPage={(cursor) =>
            fetchApplications({ ...query, sort, limit: 200, ...(cursor ? { cursor } : {}) })
          }
        />
      </Group>
      <DataTable
        caption={mode === 'rejected' ? 'Rejected applications' : 'Partner applications'}
        columns={columns}
        rows={list.items}
        rowId={(a) => a.id}
        sort={sort}
        onSortChange={onSortChange}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        pagination={list.pagination}
        empty={
          filtered || (mode === 'all' && statuses.length) ? (
            <EmptyState
              title="No applications match these filters"
              action={
                <Button variant="light" onClick={onClearFilters}>
                  Clear filters
                </Button>
              }
            >
              Search matches part of the company name, or its exact domain.
            </EmptyState>
          ) : mode === 'rejected' ? (
            <EmptyState title="No rejected applications">
              Applications you reject are kept here with the reason, so the decision can be explained later.
            </EmptyState>
          ) : (
            <EmptyState title="No applications yet">
              Prospects arrive through the public sign-up endpoint or are added by hand with “Add prospect”.
            </EmptyState>
          )
        }
      />
    </Stack>
  );
}

function NextAction({
  application,
  canWrite,
  actions,
}: {
  application: Application;
  canWrite: boolean;
  actions: ApplicationActions;
}) {
  const next = forwardStage(application);
  if (application.partnerId && !next)
    return (
      <LinkAnchor to="/console/partners/$partnerId" params={{ partnerId: application.partnerId }} size="sm">
        Partner page
      </LinkAnchor>
    );
  if (!canWrite || !next) return <Text c="dimmed">—</Text>;
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-xs"
        variant="light"
        rightSection={<IconArrowRight size={12} />}
        loading={actions.busyId === application.id}
        onClick={() => void actions.advance(application, next)}
        aria-label={`Move ${application.companyName} to ${applicationStatusLabel(next).toLowerCase()}`}
      >
        {applicationStatusLabel(next)}
      </Button>
      {canReject(application) ? (
        <Button size="compact-xs" variant="subtle" color="red" onClick={() => actions.reject(application)}>
          Reject
        </Button>
      ) : null}
    </Group>
  );
}
