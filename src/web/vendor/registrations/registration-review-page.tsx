import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowLeft,
  IconBriefcase,
  IconBuilding,
  IconCheck,
  IconClockPlus,
  IconGavel,
  IconX,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { formatDay } from '../../shared/dates';
import { ReasonDialog } from '../../shared/form/reason-dialog';
import { formatDate, formatDateTime, humanize } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney } from '../../shared/money';
import type { RegistrationDetail } from '../../shared/registrations/registration-api';
import { RegistrationStatusBadge } from '../../shared/registrations/registration-status-badge';
import { LinkButton } from '../../shared/router-links';
import { EmptyState, ErrorState, isNotFound } from '../../shared/states/states';
import { UserName } from '../badges';
import { ConflictComparison } from './conflict-comparison';
import { DecisionPanel } from './decision-panel';
import { registrationQuery } from './registration-queries';

type Action = 'approve' | 'reject' | 'resolve' | 'extend';

const DISPUTE_COLORS: Record<string, string> = { open: 'orange', upheld: 'gray', overturned: 'teal' };

function BackLink() {
  return (
    <Anchor component={Link} to="/console/registrations" size="sm" mb="xs" display="inline-block">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        Deal registrations
      </Group>
    </Anchor>
  );
}

/** A manager's review of one registration: the conflict side by side, what the rules saw, and the decision. */
export function RegistrationReviewPage() {
  const { registrationId } = useParams({ strict: false }) as { registrationId: string };
  const detail = useQuery(registrationQuery(registrationId));

  if (detail.error) {
    return (
      <>
        <BackLink />
        {isNotFound(detail.error) ? (
          <EmptyState
            title="Registration not found"
            action={
              <Button component={Link} to="/console/registrations" variant="light">
                Back to deal registrations
              </Button>
            }
          >
            It may have been removed, or the link is wrong.
          </EmptyState>
        ) : (
          <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
        )}
      </>
    );
  }
  if (!detail.data) {
    return (
      <Stack>
        <Skeleton height={48} width="40%" />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Skeleton height={280} radius="md" />
          <Skeleton height={280} radius="md" />
        </SimpleGrid>
        <Skeleton height={200} radius="md" />
      </Stack>
    );
  }
  return <Review detail={detail.data} />;
}

