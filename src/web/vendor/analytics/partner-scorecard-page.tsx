import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { typeLabel } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { LinkButton } from '../../shared/router-links';
import { ErrorState, isNotFound, LoadingState } from '../../shared/states/states';
import { AnalyticsTabs } from './analytics-tabs';
import { FlagBadge } from './scorecard/flag-badge';
import { defaultPeriod, PeriodPicker } from './scorecard/period-picker';
import { fetchPartnerScorecard, type Period, SCORECARD_KEY } from './scorecard/scorecard-api';
import { ScorecardMetricsTable } from './scorecard/scorecard-metrics-table';

/** One partner's scorecard: every metric with its trend and where it stands among its tier and region peers. */
export function PartnerScorecardPage() {
  const { partnerId } = useParams({ strict: false }) as { partnerId: string };
  const [period, setPeriod] = useState<Period>(defaultPeriod);
  const scorecard = useQuery({
    queryKey: [SCORECARD_KEY, 'partner', partnerId, period],
    queryFn: () => fetchPartnerScorecard(partnerId, period),
  });
  const data = scorecard.data;

  return (
    <>
      <AnalyticsTabs active="/console/analytics/benchmarks" />
      <PageHeader
        title={data ? `Scorecard: ${data.partnerName}` : 'Partner scorecard'}
        description="Each metric over the period, its trend against the previous period of equal length, and the partner's percentile among peers in the same tier and region (100 is best)."
        actions={
          <LinkButton to="/console/partners/$partnerId" params={{ partnerId }} variant="default">
            Partner profile
          </LinkButton>
        }
      />
      <Stack gap="lg">
        <PeriodPicker value={period} onChange={setPeriod} />
        {scorecard.isLoading ? <LoadingState label="Computing the scorecard…" /> : null}
        {scorecard.error ? (
          isNotFound(scorecard.error) ? (
            <Alert color="gray" title="No such partner">
              This partner does not exist or was removed.
            </Alert>
          ) : (
            <ErrorState error={scorecard.error} onRetry={scorecard.refetch} />
          )
        ) : null}
        {data ? (
          <>
            <Group gap="xs">
              <Badge variant="light">{data.tier ?? 'No tier'}</Badge>
              <Badge variant="light" color="gray">
                {data.region ?? 'No region'}
              </Badge>
              <Badge variant="light" color="grape">
                {typeLabel(data.type)}
              </Badge>
              <Text size="sm" c="dimmed">
                {data.peers === null || data.peers <= 1
                  ? 'No peers in the same tier and region'
                  : `${data.peers - 1} peers in the same tier and region`}
              </Text>
              <FlagBadge flag={data.flag} />
            </Group>
            {data.differences.length ? (
              <Paper withBorder p="md" radius="md">
                <Title order={3} size="h5" mb="xs">
                  What differs from the peers
                </Title>
                <List size="sm" spacing={4}>
                  {data.differences.map((d) => (
                    <List.Item key={d}>{d}</List.Item>
                  ))}
                </List>
              </Paper>
            ) : null}
            {data.unconvertedCurrencies.length ? (
              <Alert color="yellow" title="Some amounts are left out">
                No exchange rate to {data.currency} for {data.unconvertedCurrencies.join(', ')}.
              </Alert>
            ) : null}
            <ScorecardMetricsTable
              caption={`Scorecard of ${data.partnerName}`}
              metrics={data.metrics}
              current={data.current}
              previous={data.previous}
              currency={data.currency}
              percentiles={data.percentiles}
              peerMedians={data.peerMedians}
            />
          </>
        ) : null}
      </Stack>
    </>
  );
}
