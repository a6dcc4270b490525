import { Alert, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconRocket, IconStairsUp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { PageHeader } from '../../shared/layout/page-header';
import { LinkButton } from '../../shared/router-links';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { fetchStage, PROGRAM_KEY, type STAGE_ORDER } from './program-api';
import { CapabilityLine, StageStepper } from './stage-stepper';
import { SwotEditor } from './swot-editor';
import { WhiteSpacePanel } from './white-space-panel';

const LABELS: Record<(typeof STAGE_ORDER)[number], string> = {
  startup: 'Startup',
  growth: 'Growth',
  scale_up: 'Scale-up',
  global: 'Global',
};

/** Which stage the program's data shows, what the next one needs, where partners can take us, and the SWOT. */
export function ProgramStagePage() {
  const stage = useQuery({ queryKey: [PROGRAM_KEY, 'stage'], queryFn: fetchStage });
  const assessment = stage.data;

  return (
    <>
      <PageHeader
        title="Program stage and SWOT"
        description="Startup → Growth → Scale-up → Global, measured on the program's own data."
        actions={
          <LinkButton to="/console/program/co-innovation" variant="default">
            Co-innovation
          </LinkButton>
        }
      />
      <Stack gap="xl">
        {stage.isLoading ? <LoadingState label="Measuring the program…" /> : null}
        {stage.error ? <ErrorState error={stage.error} onRetry={stage.refetch} /> : null}
        {assessment ? (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <KpiTile
                label="Current stage"
                icon={IconStairsUp}
                value={assessment.stage ? LABELS[assessment.stage] : 'Before Startup'}
                hint={assessment.rule}
              />
              <KpiTile
                label="Next stage"
                icon={IconRocket}
                color="indigo"
                value={assessment.next ? LABELS[assessment.next] : 'None: Global reached'}
                hint={
                  assessment.next
                    ? `${assessment.missing.length} capabilit${assessment.missing.length === 1 ? 'y' : 'ies'} missing`
                    : undefined
                }
              />
            </SimpleGrid>
            <StageStepper assessment={assessment} />
            {assessment.next ? (
              <Paper
                withBorder
                p="md"
                radius="md"
                component="section"
                aria-label="Missing for the next stage"
              >
                <Title order={3} size="h4" mb="xs">
                  What {LABELS[assessment.next]} still needs
                </Title>
                {assessment.missing.length ? (
                  <List spacing={6} size="sm" center>
                    {assessment.missing.map((capability) => (
                      <CapabilityLine key={capability.key} capability={capability} />
                    ))}
                  </List>
                ) : (
                  <Text size="sm" c="dimmed">
                    Every capability of {LABELS[assessment.next]} is met; an earlier stage holds the program
                    back.
                  </Text>
                )}
              </Paper>
            ) : null}
            {assessment.gaps.length ? (
              <Alert color="yellow" title="Tolerated gaps in the stages reached">
                {assessment.gaps
                  .map((gap) => `${gap.label}: ${gap.value ?? '—'} of ${gap.threshold}`)
                  .join('; ')}
              </Alert>
            ) : null}
          </Stack>
        ) : null}
        <section aria-label="White space">
          <Title order={3} size="h4" mb="sm">
            White space per partner
          </Title>
          <WhiteSpacePanel />
        </section>
        <section aria-label="SWOT">
          <Title order={3} size="h4" mb="sm">
            SWOT
          </Title>
          <SwotEditor />
        </section>
      </Stack>
    </>
  );
}
