import { Badge, Group, Skeleton, Stack, Text, Timeline } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '../format';
import { EmptyState, ErrorState } from '../states/states';
import { tierActionColor, tierActionLabel } from './tier-actions';
import { TierBadge } from './tier-badge';
import { metricsLine } from './tier-metrics';
import type { TierDefinitionView } from './tier-progress';
import { tierHistoryQuery } from './tier-queries';
import { readableTierReason } from './tier-reason';

/** Every tier change, warning and approval of a partner, newest first, with the metrics each was decided on. */
export function TierHistoryTimeline({
  partnerId,
  tiers,
  currency,
  metrics,
}: {
  partnerId: string;
  tiers: readonly TierDefinitionView[];
  currency: string;
  /** The metrics worth showing with each entry (those the criteria use). */
  metrics: readonly string[];
}) {
  const history = useQuery(tierHistoryQuery(partnerId));
  if (history.error) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  if (history.isLoading) {
    return (
      <Stack>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={48} />
        ))}
      </Stack>
    );
  }
  const entries = history.data ?? [];
  if (entries.length === 0) {
    return (
      <EmptyState title="No tier changes yet">
        Tier assignments, promotions, warnings and demotions appear here with the results they were decided
        on.
      </EmptyState>
    );
  }
  return (
    <Timeline bulletSize={22} lineWidth={2} active={0} aria-label="Tier history">
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.id}
          bullet={<IconAward size={12} />}
          color={tierActionColor(entry.action)}
          title={
            <Group gap={6}>
              <Badge variant="dot" color={tierActionColor(entry.action)} tt="none">
                {tierActionLabel(entry.action)}
              </Badge>
              {entry.fromTier || entry.toTier ? (
                <>
                  <TierBadge tiers={tiers} tierKey={entry.fromTier} size="sm" />
                  <Text size="sm" c="dimmed" aria-label="to">
                    →
                  </Text>
                  <TierBadge tiers={tiers} tierKey={entry.toTier} size="sm" />
                </>
              ) : null}
            </Group>
          }
        >
          <Text size="sm" mt={4}>
            {readableTierReason(entry.reason, tiers, currency)}
          </Text>
          {metricsLine(entry.metrics, currency, metrics) ? (
            <Text size="xs" c="dimmed" mt={2}>
              {metricsLine(entry.metrics, currency, metrics)}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed" mt={2}>
            {formatDateTime(entry.at)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
