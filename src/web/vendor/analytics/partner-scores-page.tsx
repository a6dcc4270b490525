import { Button, Grid, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { PageHeader } from '../../shared/layout/page-header';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { AnalyticsTabs } from './analytics-tabs';
import { ChurnScoresTable } from './predictions/churn-scores-table';
import { ModelEvaluationCard } from './predictions/model-evaluation-card';
import { fetchEvaluation, PREDICTIONS_KEY, trainModels } from './predictions/predictions-api';
import { RegistrationScoresTable } from './predictions/registration-scores-table';

type Tab = 'registrations' | 'churn';

function RetrainButton() {
  const queryClient = useQueryClient();
  const train = useMutation({
    mutationFn: trainModels,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [PREDICTIONS_KEY] });
      notifications.show({ color: 'teal', message: 'Models retrained on all history up to now.' });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Retraining failed', message: (error as Error).message }),
  });
  return (
    <Button leftSection={<IconRefresh size={16} />} loading={train.isPending} onClick={() => train.mutate()}>
      Retrain
    </Button>
  );
}

/** Who is likely to close, who is likely to go quiet, and how far to trust either score. */
export function PartnerScoresPage() {
  const can = useCan();
  const [tab, setTab] = useState<Tab>('registrations');
  const evaluation = useQuery({ queryKey: [PREDICTIONS_KEY, 'evaluation'], queryFn: fetchEvaluation });
  return (
    <>
      <AnalyticsTabs active="/console/analytics/scores" />
      <PageHeader
        title="Partner scores"
        description="Logistic models trained on the program's own history and checked on the latest four months, which they never saw. Factors show what moved a score most against an average case."
        actions={can('analytics.train') ? <RetrainButton /> : undefined}
      />
      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)}>
        <Tabs.List mb="md">
          <Tabs.Tab value="registrations">Registrations likely to close</Tabs.Tab>
          <Tabs.Tab value="churn">Churn risk</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="registrations">
          <Stack gap="lg">
            <RegistrationScoresTable />
            {evaluation.isLoading ? <LoadingState label="Loading the evaluation…" /> : null}
            {evaluation.error ? <ErrorState error={evaluation.error} onRetry={evaluation.refetch} /> : null}
            {evaluation.data ? (
              <ModelEvaluationCard title="Registration win" evaluation={evaluation.data.registrationWin} />
            ) : null}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="churn">
          <Grid>
            <Grid.Col span={12}>
              <ChurnScoresTable />
            </Grid.Col>
            <Grid.Col span={12}>
              {evaluation.isLoading ? <LoadingState label="Loading the evaluation…" /> : null}
              {evaluation.error ? <ErrorState error={evaluation.error} onRetry={evaluation.refetch} /> : null}
              {evaluation.data ? (
                <ModelEvaluationCard title="Partner churn" evaluation={evaluation.data.partnerChurn} />
              ) : null}
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
