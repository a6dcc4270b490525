import { Anchor, Button, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDate, typeLabel } from '../../shared/format';
import { EmptyState } from '../../shared/states/states';
import { typeOptions } from '../options';
import {
  fetchOnboardings,
  ONBOARDINGS_KEY,
  type Onboarding,
  type OnboardingFilters,
  type OnboardingSort,
} from './onboarding-api';
import { daysInOnboarding } from './onboarding-format';
import { OnboardingProgressBar } from './onboarding-progress-bar';
import { OnboardingStatusBadge } from './onboarding-status-badge';

const Nowrap = ({ children }: { children: string }) => (
  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
    {children}
  </Text>
);

const STATUS_OPTIONS = [
  { value: 'in_progress', label: 'In progress' },
  { value: 'completed', label: 'Completed' },
];

const csvColumns = [
  { header: 'partner_id', value: (o: Onboarding) => o.partnerId },
  { header: 'partner', value: (o: Onboarding) => o.partnerName },
  { header: 'partner_type', value: (o: Onboarding) => o.partnerType },
  { header: 'template', value: (o: Onboarding) => o.templateName },
  { header: 'status', value: (o: Onboarding) => o.status },
  { header: 'stalled', value: (o: Onboarding) => o.stalled },
  { header: 'steps_done', value: (o: Onboarding) => o.done },
  { header: 'steps_total', value: (o: Onboarding) => o.total },
  { header: 'percent', value: (o: Onboarding) => o.percent },
  { header: 'next_step', value: (o: Onboarding) => o.nextStep?.title },
  { header: 'started_at', value: (o: Onboarding) => o.startedAt },
  { header: 'days_in_onboarding', value: (o: Onboarding) => daysInOnboarding(o) },
  { header: 'last_progress_at', value: (o: Onboarding) => o.lastProgressAt },
  { header: 'completed_at', value: (o: Onboarding) => o.completedAt },
];

/** Every partner's onboarding with its progress, filterable, sortable, paged and exportable. */
export function OnboardingsTable({
  filters,
  sort,
  search,
  set,
  showMine,
  mine,
  onOpen,
}: {
  filters: OnboardingFilters;
  sort: OnboardingSort;
  search: Record<string, string | undefined>;
  set: (patch: Record<string, string | null | undefined>) => void;
  /** Whether the signed-in user owns partners, so "only my partners" means something. */
  showMine: boolean;
  mine: boolean;
  onOpen: (partnerId: string) => void;
}) {
  const list = useCursorList({
    key: ONBOARDINGS_KEY,
    filters,
    sort,
    fetchPage: (params) => fetchOnboardings({ ...params, sort }),
  });
  const filtered = Boolean(search.status || search.stalled || search.partnerType);
  const clear = () => set({ status: undefined, stalled: undefined, partnerType: undefined });

  const columns: Column<Onboarding>[] = [
    {
      key: 'partner',
      header: 'Partner',
      render: (o) => (
        <Anchor
          component="button"
          type="button"
          size="sm"
          fw={500}
          ta="left"
          onClick={() => onOpen(o.partnerId)}
        >
          {o.partnerName}
        </Anchor>
      ),
    },
    { key: 'type', header: 'Type', render: (o) => typeLabel(o.partnerType) },
    { key: 'template', header: 'Checklist', render: (o) => <Text size="sm">{o.templateName}</Text> },
    {
      key: 'progress',
      header: 'Progress',
      sortKey: 'percent',
      render: (o) => <OnboardingProgressBar done={o.done} total={o.total} stalled={o.stalled} />,
    },
    {
      key: 'started',
      header: 'Started',
      sortKey: 'startedAt',
      render: (o) => <Nowrap>{formatDate(o.startedAt)}</Nowrap>,
    },
    {
      key: 'days',
      header: 'Days',
      align: 'right',
      render: (o) => <Text size="sm">{daysInOnboarding(o)}</Text>,
    },
    { key: 'status', header: 'Status', render: (o) => <OnboardingStatusBadge onboarding={o} /> },
    {
      key: 'next',
      header: 'Next open step',
      render: (o) =>
        o.nextStep ? (
          <Stack gap={0}>
            <Text size="sm" lineClamp={2}>
              {o.nextStep.title}
            </Text>
            <Text size="xs" c={o.nextStep.kind === 'manual' ? 'grape.7' : 'dimmed'}>
              {o.nextStep.kind === 'manual' ? 'Ticked by hand' : 'Automatic'}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
    {
      key: 'lastProgress',
      header: 'Last progress',
      sortKey: 'lastProgressAt',
      render: (o) => <Nowrap>{formatDate(o.lastProgressAt)}</Nowrap>,
    },
  ];

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap" justify="space-between">
        <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter onboardings">
          <Select
            label="Status"
            placeholder="Any"
            data={STATUS_OPTIONS}
            value={search.status ?? null}
            onChange={(v) => set({ status: v })}
            clearable
            w={{ base: '100%', xs: 160 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Partner type"
            placeholder="Any"
            data={typeOptions}
            value={search.partnerType ?? null}
            onChange={(v) => set({ partnerType: v })}
            clearable
            w={{ base: '100%', xs: 190 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Switch
            mb={8}
            label="Stalled only"
            checked={search.stalled === 'true'}
            onChange={(e) => set({ stalled: e.currentTarget.checked ? 'true' : undefined })}
          />
          {showMine ? (
            <Switch
              mb={8}
              label="Only my partners"
              checked={mine}
              onChange={(e) => set({ mine: e.currentTarget.checked ? '1' : '0' })}
            />
          ) : null}
          {filtered ? (
            <Button variant="subtle" leftSection={<IconX size={14} />} onClick={clear}>
              Clear filters
            </Button>
          ) : null}
        </Group>
        <CsvExportButton
          filename="onboardings"
          columns={csvColumns}
          fetchPage={(cursor) =>
            fetchOnboardings({ ...filters, sort, limit: 200, ...(cursor ? { cursor } : {}) })
          }
        />
      </Group>
      <DataTable
        caption="Partner onboardings"
        columns={columns}
        rows={list.items}
        rowId={(o) => o.id}
        sort={sort}
        onSortChange={(s) => set({ sort: s })}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        pagination={list.pagination}
        empty={
          filtered ? (
            <EmptyState
              title="No onboardings match these filters"
              action={
                <Button variant="light" onClick={clear}>
                  Clear filters
                </Button>
              }
            />
          ) : mine ? (
            <EmptyState
              title="None of your partners is onboarding"
              action={
                <Button variant="light" onClick={() => set({ mine: '0' })}>
                  Show every partner
                </Button>
              }
            >
              Partners you own appear here when they enter onboarding.
            </EmptyState>
          ) : (
            <EmptyState title="No partner is onboarding yet">
              A partner's checklist starts when it enters onboarding: from the recruiting board, or by
              changing its lifecycle stage.
            </EmptyState>
          )
        }
      />
    </Stack>
  );
}
