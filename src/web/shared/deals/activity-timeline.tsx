import { Badge, Button, Group, Text, Timeline } from '@mantine/core';
import {
  IconArrowsExchange,
  IconCalendarEvent,
  IconChecklist,
  IconCircleDot,
  IconClipboardCheck,
  IconCoin,
  IconFileInvoice,
  IconHandStop,
  IconMessage,
  IconPlus,
  IconTrophy,
  IconUserMinus,
  IconUserPlus,
} from '@tabler/icons-react';
import { type ComponentType, useState } from 'react';
import { formatDateTime } from '../format';
import { DealPanel, PanelEmpty } from './deal-badges';
import type { DealActivity } from './deal-format';

const SHOWN_AT_FIRST = 15;

interface KindStyle {
  icon: ComponentType<{ size?: number }>;
  color: string;
}

function styleOf(kind: string): KindStyle {
  if (kind === 'won') return { icon: IconTrophy, color: 'green' };
  if (kind === 'lost') return { icon: IconHandStop, color: 'red' };
  if (kind === 'rep_credit') return { icon: IconCoin, color: 'green' };
  if (kind === 'created' || kind === 'imported') return { icon: IconPlus, color: 'teal' };
  if (kind === 'partner_added') return { icon: IconUserPlus, color: 'grape' };
  if (kind === 'partner_removed') return { icon: IconUserMinus, color: 'gray' };
  if (kind === 'note_added') return { icon: IconMessage, color: 'blue' };
  if (kind.startsWith('task_')) return { icon: IconChecklist, color: 'cyan' };
  if (kind === 'touchpoint') return { icon: IconCalendarEvent, color: 'grape' };
  if (kind.startsWith('private_offer')) return { icon: IconFileInvoice, color: 'orange' };
  if (kind.startsWith('registration')) return { icon: IconClipboardCheck, color: 'teal' };
  if (kind.endsWith('_changed') || kind === 'next_steps' || kind === 'renamed')
    return { icon: IconArrowsExchange, color: 'blue' };
  return { icon: IconCircleDot, color: 'gray' };
}

/** Everything that happened on the deal, newest first; the vendor also sees its internal entries, marked. */
export function ActivityTimeline({
  activities,
  isPartner,
}: {
  activities: DealActivity[];
  isPartner: boolean;
}) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? activities : activities.slice(0, SHOWN_AT_FIRST);

  return (
    <DealPanel title="Activity" count={activities.length} testId="deal-activity">
      {activities.length === 0 ? (
        <PanelEmpty title="Nothing has happened yet">
          Stage changes, notes, tasks, touchpoints and offers appear here as they happen.
        </PanelEmpty>
      ) : (
        <>
          <Timeline
            bulletSize={26}
            lineWidth={2}
            active={shown.length - 1}
            aria-label="Deal activity, newest first"
          >
            {shown.map((entry) => {
              const { icon: Icon, color } = styleOf(entry.kind);
              return (
                <Timeline.Item
                  key={entry.id}
                  color={color}
                  bullet={<Icon size={14} />}
                  title={
                    <Group gap={6} wrap="wrap">
                      <Text size="sm" fw={500}>
                        {entry.summary}
                      </Text>
                      {entry.internal && !isPartner ? (
                        <Badge size="xs" color="yellow" variant="light">
                          Internal
                        </Badge>
                      ) : null}
                    </Group>
                  }
                >
                  <Text size="xs" c="dimmed">
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
          {activities.length > SHOWN_AT_FIRST ? (
            <Group justify="center">
              <Button variant="subtle" size="xs" onClick={() => setShowAll((v) => !v)}>
                {showAll ? 'Show the latest only' : `Show all ${activities.length} entries`}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </DealPanel>
  );
}
