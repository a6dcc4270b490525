import { Badge, Button, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconDownload,
  IconHeartbeat,
  IconPlayerPlay,
  IconRefresh,
  IconSearch,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { type CsvColumn, downloadCsv, toCsv } from '../../shared/data-table/csv-export';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useLocalRows } from '../../shared/data-table/use-local-rows';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { formatDate, formatDateTime } from '../../shared/format';
import { EmptyState } from '../../shared/states/states';
import { StageBadge } from '../badges';
import { RULE_LABELS } from './health-findings';

type Assessment = Schemas['HealthAssessment'];
type Show = 'moving' | 'firing' | 'all';

const SORT_VALUES = {
  partnerName: (a: Assessment) => a.partnerName.toLowerCase(),
  stage: (a: Assessment) => a.stage,
  lastActivityAt: (a: Assessment) => a.lastActivityAt,
};

const CSV_COLUMNS: CsvColumn<Assessment>[] = [
  { header: 'Partner', value: (a) => a.partnerName },
  { header: 'Stage', value: (a) => a.stage },
  { header: 'Stage after', value: (a) => a.stageAfter },
  {
    header: 'Rules firing',
    value: (a) =>
      a.findings
        .filter((f) => f.fired)
        .map((f) => RULE_LABELS[f.rule])
        .join('; '),
  },
  { header: 'Last activity', value: (a) => a.lastActivityAt },
  { header: 'Reason', value: (a) => a.reason },
];

const COLUMNS: Column<Assessment>[] = [
  {
    key: 'partner',
    header: 'Partner',
    sortKey: 'partnerName',
    render: (a) => (
      <Link to="/console/partners/$partnerId" params={{ partnerId: a.partnerId }} className="table-link">
        {a.partnerName}
      </Link>
    ),
  },
  {
    key: 'stage',
    header: 'Stage',
    sortKey: 'stage',
    render: (a) =>
      a.moves ? (
        <Group gap={4} wrap="nowrap">
          <StageBadge stage={a.stage} />
          <Text size="sm" c="dimmed" aria-label="moves to">
            →
          </Text>
          <StageBadge stage={a.stageAfter} />
        </Group>
      ) : (
        <StageBadge stage={a.stage} />
      ),
  },
  {
    key: 'firing',
    header: 'Rules firing',
    render: (a) => {
      const fired = a.findings.filter((f) => f.fired);
      return fired.length === 0 ? (
        <Text size="sm" c="dimmed">
          None
        </Text>
      ) : (
        <Group gap={4}>
          {fired.map((f) => (
            <Badge key={f.rule} color="orange" variant="light" leftSection={<IconAlertTriangle size={11} />}>
              {RULE_LABELS[f.rule]}
            </Badge>
          ))}
        </Group>
      );
    },
  },
  {
    key: 'activity',
    header: 'Last activity',
    sortKey: 'lastActivityAt',
    render: (a) => formatDate(a.lastActivityAt),
  },
  { key: 'reason', header: 'Why', render: (a) => <Text size="sm">{a.reason}</Text> },
];

function matches(a: Assessment, show: Show, search: string): boolean {
  if (show === 'moving' && !a.moves) return false;
  if (show === 'firing' && !a.atRisk) return false;
  return !search || a.partnerName.toLowerCase().includes(search.toLowerCase());
}

