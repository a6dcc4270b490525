import { Badge, Group, Progress, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCan } from '../shared/auth/permissions';
import { humanize, roleLabel, STAGE_COLORS, stageLabel } from '../shared/format';
import { ACCOUNT_STATUS_COLORS, type AccountStatus, USER_STATUS_COLORS } from './options';
import { partnerQuery, type User, userQuery } from './queries';

export function StageBadge({ stage, size = 'sm' }: { stage: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={STAGE_COLORS[stage] ?? 'gray'} variant="light" size={size} miw="max-content">
      {stageLabel(stage)}
    </Badge>
  );
}

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  return (
    <Badge color={ACCOUNT_STATUS_COLORS[status]} variant="light" miw="max-content">
      {humanize(status)}
    </Badge>
  );
}

export function UserStatusBadge({ status }: { status: User['status'] }) {
  return (
    <Badge color={USER_STATUS_COLORS[status]} variant="dot" miw="max-content">
      {humanize(status)}
    </Badge>
  );
}

export function RoleBadge({ role }: { role: string }) {
  return (
    <Badge variant="outline" color="gray" tt="none" miw="max-content">
      {roleLabel(role)}
    </Badge>
  );
}

export const fitColor = (score: number) => (score >= 70 ? 'teal' : score >= 40 ? 'yellow' : 'red');

/** An IPP fit 0–100 as a number with a small bar; "—" where the score is not visible. */
export function FitScore({ score }: { score: number | null }) {
  if (score === null)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Tooltip label={`IPP fit ${score} of 100`} withArrow>
      <Group gap={8} wrap="nowrap" aria-label={`IPP fit ${score} of 100`}>
        <Text size="sm" fw={600} w={26} ta="right">
          {score}
        </Text>
        <Progress value={score} color={fitColor(score)} size="sm" w={56} aria-hidden />
      </Group>
    </Tooltip>
  );
}

/** A user's name from their id (cached); falls back to the id when it cannot be read. */
export function UserName({ id, fallback = '—' }: { id: string | null; fallback?: string }) {
  const allowed = useCan()('users.read');
  const query = useQuery({ ...userQuery(id ?? ''), enabled: Boolean(id) && allowed, retry: false });
  if (!id || !allowed) return <>{fallback}</>;
  if (query.isLoading)
    return (
      <Text span c="dimmed" inherit>
        …
      </Text>
    );
  if (!query.data)
    return (
      <Text span size="sm" c="dimmed" ff="monospace">
        {id.slice(0, 8)}
      </Text>
    );
  return <>{query.data.name}</>;
}

/** A partner's name from its id, linked to its page. */
export function PartnerLink({ id }: { id: string }) {
  const query = useQuery({ ...partnerQuery(id), retry: false, staleTime: 5 * 60_000 });
  if (query.isLoading)
    return (
      <Text span c="dimmed" size="sm">
        …
      </Text>
    );
  return (
    <Link to="/console/partners/$partnerId" params={{ partnerId: id }} className="table-link">
      {query.data?.name ?? id.slice(0, 8)}
    </Link>
  );
}
