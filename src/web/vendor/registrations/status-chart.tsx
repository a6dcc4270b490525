import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../shared/charts/chart-card';
import { CountBarChart } from '../../shared/charts/count-bar-chart';
import { formatNumber } from '../../shared/format';
import {
  fetchRegistrations,
  type Registration,
  type RegistrationStatus,
} from '../../shared/registrations/registration-api';
import { registrationStatusLabel } from '../../shared/registrations/registration-status-badge';
import { ErrorState } from '../../shared/states/states';
import { REGISTRATION_STATUSES, type RegistrationFilters } from './registration-queries';

const PAGE = 200;
/** The chart counts at most this many registrations (the latest), and says so when it stops there. */
const MAX_PAGES = 10;

interface StatusCounts {
  counts: Record<string, number>;
  total: number;
  capped: boolean;
}

/** Counts the registrations the filters select by status, paging through the list itself. */
async function countByStatus(filters: Omit<RegistrationFilters, 'status'>): Promise<StatusCounts> {
  const counts: Record<string, number> = {};
  let total = 0;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchRegistrations({ ...filters, sort: '-createdAt', limit: PAGE, cursor });
    for (const r of result.items as Registration[]) counts[r.status] = (counts[r.status] ?? 0) + 1;
    total += result.items.length;
    cursor = result.nextCursor ?? undefined;
    if (!cursor) return { counts, total, capped: false };
  }
  return { counts, total, capped: true };
}

/** Registrations by status, for the same partner, manager and search filters as the list. */
export function RegistrationStatusChart({
  filters,
  scopeLabel,
  onStatusClick,
}: {
  filters: Omit<RegistrationFilters, 'status'>;
  scopeLabel: string;
  onStatusClick?: (status: RegistrationStatus) => void;
}) {
  const query = useQuery({
    queryKey: ['registrations', 'by-status', filters],
    queryFn: () => countByStatus(filters),
    staleTime: 30_000,
  });
  const data = query.data;
  const rows = REGISTRATION_STATUSES.filter((s) => s !== 'draft' || (data?.counts.draft ?? 0) > 0).map(
    (status) => ({ label: registrationStatusLabel(status), status, count: data?.counts[status] ?? 0 }),
  );
  const description = !data?.total
    ? scopeLabel.replace(/^\w/, (c) => c.toUpperCase())
    : data.capped
      ? `The latest ${formatNumber(data.total)} ${scopeLabel}`
      : `All ${formatNumber(data.total)} ${scopeLabel}`;

  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return (
    <ChartCard
      title="Registrations by status"
      description={description}
      loading={query.isLoading}
      isEmpty={data?.total === 0}
      emptyMessage="No registrations yet. They appear here as partners register deals."
      height={200}
    >
      <CountBarChart
        data={rows}
        seriesLabel="Registrations"
        caption={`Registrations by status: ${description}`}
        height={200}
        onBarClick={
          onStatusClick
            ? (datum) => {
                const row = rows.find((r) => r.label === datum.label);
                if (row) onStatusClick(row.status);
              }
            : undefined
        }
      />
    </ChartCard>
  );
}