/** A dry run of the health rules over every active and at-risk partner, and applying it. */
export function HealthPreview() {
  const can = useCan();
  const queryClient = useQueryClient();
  const [show, setShow] = useState<Show>('moving');
  const [search, setSearch] = useState('');
  const [confirming, setConfirming] = useState(false);
  const preview = useQuery({
    queryKey: ['health-preview'],
    queryFn: () => unwrap(api.POST('/api/partner-health/evaluate', { body: { dryRun: true } })),
  });
  const all = preview.data?.assessments ?? [];
  const rows = useMemo(() => all.filter((a) => matches(a, show, search)), [all, show, search]);
  const table = useLocalRows(rows, { sortValues: SORT_VALUES, initialSort: 'partnerName' });
  const toRisk = all.filter((a) => a.moves && a.stageAfter === 'at_risk').length;
  const recovering = all.filter((a) => a.moves && a.stageAfter === 'active').length;

  async function apply() {
    const run = await unwrap(api.POST('/api/partner-health/evaluate', { body: { dryRun: false } }));
    notifications.show({
      color: 'teal',
      title: 'Health rules applied',
      message: `${run.moved} ${run.moved === 1 ? 'partner' : 'partners'} moved; each move is in its stage history.`,
    });
    await queryClient.invalidateQueries({ queryKey: ['partners'] });
    await queryClient.invalidateQueries({ queryKey: ['partner-health'] });
    await preview.refetch();
  }

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <KpiTile
          label="Assessed"
          value={all.length}
          hint="Active and at-risk partners"
          icon={IconHeartbeat}
          loading={preview.isLoading}
        />
        <KpiTile
          label="At risk now"
          value={all.filter((a) => a.stage === 'at_risk').length}
          color="orange"
          loading={preview.isLoading}
        />
        <KpiTile
          label="Would become at risk"
          value={toRisk}
          color="orange"
          icon={IconAlertTriangle}
          loading={preview.isLoading}
          testId="health-to-risk"
        />
        <KpiTile
          label="Would recover"
          value={recovering}
          loading={preview.isLoading}
          testId="health-recovering"
        />
      </SimpleGrid>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <SegmentedControl
            value={show}
            onChange={(value) => {
              setShow(value as Show);
              table.resetPage();
            }}
            data={[
              { value: 'moving', label: 'Would move' },
              { value: 'firing', label: 'Rules firing' },
              { value: 'all', label: 'All assessed' },
            ]}
            aria-label="Which partners to show"
          />
          <TextInput
            label="Search"
            placeholder="Partner name"
            leftSection={<IconSearch size={14} />}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              table.resetPage();
            }}
          />
        </Group>
        <Group>
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={() => preview.refetch()}
            loading={preview.isFetching}
          >
            Run preview again
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            disabled={table.sorted.length === 0}
            onClick={() =>
              downloadCsv(
                `partner-health-${new Date().toISOString().slice(0, 10)}.csv`,
                toCsv(CSV_COLUMNS, table.sorted),
              )
            }
          >
            Export CSV
          </Button>
          {can('health.evaluate') ? (
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              disabled={toRisk + recovering === 0}
              onClick={() => setConfirming(true)}
            >
              Apply now
            </Button>
          ) : null}
        </Group>
      </Group>
      {preview.data ? (
        <Text size="xs" c="dimmed">
          Preview as of {formatDateTime(preview.data.evaluatedAt)}; the rules also run every day on their own.
        </Text>
      ) : null}
      <DataTable
        caption="Partner health preview"
        columns={COLUMNS}
        rows={table.pageRows}
        rowId={(a) => a.partnerId}
        sort={table.sort}
        onSortChange={table.setSort}
        loading={preview.isLoading}
        error={preview.error}
        onRetry={() => preview.refetch()}
        pagination={table.pagination}
        empty={
          <EmptyState title={show === 'moving' ? 'Nobody would move' : 'No partners here'}>
            {show === 'moving'
              ? 'Every active partner meets the health rules, and every partner the rules put at risk still fires one.'
              : 'No active or at-risk partner matches.'}
          </EmptyState>
        }
      />
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Apply the health rules now?"
        confirmLabel="Apply"
        color="teal"
        onConfirm={apply}
      >
        {toRisk} {toRisk === 1 ? 'partner moves' : 'partners move'} to at risk and {recovering} back to
        active, each with its reason in the stage history.
      </ConfirmDialog>
    </Stack>
  );
}
