import { Badge, Group, Stack, Text } from '@mantine/core';
import { humanize, roleLabel, typeLabel } from '../../shared/format';
import type { CourseStatus } from './enablement-api';
import { audienceLines } from './enablement-format';

const STATUS_COLORS: Record<CourseStatus, string> = { draft: 'yellow', published: 'teal', archived: 'gray' };

export function CourseStatusBadge({ status }: { status: CourseStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" miw="max-content">
      {humanize(status)}
    </Badge>
  );
}

/** Who a course or path is for: open to all, and/or partner types × portal roles. */
export function AudienceBadges({
  openToAll = false,
  partnerTypes,
  roles,
}: {
  openToAll?: boolean;
  partnerTypes: readonly string[];
  roles: readonly string[];
}) {
  if (!openToAll && !partnerTypes.length && !roles.length) {
    return (
      <Text size="sm" c="dimmed">
        Nobody yet
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {openToAll ? (
        <Badge color="grape" variant="light" tt="none">
          Open to all
        </Badge>
      ) : null}
      {partnerTypes.map((t) => (
        <Badge key={t} color="blue" variant="light" tt="none">
          {typeLabel(t)}
        </Badge>
      ))}
      {roles.map((r) => (
        <Badge key={r} color="gray" variant="outline" tt="none">
          {roleLabel(r)}
        </Badge>
      ))}
    </Group>
  );
}

/** A course's audience in a table cell: open to all, and the types and roles its paths give it. */
export function AudienceSummary({
  openToAll,
  partnerTypes,
  roles,
  pathCount,
}: {
  openToAll: boolean;
  partnerTypes: readonly string[];
  roles: readonly string[];
  pathCount: number;
}) {
  const lines = audienceLines(partnerTypes, roles);
  if (!openToAll && !lines.types && !lines.roles) {
    return (
      <Text size="sm" c="dimmed">
        Nobody yet
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {openToAll ? (
        <Badge color="grape" variant="light" tt="none" w="fit-content">
          Open to all
        </Badge>
      ) : null}
      {lines.types ? <Text size="sm">{lines.types}</Text> : null}
      {lines.roles ? (
        <Text size="xs" c="dimmed">
          {lines.roles}
        </Text>
      ) : null}
      {pathCount ? (
        <Text size="xs" c="dimmed">
          Through {pathCount} learning {pathCount === 1 ? 'path' : 'paths'}
        </Text>
      ) : null}
    </Stack>
  );
}
