import { Badge, Button, Group, MultiSelect, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconCheck, IconDownload, IconX } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { type CsvColumn, downloadCsv, toCsv } from '../../shared/data-table/csv-export';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { SearchBox } from '../../shared/form/search-box';
import { formatDate, formatNumber } from '../../shared/format';
import { EmptyState } from '../../shared/states/states';
import { TierBadge } from '../../shared/tiers/tier-badge';
import { metricsLine } from '../../shared/tiers/tier-metrics';
import { type TierDefinitionView, tierName, tiersByRank } from '../../shared/tiers/tier-progress';
import { readableTierReason } from '../../shared/tiers/tier-reason';
import {
  EVALUATION_KINDS,
  type Evaluation,
  type EvaluationFilters,
  type EvaluationSort,
  filterEvaluations,
  isEvaluationSort,
  KIND_INFO,
  kindOf,
  PAGE_SIZE,
  pageOf,
  type Scope,
  sortEvaluations,
} from './evaluation-summary';

const KIND_OPTIONS = EVALUATION_KINDS.map((kind) => ({ value: kind, label: KIND_INFO[kind].label }));
const NO_FILTERS: EvaluationFilters = { scope: 'changes', q: '', kinds: [], tier: null };

/**
 * Every partner the evaluation would move (or all partners), with filters, sorting, pages and a CSV of
 * the filtered rows. Rows whose promotion waits for approval offer `onApprove`.
 */