function Review({ detail }: { detail: RegistrationDetail }) {
  const can = useCan();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action | null>(null);
  const r = detail.registration;
  const decidable = can('registrations.decide') && (r.status === 'submitted' || r.status === 'under_review');
  const resolvable = can('registrations.decide') && r.status === 'disputed';
  const extendable = can('registrations.extend') && r.status === 'approved' && !r.extended;
  const openDispute = detail.disputes.find((d) => d.status === 'open');

  async function done(title: string, message: string) {
    await queryClient.invalidateQueries({ queryKey: ['registrations'] });
    await queryClient.invalidateQueries({ queryKey: ['deals'] });
    notifications.show({ color: 'teal', title, message });
  }

  const decide = (outcome: 'approved' | 'rejected') => async (reason: string) => {
    const result = await unwrap(
      api.POST('/api/registrations/{id}/decide', {
        params: { path: { id: r.id } },
        body: { outcome, reason },
      }),
    );
    await done(
      outcome === 'approved' ? 'Registration approved' : 'Registration rejected',
      outcome === 'approved'
        ? `${r.partnerName} is protected on ${r.customerName} until ${formatDate(result.protectedUntil)}.`
        : `${r.partnerName} will see your reason.`,
    );
  };

  return (
    <>
      <BackLink />
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {r.customerName}
            <RegistrationStatusBadge status={r.status} />
          </Group>
        }
        description={
          <>
            Registered by <b>{r.partnerName}</b> on {formatDate(r.submittedAt ?? r.createdAt)} ·{' '}
            {formatMoney(r.amountMinor, r.currency)} · expected close {formatDay(r.expectedClose)}
          </>
        }
        actions={
          <>
            {r.accountId ? (
              <LinkButton
                variant="default"
                to="/console/accounts/$accountId"
                params={{ accountId: r.accountId }}
                leftSection={<IconBuilding size={16} />}
              >
                Account
              </LinkButton>
            ) : null}
            {r.dealId ? (
              <LinkButton
                variant="default"
                to="/console/deals/$dealId"
                params={{ dealId: r.dealId }}
                leftSection={<IconBriefcase size={16} />}
              >
                Deal
              </LinkButton>
            ) : null}
            {extendable ? (
              <Button
                variant="light"
                leftSection={<IconClockPlus size={16} />}
                onClick={() => setAction('extend')}
              >
                Extend protection
              </Button>
            ) : null}
            {resolvable ? (
              <Button leftSection={<IconGavel size={16} />} onClick={() => setAction('resolve')}>
                Resolve dispute
              </Button>
            ) : null}
            {decidable ? (
              <>
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconX size={16} />}
                  onClick={() => setAction('reject')}
                >
                  Reject
                </Button>
                <Button
                  color="teal"
                  leftSection={<IconCheck size={16} />}
                  onClick={() => setAction('approve')}
                >
                  Approve
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Stack>
        {r.reason ? (
          <Alert
            color={r.status === 'approved' ? 'teal' : r.status === 'rejected' ? 'red' : 'yellow'}
            variant="light"
            title="Latest decision"
            data-testid="latest-reason"
          >
            {r.reason}
          </Alert>
        ) : null}
        {openDispute ? (
          <Alert
            color="orange"
            variant="light"
            title={`Disputed by ${r.partnerName} on ${formatDate(openDispute.openedAt)}`}
          >
            {openDispute.reason}
          </Alert>
        ) : null}
        <ConflictComparison registration={r} conflict={detail.conflict} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <DecisionPanel decisions={detail.decisions} />
          <Stack>
            <HistoryPanel history={detail.history} />
            <DisputesPanel disputes={detail.disputes} />
          </Stack>
        </SimpleGrid>
        {r.notes ? (
          <Paper withBorder radius="md" p="md" component="section" aria-label="Partner's notes">
            <Title order={4} mb="xs">
              Partner's notes
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {r.notes}
            </Text>
          </Paper>
        ) : null}
      </Stack>

      <ReasonDialog
        opened={action === 'approve'}
        onClose={() => setAction(null)}
        title={`Approve ${r.partnerName}'s registration`}
        reasonDescription="The partner reads this; it is kept with the decision."
        submitLabel="Approve"
        color="teal"
        onSubmit={decide('approved')}
      >
        {detail.conflict
          ? `Approving protects ${r.customerName} for ${r.partnerName} although ${
              detail.conflict.kind === 'deal'
                ? 'your sales team has an open opportunity there'
                : `${detail.conflict.partnerName} registered it first`
            }. Say why.`
          : `Approving protects ${r.customerName} for ${r.partnerName} for its tier's protection window.`}
      </ReasonDialog>
      <ReasonDialog
        opened={action === 'reject'}
        onClose={() => setAction(null)}
        title={`Reject ${r.partnerName}'s registration`}
        reasonDescription="The partner reads this and may dispute it."
        submitLabel="Reject"
        color="red"
        onSubmit={decide('rejected')}
      />
      <ReasonDialog
        opened={action === 'resolve'}
        onClose={() => setAction(null)}
        title="Resolve the dispute"
        choices={{
          label: 'Decision',
          options: [
            {
              value: 'overturn',
              label: 'Overturn',
              description: 'The partner is right: approve the registration and start its protection.',
            },
            { value: 'uphold', label: 'Uphold', description: 'Keep the decision the partner disputed.' },
          ],
        }}
        reasonDescription="The partner reads this."
        submitLabel={(choice) =>
          choice === 'overturn' ? 'Overturn and approve' : choice === 'uphold' ? 'Uphold' : 'Resolve'
        }
        onSubmit={async (reason, choice) => {
          const outcome = choice as 'overturn' | 'uphold';
          await unwrap(
            api.POST('/api/registrations/{id}/dispute/resolve', {
              params: { path: { id: r.id } },
              body: { outcome, reason },
            }),
          );
          await done(
            outcome === 'overturn' ? 'Decision overturned' : 'Decision upheld',
            outcome === 'overturn'
              ? `${r.partnerName}'s registration is approved.`
              : `${r.partnerName} will see your reason.`,
          );
        }}
      >
        {openDispute ? (
          <>
            <b>{r.partnerName}</b> disputed: “{openDispute.reason}”
          </>
        ) : null}
      </ReasonDialog>
      <ReasonDialog
        opened={action === 'extend'}
        onClose={() => setAction(null)}
        title="Extend protection"
        reasonDescription="Protection can be extended once, when the deal shows recent activity."
        submitLabel="Extend"
        onSubmit={async (reason) => {
          const result = await unwrap(
            api.POST('/api/registrations/{id}/extend', { params: { path: { id: r.id } }, body: { reason } }),
          );
          await done('Protection extended', `Protected until ${formatDate(result.protectedUntil)}.`);
        }}
      >
        Currently protected until {formatDate(r.protectedUntil)}.
      </ReasonDialog>
    </>
  );
}

function HistoryPanel({ history }: { history: RegistrationDetail['history'] }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="History">
      <Title order={4} mb="sm">
        History
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing recorded yet.
        </Text>
      ) : (
        <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} color="teal">
          {history.map((h) => (
            <Timeline.Item
              key={`${h.at}|${h.fromStatus}|${h.toStatus}|${h.reason}`}
              title={
                <Text size="sm" fw={600}>
                  {h.fromStatus
                    ? `${humanize(h.fromStatus)} → ${humanize(h.toStatus)}`
                    : humanize(h.toStatus)}
                </Text>
              }
            >
              <Text size="sm">{h.reason}</Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(h.at)}
                {h.actorId ? (
                  <>
                    {' · '}
                    <UserName id={h.actorId} />
                  </>
                ) : (
                  ' · automatic'
                )}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}

function DisputesPanel({ disputes }: { disputes: RegistrationDetail['disputes'] }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Disputes">
      <Title order={4} mb="sm">
        Disputes
      </Title>
      {disputes.length === 0 ? (
        <Text size="sm" c="dimmed">
          The partner has not disputed a decision on this registration.
        </Text>
      ) : (
        <Stack gap="sm">
          {disputes.map((d) => (
            <Stack key={d.id} gap={2}>
              <Group gap="xs">
                <Badge color={DISPUTE_COLORS[d.status] ?? 'gray'} variant="light">
                  {humanize(d.status)}
                </Badge>
                <Text size="xs" c="dimmed">
                  opened {formatDateTime(d.openedAt)}
                  {d.resolvedAt ? ` · resolved ${formatDateTime(d.resolvedAt)}` : ''}
                </Text>
              </Group>
              <Text size="sm">“{d.reason}”</Text>
              {d.resolution ? (
                <Text size="sm" c="dimmed">
                  Resolution: {d.resolution}
                </Text>
              ) : null}
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
