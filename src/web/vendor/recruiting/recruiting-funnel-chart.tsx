import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../shared/charts/chart-card';
import { CountBarChart } from '../../shared/charts/count-bar-chart';
import { formatNumber } from '../../shared/format';
import { ErrorState } from '../../shared/states/states';
import { applicationSummaryQuery } from './recruiting-api';
import type { ApplicationFilterQuery } from './recruiting-filters';
import { type ApplicationStatus, applicationStatusLabel } from './recruiting-stages';

/** How many applications sit in each stage for the current filters; a bar opens that stage's list. */
export function RecruitingFunnelChart({
  filters,
  onStageClick,
}: {
  filters: ApplicationFilterQuery;
  onStageClick: (status: ApplicationStatus) => void;
}) {
  const summary = useQuery(applicationSummaryQuery(filters));
  if (summary.error) return <ErrorState error={summary.error} onRetry={() => summary.refetch()} />;
  const data = (summary.data?.byStatus ?? []).map((s) => ({
    label: applicationStatusLabel(s.status),
    status: s.status,
    count: s.count,
  }));
  const total = summary.data?.total ?? 0;
  const duplicates = summary.data?.duplicates ?? 0;
  return (
    <ChartCard
      title="Applications by stage"
      description={`${formatNumber(total)} applications${duplicates ? `, ${formatNumber(duplicates)} flagged as possible duplicates` : ''}`}
      loading={summary.isLoading}
      isEmpty={total === 0}
      emptyMessage="No applications match yet."
      height={200}
    >
      <CountBarChart
        data={data}
        seriesLabel="Applications"
        caption="Applications by stage"
        height={200}
        color="blue.6"
        onBarClick={(datum) => {
          const row = data.find((d) => d.label === datum.label);
          if (row) onStageClick(row.status);
        }}
      />
    </ChartCard>
  );
}
