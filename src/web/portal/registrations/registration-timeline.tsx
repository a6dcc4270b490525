import { Badge, Group, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { IconGavel, IconRobot, IconUser } from '@tabler/icons-react';
import { formatDateTime } from '../../shared/format';
import type { RegistrationDetail } from '../../shared/registrations/registration-api';
import { registrationStatusColor } from '../../shared/registrations/registration-status-badge';
import { ruleLabel, timelineEntries } from './timeline-entries';

export function RegistrationTimeline({ detail }: { detail: RegistrationDetail }) {
  const entries = timelineEntries(detail.history, detail.decisions);
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Nothing has happened yet.
      </Text>
    );
  return (
    <Timeline active={entries.length - 1} bulletSize={22} lineWidth={2} data-testid="registration-timeline">
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.key}
          color={registrationStatusColor(entry.status)}
          bullet={
            entry.decision ? (
              <ThemeIcon size={22} radius="xl" color={registrationStatusColor(entry.status)}>
                <IconGavel size={12} />
              </ThemeIcon>
            ) : undefined
          }
          title={
            <Text fw={600} size="sm">
              {entry.title}
            </Text>
          }
        >
          <Stack gap={4}>
            <Text size="sm">{entry.reason}</Text>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {formatDateTime(entry.at)}
              </Text>
              {entry.decision ? (
                <Badge
                  size="xs"
                  variant="outline"
                  color="gray"
                  tt="none"
                  leftSection={entry.decision.automatic ? <IconRobot size={10} /> : <IconUser size={10} />}
                >
                  {entry.decision.automatic ? 'Rule: ' : 'Decided by: '}
                  {ruleLabel(entry.decision)}
                </Badge>
              ) : null}
            </Group>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
