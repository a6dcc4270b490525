import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBuildingStore, IconPlus, IconRosette, IconTarget } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useCan } from '../shared/auth/permissions';
import { ChartCard } from '../shared/charts/chart-card';
import { CountBarChart } from '../shared/charts/count-bar-chart';
import { KpiTile } from '../shared/charts/kpi-tile';
import { formatNumber, stageLabel, typeLabel } from '../shared/format';
import { PageHeader } from '../shared/layout/page-header';
import { EmptyState, ErrorState } from '../shared/states/states';
import { PARTNER_STAGES, PARTNER_TYPES, REGIONS, regionLabel } from './options';
import { NewPartnerDialog } from './partner-create-dialog';
import { type CountByKey, partnerSummaryQuery } from './queries';

const countOf = (rows: CountByKey[], key: string) => rows.find((r) => r.key === key)?.count ?? 0;

/** Every category in a fixed order, zeros included, so charts keep their shape from one visit to the next. */
function ordered(rows: CountByKey[], keys: readonly string[], label: (key: string) => string) {
  const known = keys.map((key) => ({ key, label: label(key), count: countOf(rows, key) }));
  const extra = rows
    .filter((r) => !keys.includes(r.key))
    .map((r) => ({ key: r.key, label: label(r.key), count: r.count }));
  return [...known, ...extra];
}

function TileLink({
  search,
  label,
  children,
}: {
  search: Record<string, string>;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <Link
      to="/console/partners"
      search={search}
      style={{ display: 'block', height: '100%' }}
      aria-label={label}
    >
      {children}
    </Link>
  );
}

/** The program home: headline partner numbers and how the partner base is spread. */
export function ConsoleHomePage() {
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const summary = useQuery(partnerSummaryQuery);
  const data = summary.data;
  const loading = summary.isLoading;
  const noPartners = data !== undefined && data.total === 0;
  const toPartners = (search: Record<string, string>) => navigate({ to: '/console/partners', search });

  const addButton = can('partners.create') ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      New partner
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Program home"
        description="Your partner program at a glance."
        actions={
          <>
            <Button variant="default" component={Link} to="/console/partners">
              View partners
            </Button>
            {addButton}
          </>
        }
      />
      {summary.error ? (
        <ErrorState error={summary.error} onRetry={() => summary.refetch()} />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <TileLink search={{}} label={`Partners: ${formatNumber(data?.total)}. Open the partner list`}>
              <KpiTile
                label="Partners"
                value={formatNumber(data?.total)}
                hint="Partners and recruiting prospects"
                icon={IconBuildingStore}
                loading={loading}
                testId="kpi-total"
              />
            </TileLink>
            <TileLink
              search={{ stage: 'active' }}
              label={`Active partners: ${formatNumber(data ? countOf(data.byStage, 'active') : undefined)}. Open the list`}
            >
              <KpiTile
                label="Active"
                value={formatNumber(data ? countOf(data.byStage, 'active') : undefined)}
                hint={
                  data && data.total > 0
                    ? `${Math.round((100 * countOf(data.byStage, 'active')) / data.total)}% of all partners`
                    : 'Partners selling with you today'
                }
                icon={IconRosette}
                loading={loading}
                testId="kpi-active"
              />
            </TileLink>
            <TileLink
              search={{ stage: 'at_risk' }}
              label={`Partners at risk: ${formatNumber(data ? countOf(data.byStage, 'at_risk') : undefined)}. Open the list`}
            >
              <KpiTile
                label="At risk"
                value={formatNumber(data ? countOf(data.byStage, 'at_risk') : undefined)}
                hint="Partners that need attention"
                icon={IconAlertTriangle}
                color="orange"
                loading={loading}
                testId="kpi-at-risk"
              />
            </TileLink>
            <TileLink
              search={{ sort: '-fitScore' }}
              label={`Average IPP fit: ${data?.averageFit ?? 'not scored yet'}. Open partners by fit`}
            >
              <KpiTile
                label="Average IPP fit"
                value={
                  data?.averageFit === null || data?.averageFit === undefined ? '—' : `${data.averageFit}`
                }
                hint={
                  data?.averageFit === null || data?.averageFit === undefined
                    ? 'Appears once partners are scored against an ideal partner profile'
                    : 'Out of 100, across all partners'
                }
                icon={IconTarget}
                color="indigo"
                loading={loading}
                testId="kpi-fit"
              />
            </TileLink>
          </SimpleGrid>

          {noPartners ? (
            <Paper withBorder radius="md" p="lg">
              <EmptyState title="No partners yet" action={addButton}>
                Add your first partner or recruiting prospect and this page fills in: partners by lifecycle
                stage, type and region, and how well they fit your ideal partner profile. To explore with
                sample data, start Trellis with its demo program (<code>trellis demo</code>).
              </EmptyState>
            </Paper>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <ChartCard
                title="Partners by stage"
                description="Select a bar to see those partners."
                loading={loading}
              >
                <CountBarChart
                  caption="Partners by lifecycle stage"
                  seriesLabel="Partners"
                  data={ordered(data?.byStage ?? [], PARTNER_STAGES, stageLabel)}
                  onBarClick={(d) => {
                    const stage = PARTNER_STAGES.find((s) => stageLabel(s) === d.label);
                    if (stage) void toPartners({ stage });
                  }}
                />
              </ChartCard>
              <ChartCard title="Partners by type" loading={loading}>
                <CountBarChart
                  caption="Partners by type"
                  seriesLabel="Partners"
                  color="indigo.5"
                  horizontal
                  data={ordered(data?.byType ?? [], PARTNER_TYPES, typeLabel)}
                />
              </ChartCard>
              <ChartCard
                title="Partners by region"
                description="A partner covering several regions counts in each."
                loading={loading}
              >
                <CountBarChart
                  caption="Partners by region"
                  seriesLabel="Partners"
                  color="cyan.6"
                  data={ordered(data?.byRegion ?? [], REGIONS, (key) => key)}
                />
                <Text size="xs" c="dimmed">
                  {REGIONS.map((r) => `${r}: ${regionLabel(r)}`).join(' · ')}
                </Text>
              </ChartCard>
              <ChartCard
                title="IPP fit distribution"
                description="How many partners score in each band of fit to your ideal partner profile."
                loading={loading}
                isEmpty={(data?.fitBuckets ?? []).every((b) => b.count === 0)}
                emptyMessage={
                  <>
                    Fit scores appear once an ideal partner profile is set.{' '}
                    {can('ipp.write') ? <Link to="/console/ipp">Define the profile</Link> : null}
                  </>
                }
              >
                <CountBarChart
                  caption="Partners by IPP fit band"
                  seriesLabel="Partners"
                  color="teal.7"
                  data={(data?.fitBuckets ?? []).map((b) => ({ label: `${b.from}–${b.to}`, count: b.count }))}
                />
              </ChartCard>
            </SimpleGrid>
          )}

          <Paper withBorder radius="md" p="md" component="section" aria-label="Deals and revenue">
            <Title order={4}>Deals and revenue</Title>
            <Text size="sm" c="dimmed" mb="sm">
              Partner-sourced and partner-influenced revenue, open deal registrations and win rates appear
              here once partners register deals.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {['Partner-sourced revenue', 'Partner-influenced revenue', 'Open deal registrations'].map(
                (label) => (
                  <KpiTile key={label} label={label} value="—" hint="No deals registered yet" color="gray" />
                ),
              )}
            </SimpleGrid>
          </Paper>
        </Stack>
      )}
      <NewPartnerDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
