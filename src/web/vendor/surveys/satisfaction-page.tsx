import { Grid, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { IconMoodSmile, IconSpeakerphone, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { formatNumber } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { LinkButton } from '../../shared/router-links';
import { ErrorState } from '../../shared/states/states';
import { PartnerSatisfactionTable } from './partner-satisfaction-table';
import { SatisfactionBars, SatisfactionTrendChart } from './satisfaction-charts';
import { SurveyComments } from './survey-comments';
import { fetchSatisfactionReport, formatPercent, formatPnps, SURVEYS_KEY } from './surveys-api';

/** PSAT and pNPS over time, by tier and region, per partner with engagement, and what partners wrote. */
export function SatisfactionPage() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const report = useQuery({
    queryKey: [SURVEYS_KEY, 'report', range],
    queryFn: () => fetchSatisfactionReport(range),
  });
  const data = report.data;
  const loading = report.isLoading;

  return (
    <>
      <PageHeader
        title="Partner satisfaction"
        description="PSAT: share of 1–5 answers that are 4 or 5. pNPS: % promoters (9–10) − % detractors (0–6). Engagement: portal use over the last 30 days (0–100)."
        actions={
          <LinkButton to="/console/surveys" variant="default">
            Surveys
          </LinkButton>
        }
      />
      <Stack gap="lg">
        <Group align="flex-end">
          <TextInput
            label="From"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            w={170}
          />
          <TextInput
            label="To"
            type="date"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            w={170}
          />
        </Group>
        {report.error ? <ErrorState error={report.error} onRetry={report.refetch} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <KpiTile
            label="PSAT"
            icon={IconMoodSmile}
            loading={loading}
            value={formatPercent(data?.overall.psat)}
            hint={
              data
                ? `${formatNumber(data.overall.psatAnswers)} answers, ${data.from} to ${data.to}`
                : undefined
            }
          />
          <KpiTile
            label="pNPS"
            icon={IconSpeakerphone}
            color="indigo"
            loading={loading}
            value={formatPnps(data?.overall.pnps)}
            hint={
              data
                ? `${data.overall.promoters} promoters, ${data.overall.passives} passives, ${data.overall.detractors} detractors`
                : undefined
            }
          />
          <KpiTile
            label="Responses"
            icon={IconUsers}
            color="gray"
            loading={loading}
            value={formatNumber(data?.overall.responses)}
          />
        </SimpleGrid>
        <SatisfactionTrendChart months={data?.byMonth ?? []} loading={loading} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <SatisfactionBars title="By tier" groups={data?.byTier ?? []} loading={loading} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <SatisfactionBars title="By region" groups={data?.byRegion ?? []} loading={loading} />
          </Grid.Col>
        </Grid>
        <section aria-label="Partners">
          <Title order={3} size="h4" mb="sm">
            Partners
          </Title>
          <PartnerSatisfactionTable range={range} />
        </section>
        <section aria-label="Recent comments">
          <Title order={3} size="h4" mb="sm">
            Recent comments
          </Title>
          <SurveyComments range={range} />
        </section>
      </Stack>
    </>
  );
}
