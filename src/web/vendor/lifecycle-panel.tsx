import { Button, Group, Paper, Skeleton, Stack, Stepper, Text, Timeline, Title } from '@mantine/core';
import { IconArrowsExchange, IconFlag } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { formatDateTime, stageLabel } from '../shared/format';
import { EmptyState, ErrorState } from '../shared/states/states';
import { StageBadge, UserName } from './badges';
import { PartnerHealthSection } from './health/partner-health-section';

/** The main path a partner walks; at risk and churned branch off it. */
const PATH = ['prospect', 'recruited', 'onboarding', 'active'] as const;

function StagePath({ stage }: { stage: string }) {
  const index = PATH.indexOf(stage as (typeof PATH)[number]);
  const offPath = index === -1;
  return (
    <Stack gap="xs">
      <Stepper
        active={offPath ? PATH.length : index}
        size="sm"
        allowNextStepsSelect={false}
        aria-label="Lifecycle path"
      >
        {PATH.map((s) => (
          <Stepper.Step key={s} label={stageLabel(s)} />
        ))}
      </Stepper>
      {offPath ? (
        <Text size="sm" c={stage === 'churned' ? 'red' : 'orange'}>
          Off the main path: <b>{stageLabel(stage)}</b>
          {stage === 'at_risk' ? ' — it can return to active or churn.' : ' — it can be recruited again.'}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Current stage, the allowed next step, and every change with its reason, newest first. */
export function LifecyclePanel({
  partner,
  onChangeStage,
}: {
  partner: Schemas['PartnerDetail'];
  onChangeStage: () => void;
}) {
  const can = useCan();
  const history = useQuery({
    queryKey: ['partners', 'history', partner.id, partner.stage],
    queryFn: () =>
      unwrap(api.GET('/api/partners/{id}/stage-history', { params: { path: { id: partner.id } } })),
  });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={4}>Lifecycle</Title>
          <Group gap="xs">
            <Text size="sm">Current stage</Text>
            <StageBadge stage={partner.stage} size="lg" />
          </Group>
        </Stack>
        {can('partners.stage') ? (
          <Button leftSection={<IconArrowsExchange size={16} />} onClick={onChangeStage}>
            Change stage
          </Button>
        ) : null}
      </Group>
      <Paper withBorder p="md" radius="md" bg="gray.0">
        <StagePath stage={partner.stage} />
      </Paper>
      {can('health.read') ? <PartnerHealthSection partnerId={partner.id} stage={partner.stage} /> : null}
      <Stack gap="sm">
        <Title order={5}>History</Title>
        {history.error ? (
          <ErrorState error={history.error} onRetry={() => history.refetch()} />
        ) : history.isLoading ? (
          <Stack>
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height={48} />
            ))}
          </Stack>
        ) : !history.data?.items.length ? (
          <EmptyState title="No stage changes yet">
            Every move along the lifecycle is recorded here with its reason and who made it.
          </EmptyState>
        ) : (
          <Timeline bulletSize={22} lineWidth={2} active={0}>
            {history.data.items.map((change) => (
              <Timeline.Item
                key={change.id}
                bullet={<IconFlag size={12} />}
                title={
                  <Group gap={6}>
                    {change.fromStage ? (
                      <>
                        <StageBadge stage={change.fromStage} />
                        <Text size="sm" c="dimmed" aria-label="to">
                          →
                        </Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Entered as
                      </Text>
                    )}
                    <StageBadge stage={change.toStage} />
                  </Group>
                }
              >
                <Text size="sm" mt={4}>
                  {change.reason}
                </Text>
                <Text size="xs" c="dimmed" mt={2}>
                  {formatDateTime(change.at)}
                  {change.actorId === null ? ' · by the system' : null}
                  {change.actorId && can('users.read') ? (
                    <>
                      {' · by '}
                      <UserName id={change.actorId} />
                    </>
                  ) : null}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Stack>
  );
}
