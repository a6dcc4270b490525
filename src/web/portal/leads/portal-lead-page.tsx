import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconTransform, IconX } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { LeadStatusBadge, timeLeft } from '../../shared/leads/lead-status';
import { LeadSummaryCard } from '../../shared/leads/lead-summary-card';
import { convertLead, LEADS_KEY, leadQuery } from '../../shared/leads/leads-api';
import { LinkAnchor } from '../../shared/router-links';
import { NotFoundPage } from '../../shared/states/not-found-page';
import { ErrorState, isNotFound, LoadingState } from '../../shared/states/states';
import { ConvertLeadDialog } from './convert-lead-dialog';
import { useLeadAnswers } from './use-lead-answers';

/** One lead offered to or held by the partner: the buyer, the offer's deadline, and what to do next. */
export function PortalLeadPage() {
  const { leadId } = useParams({ from: '/signed-in/portal/leads/$leadId' });
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lead = useQuery(leadQuery(leadId));
  const answers = useLeadAnswers(() => void navigate({ to: '/portal/leads' }));
  const [converting, setConverting] = useState(false);

  if (lead.isLoading) return <LoadingState label="Loading the lead…" />;
  if (isNotFound(lead.error)) return <NotFoundPage what="lead" />;
  if (lead.error || !lead.data) return <ErrorState error={lead.error} onRetry={() => lead.refetch()} />;
  const l = lead.data;
  const offer = l.offers.find((o) => o.status === 'pending') ?? l.offers[0];
  const left = timeLeft(l.offerDueAt);
  const canRespond = can('leads.respond');

  return (
    <Stack>
      <Text size="sm">
        <LinkAnchor to="/portal/leads">Leads</LinkAnchor> / {l.companyName}
      </Text>
      <PageHeader
        title={
          <Group gap="sm">
            {l.companyName}
            <LeadStatusBadge status={l.status} />
          </Group>
        }
        actions={
          canRespond && l.status === 'offered' ? (
            <>
              <Button
                leftSection={<IconCheck size={16} />}
                loading={answers.busyId === l.id}
                onClick={() => void answers.accept(l)}
              >
                Accept
              </Button>
              <Button
                variant="default"
                color="red"
                leftSection={<IconX size={16} />}
                onClick={() => answers.decline(l)}
              >
                Decline
              </Button>
            </>
          ) : canRespond && l.status === 'accepted' ? (
            <Button leftSection={<IconTransform size={16} />} onClick={() => setConverting(true)}>
              Convert to a registration
            </Button>
          ) : null
        }
      />
      {l.status === 'offered' && left ? (
        <Alert color={left.urgent ? 'red' : 'yellow'} title={`${left.label} to answer`}>
          Answer by {formatDateTime(l.offerDueAt)}. Without an answer the lead goes to another partner.
        </Alert>
      ) : null}
      {l.status === 'converted' && l.registrationId ? (
        <Alert color="green" title="Converted">
          This lead is now a deal registration:{' '}
          <LinkAnchor
            to="/portal/registrations/$registrationId"
            params={{ registrationId: l.registrationId }}
          >
            open the registration
          </LinkAnchor>
          .
        </Alert>
      ) : null}
      <LeadSummaryCard lead={l} />
      {offer ? (
        <Paper withBorder p="md" radius="md">
          <Stack gap={4}>
            <Title order={5}>Why you</Title>
            <Text size="sm">{offer.reason.summary}</Text>
            <Text size="xs" c="dimmed">
              Offered {formatDateTime(offer.offeredAt)}
              {offer.respondedAt ? ` · accepted ${formatDateTime(offer.respondedAt)}` : ''}
            </Text>
          </Stack>
        </Paper>
      ) : null}
      <ConvertLeadDialog
        lead={l}
        opened={converting}
        onClose={() => setConverting(false)}
        onConvert={async (body) => {
          const result = await convertLead(l.id, body);
          await queryClient.invalidateQueries({ queryKey: [LEADS_KEY] });
          notifications.show({
            color: 'teal',
            title: 'Deal registered',
            message: `Registration ${result.registration.status}.`,
          });
        }}
      />
      {answers.dialog}
    </Stack>
  );
}
