import {
  Alert,
  Anchor,
  Button,
  Divider,
  Drawer,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconBuildingStore, IconEdit, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { formatDate, formatNumber, typeLabel } from '../../shared/format';
import { LinkAnchor, LinkButton } from '../../shared/router-links';
import { EmptyState, ErrorState, isNotFound } from '../../shared/states/states';
import { UserName } from '../badges';
import { FitReasons } from '../fit-reasons';
import { regionLabel } from '../options';
import { ApplicationHistory } from './application-history';
import { ApplicationStagePath } from './application-stage-path';
import { ApplicationStatusBadge } from './application-status-badge';
import { FitBadge } from './fit-badge';
import { ProspectDialog } from './prospect-dialog';
import { applicationQuery } from './recruiting-api';
import { type Application, applicationStatusLabel, canReject, forwardStage } from './recruiting-stages';
import type { ApplicationActions } from './use-application-actions';

/** The application behind a card: profile, duplicate warning, fit reasons, history and the moves. */
export function ApplicationDrawer({
  applicationId,
  onClose,
  onOpen,
  actions,
}: {
  applicationId: string | undefined;
  onClose: () => void;
  onOpen: (id: string) => void;
  actions: ApplicationActions;
}) {
  return (
    <Drawer
      opened={Boolean(applicationId)}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={600}>Application</Text>}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {applicationId ? <ApplicationDetailView id={applicationId} onOpen={onOpen} actions={actions} /> : null}
    </Drawer>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </Stack>
  );
}

