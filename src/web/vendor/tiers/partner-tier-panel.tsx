import { Anchor, Button, Divider, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { formatDateTime } from '../../shared/format';
import { ErrorState } from '../../shared/states/states';
import { NextTierProgress } from '../../shared/tiers/next-tier-progress';
import { TierBadge } from '../../shared/tiers/tier-badge';
import { TierBenefitsList } from '../../shared/tiers/tier-benefits-list';
import { TierHistoryTimeline } from '../../shared/tiers/tier-history-timeline';
import { criteriaMetrics } from '../../shared/tiers/tier-metrics';
import { tierOutlook } from '../../shared/tiers/tier-outlook';
import { tierName } from '../../shared/tiers/tier-progress';
import { TIERS_KEY } from '../../shared/tiers/tier-queries';
import { TierStatusAlert } from '../../shared/tiers/tier-status-alert';
import { useTierStanding } from '../../shared/tiers/use-tier-standing';

/** A partner's tier on its detail page: benefits, warning or pending approval, progress to the next tier, history. */
export function PartnerTierPanel({ partnerId }: { partnerId: string }) {
  const can = useCan();
  const queryClient = useQueryClient();
  const standing = useTierStanding(partnerId);
  const [approving, setApproving] = useState(false);
  const program = standing.program.data;
  const progress = standing.progress.data;

  return (
    <Stack gap="lg" mt="xl" component="section" aria-label="Tier">
      <Divider />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={4}>Tier</Title>
          {program && progress ? (
            <Group gap="xs">
              <Text size="sm">Current tier</Text>
              <TierBadge tiers={program.tiers} tierKey={progress.tier} size="lg" />
              <Text size="xs" c="dimmed">
                metrics as of {formatDateTime(progress.evaluatedAt)}
              </Text>
            </Group>
          ) : null}
        </Stack>
        <Anchor component={Link} to="/console/tiers" size="sm">
          Tier program
        </Anchor>
      </Group>

      {standing.error ? (
        <ErrorState error={standing.error} onRetry={standing.refetch} />
      ) : standing.isLoading || !program ? (
        <Stack>
          <Skeleton height={60} />
          <Skeleton height={160} />
        </Stack>
      ) : !progress ? (
        <Text size="sm" c="dimmed" data-testid="tier-untiered">
          {standing.untieredReason ?? 'No tier progress to show.'}
        </Text>
      ) : (
        <>
          <TierStatusAlert
            outlook={tierOutlook(progress, program)}
            tiers={program.tiers}
            currentTier={progress.tier}
            action={
              can('tiers.evaluate') ? (
                <Button
                  size="xs"
                  color="teal"
                  leftSection={<IconCheck size={14} />}
                  onClick={() => setApproving(true)}
                >
                  Approve promotion
                </Button>
              ) : null
            }
          />
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  Benefits now
                </Text>
                {progress.benefits ? (
                  <TierBenefitsList
                    benefits={progress.benefits}
                    label={`Benefits of ${tierName(program.tiers, progress.tier)}`}
                  />
                ) : (
                  <Text size="sm" c="dimmed">
                    No tier benefits until the partner holds a tier.
                  </Text>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <NextTierProgress progress={progress} program={program} />
            </Grid.Col>
          </Grid>
        </>
      )}

      {program ? (
        <Stack gap="sm">
          <Title order={5}>Tier history</Title>
          <TierHistoryTimeline
            partnerId={partnerId}
            tiers={program.tiers}
            currency={program.currency}
            metrics={criteriaMetrics(program.tiers)}
          />
        </Stack>
      ) : null}

      <ConfirmDialog
        opened={approving}
        onClose={() => setApproving(false)}
        title="Approve the promotion?"
        confirmLabel="Approve promotion"
        color="teal"
        onConfirm={async () => {
          const result = await unwrap(
            api.POST('/api/tiers/partners/{id}/approve-promotion', { params: { path: { id: partnerId } } }),
          );
          await queryClient.invalidateQueries({ queryKey: TIERS_KEY });
          await queryClient.invalidateQueries({ queryKey: ['partners'] });
          notifications.show({
            color: 'teal',
            title: 'Promotion approved',
            message: `The partner now holds ${tierName(program?.tiers ?? [], result.tier)}.`,
          });
        }}
      >
        The partner qualified for{' '}
        <b>
          {progress?.pendingTier ? tierName(program?.tiers ?? [], progress.pendingTier) : 'a higher tier'}
        </b>
        . The new tier and its benefits apply at once and are recorded in its tier history.
      </ConfirmDialog>
    </Stack>
  );
}
