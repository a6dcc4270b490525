import { Card, Grid, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { useSession } from '../../shared/auth/session';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../shared/states/states';
import { CriterionProgressList } from '../../shared/tiers/criterion-progress-list';
import { NextTierProgress } from '../../shared/tiers/next-tier-progress';
import { tierColor } from '../../shared/tiers/tier-badge';
import { TierBenefitsList } from '../../shared/tiers/tier-benefits-list';
import { TierHistoryTimeline } from '../../shared/tiers/tier-history-timeline';
import { criteriaMetrics } from '../../shared/tiers/tier-metrics';
import { tierOutlook } from '../../shared/tiers/tier-outlook';
import { tierName } from '../../shared/tiers/tier-progress';
import { TierStatusAlert } from '../../shared/tiers/tier-status-alert';
import { useTierStanding } from '../../shared/tiers/use-tier-standing';

/** The partner's own tier: its benefits, what the next tier needs and brings, any warning, and the history. */
export function PortalTierPage() {
  const user = useSession();
  const partnerId = user.partnerId!;
  const standing = useTierStanding(partnerId);
  const program = standing.program.data;
  const progress = standing.progress.data;

  const header = (
    <PageHeader
      title="My tier"
      description="Your tier sets your discount, how long approved registrations are protected, your share of market development funds and your priority for leads. It is reviewed every day on your last 12 months."
    />
  );
  if (standing.error) {
    return (
      <>
        {header}
        <ErrorState error={standing.error} onRetry={standing.refetch} />
      </>
    );
  }
  if (standing.isLoading || !program) {
    return (
      <>
        {header}
        <LoadingState label="Loading your tier…" />
      </>
    );
  }
  if (!progress) {
    return (
      <>
        {header}
        <EmptyState title="No tier yet">
          {standing.untieredReason ?? 'Partners hold a tier from onboarding on.'} Your partner manager can
          tell you more about the program.
        </EmptyState>
      </>
    );
  }

  const current = tierName(program.tiers, progress.tier);
  return (
    <>
      {header}
      <Stack gap="lg">
        <TierStatusAlert
          outlook={tierOutlook(progress, program)}
          tiers={program.tiers}
          currentTier={progress.tier}
          you
        />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder padding="lg" h="100%" component="section" aria-label="Your tier">
              <Stack gap="md">
                <Group gap="sm">
                  <ThemeIcon variant="light" color="yellow" size="lg" radius="xl" aria-hidden>
                    <IconAward size={20} />
                  </ThemeIcon>
                  <Title order={3} size="h4">
                    Your tier
                  </Title>
                </Group>
                <Text
                  fz={28}
                  fw={700}
                  lh={1.1}
                  c={`${tierColor(program.tiers, progress.tier)}.8`}
                  data-testid="portal-tier-name"
                >
                  {current}
                </Text>
                {progress.benefits ? (
                  <TierBenefitsList benefits={progress.benefits} label={`Benefits of ${current}`} />
                ) : (
                  <Text size="sm" c="dimmed">
                    Benefits start with your first tier.
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  Results as of {formatDateTime(progress.evaluatedAt)}
                </Text>
              </Stack>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Card withBorder padding="lg" h="100%" component="section" aria-label="Next tier">
              <NextTierProgress progress={progress} program={program} you />
            </Card>
          </Grid.Col>
        </Grid>
        {progress.tier && progress.currentCriteria.length ? (
          <Card withBorder padding="lg" component="section" aria-label={`Keeping ${current}`}>
            <Stack gap="md">
              <div>
                <Title order={4}>Keeping {current}</Title>
                <Text size="sm" c="dimmed">
                  Falling short starts a warning; the tier changes only if your results have not recovered
                  after {program.demotionGraceDays} days.
                </Text>
              </div>
              <CriterionProgressList criteria={progress.currentCriteria} currency={program.currency} />
            </Stack>
          </Card>
        ) : null}
        <Card withBorder padding="lg" component="section" aria-label="Tier history">
          <Stack gap="md">
            <Title order={4}>Tier history</Title>
            <TierHistoryTimeline
              partnerId={partnerId}
              tiers={program.tiers}
              currency={program.currency}
              metrics={criteriaMetrics(program.tiers)}
            />
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
