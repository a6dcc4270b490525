import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../shared/auth/session';
import { PageHeader } from '../../shared/layout/page-header';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { MetricTiles } from '../../vendor/analytics/scorecard/metric-tiles';
import { defaultPeriod, PeriodPicker } from '../../vendor/analytics/scorecard/period-picker';
import {
  fetchPartnerScorecard,
  type Period,
  SCORECARD_KEY,
} from '../../vendor/analytics/scorecard/scorecard-api';
import { ScorecardMetricsTable } from '../../vendor/analytics/scorecard/scorecard-metrics-table';

/** The partner's own scorecard: its revenue, sales, registration, lead and enablement figures with trend. */
export function PortalScorecardPage() {
  const { partnerId } = useSession();
  const [period, setPeriod] = useState<Period>(defaultPeriod);
  const scorecard = useQuery({
    queryKey: [SCORECARD_KEY, 'portal', partnerId, period],
    queryFn: () => fetchPartnerScorecard(partnerId!, period),
    enabled: Boolean(partnerId),
  });
  const data = scorecard.data;
  return (
    <>
      <PageHeader
        title="My scorecard"
        description="How your organization is doing with us over the period, against the previous period of equal length."
      />
      <Stack gap="lg">
        <PeriodPicker value={period} onChange={setPeriod} />
        {scorecard.isLoading ? <LoadingState label="Computing your scorecard…" /> : null}
        {scorecard.error ? <ErrorState error={scorecard.error} onRetry={scorecard.refetch} /> : null}
        {data?.unconvertedCurrencies.length ? (
          <Alert color="yellow" title="Some amounts are left out">
            Deals in {data.unconvertedCurrencies.join(', ')} have no exchange rate to {data.currency} yet.
          </Alert>
        ) : null}
        {data ? (
          <>
            <MetricTiles
              metrics={data.metrics.filter((m) =>
                ['sourcedRevenue', 'influencedRevenue', 'winRate', 'averageDealSize'].includes(m.key),
              )}
              current={data.current}
              previous={data.previous}
              currency={data.currency}
              loading={false}
            />
            <ScorecardMetricsTable
              caption="My scorecard"
              metrics={data.metrics}
              current={data.current}
              previous={data.previous}
              currency={data.currency}
            />
          </>
        ) : null}
      </Stack>
    </>
  );
}
