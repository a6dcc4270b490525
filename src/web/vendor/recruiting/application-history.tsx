import { Text, Timeline } from '@mantine/core';
import { formatDateTime } from '../../shared/format';
import { UserName } from '../badges';
import type { ApplicationDetail } from './recruiting-api';
import { applicationStatusLabel } from './recruiting-stages';

/** Every stage the application went through, newest first, with who moved it and why. */
export function ApplicationHistory({ history }: { history: ApplicationDetail['history'] }) {
  const entries = [...history].reverse();
  return (
    <Timeline
      bulletSize={18}
      lineWidth={2}
      active={entries.length - 1}
      aria-label="Stage history"
      data-testid="application-history"
    >
      {entries.map((h) => (
        <Timeline.Item
          key={`${h.at}-${h.toStatus}`}
          title={
            h.fromStatus
              ? `${applicationStatusLabel(h.fromStatus)} → ${applicationStatusLabel(h.toStatus)}`
              : applicationStatusLabel(h.toStatus)
          }
          color={h.toStatus === 'rejected' ? 'red' : 'teal'}
        >
          <Text size="sm">{h.reason}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(h.at)}
            {h.actorId ? (
              <>
                {' · '}
                <UserName id={h.actorId} fallback="Vendor staff" />
              </>
            ) : null}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