function ApplicationDetailView({
  id,
  onOpen,
  actions,
}: {
  id: string;
  onOpen: (id: string) => void;
  actions: ApplicationActions;
}) {
  const can = useCan();
  const canWrite = can('recruiting.write');
  const [editing, setEditing] = useState(false);
  const detail = useQuery({
    ...applicationQuery(id),
    retry: (count, error) => !isNotFound(error) && count < 2,
  });
  if (detail.error)
    return isNotFound(detail.error) ? (
      <EmptyState title="Application not found">It may have been removed, or the link is wrong.</EmptyState>
    ) : (
      <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
    );
  if (!detail.data)
    return (
      <Stack>
        <Skeleton height={32} width="60%" />
        <Skeleton height={120} />
        <Skeleton height={200} />
      </Stack>
    );
  const { application: a, fitReasons, history } = detail.data;
  const next = forwardStage(a);
  const editable = a.status !== 'signed' && a.status !== 'onboarding';

  return (
    <Stack gap="md" data-testid="application-detail">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={3}>{a.companyName}</Title>
          <Group gap="xs">
            <ApplicationStatusBadge status={a.status} size="md" />
            <FitBadge score={a.fitScore} />
            <Text size="sm" c="dimmed">
              {typeLabel(a.type)}
            </Text>
          </Group>
        </Stack>
      </Group>

      {canWrite && (next || canReject(a) || editable) ? (
        <Group gap="sm">
          {next ? (
            <Button
              rightSection={<IconArrowRight size={16} />}
              loading={actions.busyId === a.id}
              onClick={() => void actions.advance(a, next)}
            >
              Move to {applicationStatusLabel(next).toLowerCase()}
            </Button>
          ) : null}
          {canReject(a) ? (
            <Button
              variant="light"
              color="red"
              leftSection={<IconX size={16} />}
              onClick={() => actions.reject(a)}
            >
              Reject…
            </Button>
          ) : null}
          {editable ? (
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
              Edit
            </Button>
          ) : null}
        </Group>
      ) : null}

      {a.duplicateOf ? <DuplicateWarning duplicate={a.duplicateOf} onOpen={onOpen} /> : null}
      {a.partnerId ? <PartnerNotice application={a} /> : null}
      {a.status === 'rejected' ? (
        <Alert color="red" variant="light" title="Rejected" data-testid="rejection-reason">
          {a.rejectionReason}
        </Alert>
      ) : (
        <ApplicationStagePath status={a.status} />
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Fact label="Contact">
          {a.contactName} · <Anchor href={`mailto:${a.contactEmail}`}>{a.contactEmail}</Anchor>
        </Fact>
        <Fact label="Website">
          {a.website ? (
            <Anchor
              href={/^https?:\/\//.test(a.website) ? a.website : `https://${a.website}`}
              target="_blank"
              rel="noreferrer"
            >
              {a.website}
            </Anchor>
          ) : (
            (a.domain ?? '—')
          )}
        </Fact>
        <Fact label="Regions">{a.regions.map(regionLabel).join(', ') || '—'}</Fact>
        <Fact label="Specializations">{a.specializations.join(', ') || '—'}</Fact>
        <Fact label="Country">{a.country ?? '—'}</Fact>
        <Fact label="Employees">{formatNumber(a.employees)}</Fact>
        <Fact label="Source">{a.source === 'public_form' ? 'Public sign-up form' : 'Added by hand'}</Fact>
        <Fact label="Owner">
          <UserName id={a.ownerId} fallback={a.ownerId ? 'Vendor staff' : 'No owner'} />
        </Fact>
        <Fact label="Added">{formatDate(a.createdAt)}</Fact>
        <Fact label="In this stage since">{formatDate(a.statusChangedAt)}</Fact>
      </SimpleGrid>
      {a.message ? <Fact label="Notes">{a.message}</Fact> : null}

      <Divider />
      <Stack gap="xs">
        <Title order={4}>IPP fit — {a.fitScore} of 100</Title>
        {fitReasons.length ? (
          <FitReasons reasons={fitReasons} />
        ) : (
          <Text size="sm" c="dimmed">
            No ideal partner profile is defined yet, so there are no reasons to show.{' '}
            <LinkAnchor to="/console/ipp">Define the ideal partner profile</LinkAnchor>
          </Text>
        )}
      </Stack>

      <Divider />
      <Stack gap="xs">
        <Title order={4}>History</Title>
        <ApplicationHistory history={history} />
      </Stack>

      <ProspectDialog opened={editing} onClose={() => setEditing(false)} application={a} />
    </Stack>
  );
}

function DuplicateWarning({
  duplicate,
  onOpen,
}: {
  duplicate: NonNullable<Application['duplicateOf']>;
  onOpen: (id: string) => void;
}) {
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title="Possible duplicate"
      data-testid="duplicate-warning"
    >
      Same domain as {duplicate.kind === 'partner' ? 'the existing partner' : 'the earlier application'}{' '}
      {duplicate.kind === 'partner' ? (
        <LinkAnchor to="/console/partners/$partnerId" params={{ partnerId: duplicate.id }} fw={600}>
          {duplicate.name}
        </LinkAnchor>
      ) : (
        <Anchor component="button" type="button" fw={600} onClick={() => onOpen(duplicate.id)}>
          {duplicate.name}
        </Anchor>
      )}
      . Check before you pursue it.
    </Alert>
  );
}

function PartnerNotice({ application }: { application: Application }) {
  return (
    <Alert color="teal" variant="light" icon={<IconBuildingStore size={18} />} title="Now a partner">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          {application.status === 'onboarding'
            ? 'The partner is onboarding; its checklist is on the onboarding screen.'
            : 'Signing created the partner. Move it to onboarding to start its checklist.'}
        </Text>
        <Group gap="xs">
          <LinkButton
            size="xs"
            variant="light"
            to="/console/partners/$partnerId"
            params={{ partnerId: application.partnerId! }}
          >
            Open partner page
          </LinkButton>
          {application.status === 'onboarding' ? (
            <LinkButton
              size="xs"
              variant="subtle"
              to="/console/onboarding"
              search={{ partner: application.partnerId! }}
            >
              Open checklist
            </LinkButton>
          ) : null}
        </Group>
      </Group>
    </Alert>
  );
}
