import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { formatDate } from '../../shared/format';
import type { Registration } from '../../shared/registrations/registration-api';
import { daysUntil, EXPIRING_SOON_DAYS, isProtected } from './registration-queries';

/** A calendar date (YYYY-MM-DD) as the user reads it, on that day whatever their time zone. */
export const daysLeftText = (days: number) =>
  days <= 0 ? 'ends today' : days === 1 ? '1 day left' : `${days} days left`;

export const daysLeftColor = (days: number) =>
  days <= 3 ? 'red' : days <= EXPIRING_SOON_DAYS ? 'orange' : 'teal';

type ProtectionFields = Pick<Registration, 'status' | 'protectedUntil' | 'approvedAt' | 'extended'>;

/** A table cell: until when the account is protected, and how many days are left. */
export function ProtectionCell({ registration }: { registration: ProtectionFields }) {
  const { protectedUntil } = registration;
  if (!protectedUntil)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  if (!isProtected(registration))
    return (
      <Text size="sm" c="dimmed">
        Ended {formatDate(protectedUntil)}
      </Text>
    );
  const days = daysUntil(protectedUntil);
  return (
    <Stack gap={2}>
      <Text size="sm">{formatDate(protectedUntil)}</Text>
      <Badge size="xs" variant="light" color={daysLeftColor(days)} miw="max-content">
        {daysLeftText(days)}
      </Badge>
    </Stack>
  );
}

/** The protection window as a bar: how much of it is left, from approval to its end. */
export function ProtectionWindow({ registration }: { registration: ProtectionFields }) {
  const { protectedUntil, approvedAt } = registration;
  if (!protectedUntil) return null;
  const active = isProtected(registration);
  const end = Date.parse(protectedUntil);
  const start = approvedAt ? Date.parse(approvedAt) : end;
  const total = Math.max(1, Math.round((end - start) / 86_400_000));
  const days = daysUntil(protectedUntil);
  const left = active ? Math.min(100, Math.max(0, ((end - Date.now()) / Math.max(1, end - start)) * 100)) : 0;
  return (
    <Stack gap={6} data-testid="protection-window">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          {active ? 'Protected until ' : 'Protection ended '}
          <Text span fw={600}>
            {formatDate(protectedUntil)}
          </Text>
          {approvedAt ? (
            <Text span c="dimmed">
              {' '}
              · approved {formatDate(approvedAt)}
            </Text>
          ) : null}
        </Text>
        <Group gap="xs">
          {registration.extended ? (
            <Badge variant="outline" color="blue" size="sm">
              Extended
            </Badge>
          ) : null}
          {active ? (
            <Badge variant="light" color={daysLeftColor(days)} size="sm">
              {daysLeftText(days)} of {total}
            </Badge>
          ) : null}
        </Group>
      </Group>
      <Progress
        value={left}
        color={active ? daysLeftColor(days) : 'gray'}
        size="md"
        aria-label={
          active ? `Protection window: ${daysLeftText(days)} of ${total} days` : 'Protection window has ended'
        }
      />
    </Stack>
  );
}