export function EvaluationTable({
  evaluations,
  tiers,
  currency,
  metrics,
  onApprove,
}: {
  evaluations: readonly Evaluation[];
  tiers: readonly TierDefinitionView[];
  currency: string;
  /** The metrics the criteria use, shown with each row and exported. */
  metrics: readonly string[];
  onApprove?: (evaluation: Evaluation) => void;
}) {
  const [filters, setFilters] = useState<EvaluationFilters>(NO_FILTERS);
  const [sort, setSort] = useState<EvaluationSort>('kind');
  const [page, setPage] = useState(1);
  const rows = useMemo(
    () => sortEvaluations(filterEvaluations(evaluations, filters), sort, tiers),
    [evaluations, filters, sort, tiers],
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const filter = (patch: Partial<EvaluationFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const filtered = filters.q !== '' || filters.kinds.length > 0 || filters.tier !== null;

  const tierOptions = [
    ...tiersByRank(tiers).map((t) => ({ value: t.key, label: t.name })),
    { value: 'none', label: 'No tier' },
  ];

  const columns: Column<Evaluation>[] = [
    {
      key: 'partner',
      header: 'Partner',
      sortKey: 'partner',
      render: (e) => (
        <Link
          to="/console/partners/$partnerId"
          params={{ partnerId: e.partnerId }}
          search={{ tab: 'lifecycle' }}
          className="table-link"
        >
          {e.partnerName}
        </Link>
      ),
    },
    {
      key: 'currentTier',
      header: 'Now',
      sortKey: 'currentTier',
      render: (e) => <TierBadge tiers={tiers} tierKey={e.currentTier} size="sm" />,
    },
    {
      key: 'tierAfter',
      header: 'After',
      sortKey: 'tierAfter',
      render: (e) => (
        <Stack gap={2} align="flex-start">
          <TierBadge tiers={tiers} tierKey={e.tierAfter} size="sm" />
          {e.qualifiedTier !== e.tierAfter ? (
            <Text size="xs" c="dimmed">
              qualifies for {tierName(tiers, e.qualifiedTier)}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'kind',
      header: 'Kind',
      sortKey: 'kind',
      render: (e) => {
        const info = KIND_INFO[kindOf(e)];
        return (
          <Stack gap={2} align="flex-start">
            <Badge color={info.color} variant="light" tt="none">
              {info.label}
            </Badge>
            {e.demotionDueAt ? (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                demotion due {formatDate(e.demotionDueAt)}
              </Text>
            ) : null}
          </Stack>
        );
      },
    },
    {
      key: 'reason',
      header: 'Why',
      width: '40%',
      render: (e) => (
        <Stack gap={2}>
          <Text size="sm">{readableTierReason(e.reason, tiers, currency)}</Text>
          <Text size="xs" c="dimmed">
            {metricsLine(e.metrics, currency, metrics)}
          </Text>
        </Stack>
      ),
    },
  ];
  if (onApprove) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      align: 'right',
      render: (e) =>
        kindOf(e) === 'awaiting_approval' ? (
          <Button
            size="xs"
            variant="light"
            color="teal"
            leftSection={<IconCheck size={14} />}
            onClick={() => onApprove(e)}
            aria-label={`Approve the promotion of ${e.partnerName}`}
          >
            Approve promotion
          </Button>
        ) : null,
    });
  }

  function exportCsv() {
    const csvColumns: CsvColumn<Evaluation>[] = [
      { header: 'partner_id', value: (e) => e.partnerId },
      { header: 'partner', value: (e) => e.partnerName },
      { header: 'current_tier', value: (e) => e.currentTier },
      { header: 'tier_after', value: (e) => e.tierAfter },
      { header: 'qualified_tier', value: (e) => e.qualifiedTier },
      { header: 'kind', value: (e) => kindOf(e) },
      { header: 'action', value: (e) => e.action },
      { header: 'moves', value: (e) => e.moves },
      { header: 'demotion_due_at', value: (e) => e.demotionDueAt },
      { header: 'reason', value: (e) => e.reason },
      { header: 'currency', value: () => currency },
      ...metrics.map((metric) => ({ header: metric, value: (e: Evaluation) => e.metrics[metric] })),
    ];
    downloadCsv(`tier-evaluation-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(csvColumns, rows));
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label="Which partners"
            value={filters.scope}
            onChange={(scope) => filter({ scope: scope as Scope })}
            data={[
              { value: 'changes', label: 'Changes' },
              { value: 'all', label: `All partners (${formatNumber(evaluations.length)})` },
            ]}
          />
          <SearchBox label="Partner" placeholder="Name" value={filters.q} onSearch={(q) => filter({ q })} />
          <MultiSelect
            label="Kind"
            placeholder={filters.kinds.length ? undefined : 'Any'}
            data={KIND_OPTIONS}
            value={filters.kinds}
            onChange={(kinds) => filter({ kinds: kinds as EvaluationFilters['kinds'] })}
            clearable
            w={{ base: '100%', sm: 260 }}
          />
          <Select
            label="Tier now or after"
            placeholder="Any"
            data={tierOptions}
            value={filters.tier}
            onChange={(tier) => filter({ tier })}
            clearable
            w={{ base: '100%', sm: 180 }}
          />
          {filtered ? (
            <Button
              variant="subtle"
              leftSection={<IconX size={14} />}
              onClick={() => filter({ ...NO_FILTERS, scope: filters.scope })}
            >
              Clear filters
            </Button>
          ) : null}
        </Group>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={exportCsv}
          disabled={!rows.length}
        >
          Export CSV
        </Button>
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {formatNumber(rows.length)} {rows.length === 1 ? 'partner' : 'partners'}
        {filters.scope === 'changes' ? ' that would move, wait for approval or are in a grace period' : ''}
      </Text>
      <DataTable
        caption="Partners the tier evaluation would move"
        columns={columns}
        rows={pageOf(rows, current)}
        rowId={(e) => e.partnerId}
        sort={sort}
        onSortChange={(next) => {
          if (isEvaluationSort(next)) setSort(next);
          setPage(1);
        }}
        empty={
          <EmptyState title={filtered ? 'No partner matches these filters' : 'Nobody would move'}>
            {filtered
              ? 'Clear the filters to see every partner the evaluation would move.'
              : 'Every partner keeps its tier. Choose “All partners” to see each one’s metrics.'}
          </EmptyState>
        }
        pagination={{
          page: current,
          hasPrev: current > 1,
          hasNext: current < pages,
          onPrev: () => setPage(current - 1),
          onNext: () => setPage(current + 1),
        }}
      />
    </Stack>
  );
}
