import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconBan, IconSend } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { ReasonDialog } from '../../shared/form/reason-dialog';
import { formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { LeadStatusBadge, timeLeft } from '../../shared/leads/lead-status';
import { LeadSummaryCard } from '../../shared/leads/lead-summary-card';
import {
  disqualifyLead,
  LEADS_KEY,
  leadQuery,
  offerLead,
  withdrawLeadOffer,
} from '../../shared/leads/leads-api';
import { LinkAnchor } from '../../shared/router-links';
import { NotFoundPage } from '../../shared/states/not-found-page';
import { ErrorState, isNotFound, LoadingState } from '../../shared/states/states';
import { OfferLeadDialog } from './offer-lead-dialog';
import { OfferTimeline } from './offer-timeline';

/** One lead for the vendor: the buyer, the matched account, every offer with its reasons, and the actions. */
export function LeadDetailPage() {
  const { leadId } = useParams({ from: '/signed-in/console/leads/$leadId' });
  const can = useCan();
  const queryClient = useQueryClient();
  const lead = useQuery(leadQuery(leadId));
  const [dialog, setDialog] = useState<'offer' | 'withdraw' | 'disqualify' | null>(null);

  if (lead.isLoading) return <LoadingState label="Loading the lead…" />;
  if (isNotFound(lead.error)) return <NotFoundPage what="lead" />;
  if (lead.error || !lead.data) return <ErrorState error={lead.error} onRetry={() => lead.refetch()} />;
  const l = lead.data;

  async function done(title: string) {
    await queryClient.invalidateQueries({ queryKey: [LEADS_KEY] });
    notifications.show({ color: 'teal', title, message: l.companyName });
  }
  const offerable = ['new', 'unassignable', 'offered'].includes(l.status);
  const due = timeLeft(l.offerDueAt);

  return (
    <Stack>
      <Text size="sm">
        <LinkAnchor to="/console/leads">Leads</LinkAnchor> / {l.companyName}
      </Text>
      <PageHeader
        title={
          <Group gap="sm">
            {l.companyName}
            <LeadStatusBadge status={l.status} />
          </Group>
        }
        description={
          l.partnerName
            ? `${l.status === 'offered' ? 'Offered to' : 'Held by'} ${l.partnerName}${due ? ` · ${due.label}` : ''}`
            : 'Not with a partner'
        }
        actions={
          <>
            {can('leads.route') && offerable ? (
              <Button leftSection={<IconSend size={16} />} onClick={() => setDialog('offer')}>
                {l.status === 'offered' ? 'Offer to another partner' : 'Offer to a partner'}
              </Button>
            ) : null}
            {can('leads.route') && l.status === 'offered' ? (
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => setDialog('withdraw')}
              >
                Withdraw offer
              </Button>
            ) : null}
            {can('leads.write') && !['converted', 'disqualified'].includes(l.status) ? (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconBan size={16} />}
                onClick={() => setDialog('disqualify')}
              >
                Disqualify
              </Button>
            ) : null}
          </>
        }
      />
      {l.status === 'unassignable' ? (
        <Alert color="orange" title="No partner could take this lead">
          Every eligible partner declined it or let it expire, or none matched the routing rules. Offer it to
          a partner by hand, or disqualify it.
        </Alert>
      ) : null}
      {l.status === 'duplicate' && l.duplicateOfId ? (
        <Alert color="grape" title="Duplicate">
          Another open lead has the same contact email:{' '}
          <LinkAnchor to="/console/leads/$leadId" params={{ leadId: l.duplicateOfId }}>
            the original lead
          </LinkAnchor>
          . Duplicates are not routed.
        </Alert>
      ) : null}
      {l.disqualifiedReason ? (
        <Alert color="gray" title="Disqualified">
          {l.disqualifiedReason}
        </Alert>
      ) : null}
      <LeadSummaryCard lead={l} />
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={4}>Matching</Title>
          <Text size="sm">
            Account:{' '}
            {l.accountId ? (
              <LinkAnchor to="/console/accounts/$accountId" params={{ accountId: l.accountId }}>
                {l.accountName}
              </LinkAnchor>
            ) : (
              'no vendor account matches this company'
            )}
          </Text>
          {l.registrationId ? (
            <Text size="sm">
              Converted to a deal registration:{' '}
              <LinkAnchor
                to="/console/registrations/$registrationId"
                params={{ registrationId: l.registrationId }}
              >
                open the registration
              </LinkAnchor>
            </Text>
          ) : null}
          {l.duplicates.length ? (
            <Stack gap={2}>
              <Text size="sm">Later leads flagged as duplicates of this one:</Text>
              {l.duplicates.map((d) => (
                <LinkAnchor key={d.id} size="sm" to="/console/leads/$leadId" params={{ leadId: d.id }}>
                  {d.companyName} · {formatDate(d.createdAt)}
                </LinkAnchor>
              ))}
            </Stack>
          ) : null}
          {l.externalId ? (
            <Text size="xs" c="dimmed">
              External id {l.externalId}
            </Text>
          ) : null}
        </Stack>
      </Paper>
      <OfferTimeline offers={l.offers} />
      <OfferLeadDialog
        opened={dialog === 'offer'}
        onClose={() => setDialog(null)}
        currentPartnerId={l.status === 'offered' ? l.partnerId : null}
        onOffer={async (partnerId) => {
          await offerLead(l.id, partnerId);
          await done('Lead offered');
        }}
      />
      <ConfirmDialog
        opened={dialog === 'withdraw'}
        onClose={() => setDialog(null)}
        title="Withdraw the offer?"
        confirmLabel="Withdraw"
        onConfirm={async () => {
          await withdrawLeadOffer(l.id);
          await done('Offer withdrawn');
        }}
      >
        {l.partnerName} can no longer accept the lead, and routing will not offer it to them again. The lead
        returns to the pool as new.
      </ConfirmDialog>
      <ReasonDialog
        opened={dialog === 'disqualify'}
        onClose={() => setDialog(null)}
        title="Disqualify this lead"
        reasonPlaceholder="Spam, a student project, an existing customer's support request…"
        submitLabel="Disqualify"
        color="red"
        onSubmit={async (reason) => {
          await disqualifyLead(l.id, reason);
          await done('Lead disqualified');
        }}
      />
    </Stack>
  );
}
