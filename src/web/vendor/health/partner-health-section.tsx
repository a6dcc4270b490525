import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconHeartbeat } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, unwrap } from '../../shared/api/client';
import { formatDate, formatDateTime } from '../../shared/format';
import { ErrorState } from '../../shared/states/states';
import { HealthFindings } from './health-findings';

/** A partner's latest lifecycle-health assessment, inside its lifecycle tab. */
export function PartnerHealthSection({ partnerId, stage }: { partnerId: string; stage: string }) {
  const health = useQuery({
    queryKey: ['partner-health', partnerId, stage],
    queryFn: () => unwrap(api.GET('/api/partners/{id}/health', { params: { path: { id: partnerId } } })),
  });
  return (
    <Paper withBorder p="md" radius="md" data-testid="partner-health">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <IconHeartbeat size={18} aria-hidden />
            <Title order={5}>Health</Title>
          </Group>
          <Button component={Link} to="/console/health" variant="subtle" size="xs">
            Health rules
          </Button>
        </Group>
        {health.error ? (
          <ErrorState error={health.error} onRetry={() => health.refetch()} />
        ) : !health.data ? (
          <Skeleton height={60} />
        ) : health.data.evaluatedAt === null ? (
          <Text size="sm" c="dimmed">
            {stage === 'active' || stage === 'at_risk'
              ? 'Not assessed yet: the health rules run daily over active and at-risk partners.'
              : 'Health is assessed once the partner is active.'}
          </Text>
        ) : (
          <>
            {health.data.atRiskByRules ? (
              <Alert color="orange" variant="light" p="xs">
                At risk because of the rules below; it returns to active on its own once none fires.
              </Alert>
            ) : null}
            <HealthFindings findings={health.data.findings} />
            <Text size="xs" c="dimmed">
              Last partner activity {formatDate(health.data.lastActivityAt)} · assessed{' '}
              {formatDateTime(health.data.evaluatedAt)}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
