import { Group, Paper, RingProgress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { fetchEngagement, PORTAL_SURVEYS_KEY } from './portal-surveys-api';

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The organization's own portal engagement score and what it is made of. */
export function EngagementCard({ partnerId }: { partnerId: string }) {
  const query = useQuery({
    queryKey: [PORTAL_SURVEYS_KEY, 'engagement', partnerId],
    queryFn: () => fetchEngagement(partnerId),
  });
  if (query.error) return <ErrorState error={query.error} onRetry={query.refetch} />;
  if (!query.data) return <LoadingState label="Loading your engagement…" />;
  const e = query.data;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label="Your engagement">
      <Group align="flex-start" gap="xl" wrap="wrap">
        <RingProgress
          size={120}
          thickness={12}
          roundCaps
          sections={[{ value: e.score, color: e.score >= 60 ? 'teal' : e.score >= 30 ? 'yellow' : 'red' }]}
          label={
            <Text ta="center" fw={700} size="xl">
              {e.score}
            </Text>
          }
          aria-label={`Engagement score ${e.score} of 100`}
        />
        <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
          <Title order={3} size="h4">
            Your organization's engagement
          </Title>
          <Text size="sm" c="dimmed">
            Portal use from {e.from} to {e.to}, scored 0–100: half for the share of your users who were
            active, 30 points for regular use (12 active days count fully), 20 for the breadth of areas used
            (5 count fully).
          </Text>
          <Text size="sm">
            Users active: {e.activeUsers} of {e.enabledUsers} ({percent(e.userShare)})
          </Text>
          <Text size="sm">
            Days with activity: {e.activeDays} ({percent(e.dayShare)})
          </Text>
          <Text size="sm">
            Areas used: {e.areas.length ? e.areas.join(', ') : 'none yet'} ({percent(e.areaShare)})
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
