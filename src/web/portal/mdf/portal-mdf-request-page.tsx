import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { fetchRequest, MDF_KEY, type MdfClaim, type MdfRequest } from '../../shared/mdf/mdf-api';
import { RequestForm } from '../../shared/mdf/request-form';
import { ClaimsTable, RequestOverview } from '../../shared/mdf/request-overview';
import { LinkAnchor } from '../../shared/router-links';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { ClaimForm } from './claim-form';

export function PortalMdfRequestPage() {
  const { requestId } = useParams({ strict: false }) as { requestId: string };
  const can = useCan();
  const queryClient = useQueryClient();
  const request = useQuery({
    queryKey: [MDF_KEY, 'request', requestId],
    queryFn: () => fetchRequest(requestId),
  });
  const [fixing, setFixing] = useState<MdfClaim | null>(null);
  const [cancelling, setCancelling] = useState(false);
  if (request.isLoading) return <LoadingState />;
  if (request.error || !request.data)
    return <ErrorState error={request.error} onRetry={() => request.refetch()} />;
  const r = request.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: [MDF_KEY] });
  const pendingMinor = r.claims
    .filter((c) => c.status === 'submitted')
    .reduce((s, c) => s + c.amountMinor, 0);
  const claimable = r.committedRemainingMinor - pendingMinor;
  const editable = (r.status === 'draft' || r.status === 'rejected') && can('mdf.request');

  return (
    <Stack>
      <div>
        <LinkAnchor to="/portal/mdf" size="sm">
          ← Market development funds
        </LinkAnchor>
        <Group justify="space-between">
          <Title order={2}>{r.title}</Title>
          {['draft', 'submitted', 'manager_approved', 'rejected'].includes(r.status) && can('mdf.request') ? (
            <Button variant="default" color="red" onClick={() => setCancelling(true)}>
              Cancel request
            </Button>
          ) : null}
        </Group>
      </div>
      <RequestOverview request={r} />
      {editable ? (
        <Card withBorder>
          <Title order={4} mb="sm">
            {r.status === 'rejected' ? 'Change and resubmit' : 'Edit the draft'}
          </Title>
          <RequestForm
            currency={r.currency}
            initial={r}
            onSubmit={async (values, submit) => {
              await unwrap(
                api.PUT('/api/mdf/requests/{id}', {
                  params: { path: { id: requestId } },
                  body: {
                    ...values,
                    activityType: values.activityType as MdfRequest['activityType'],
                    submit,
                  },
                }),
              );
              await refresh();
            }}
          />
        </Card>
      ) : null}
      <Title order={3}>Claims</Title>
      <ClaimsTable
        claims={r.claims}
        actions={(c) =>
          c.status === 'rejected' && can('mdf.claim') ? (
            <Button size="xs" onClick={() => setFixing(c)}>
              Correct and resubmit
            </Button>
          ) : null
        }
      />
      {fixing ? (
        <Card withBorder>
          <Title order={4} mb="sm">
            Correct the claim
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Rejected: {fixing.decisionReason}. Its proof files are kept; add more below.
          </Text>
          <ClaimForm
            currency={r.currency}
            maxMinor={fixing.amountMinor}
            keepFileIds={fixing.files.map((f) => f.id)}
            submitLabel="Resubmit claim"
            onSubmit={async (body) => {
              await unwrap(api.PUT('/api/mdf/claims/{id}', { params: { path: { id: fixing.id } }, body }));
              setFixing(null);
              await refresh();
            }}
          />
        </Card>
      ) : null}
      {r.status === 'approved' && can('mdf.claim') && claimable > 0 ? (
        <Card withBorder>
          <Title order={4} mb="sm">
            Claim funds
          </Title>
          <ClaimForm
            currency={r.currency}
            maxMinor={claimable}
            submitLabel="Submit claim"
            onSubmit={async (body) => {
              await unwrap(
                api.POST('/api/mdf/requests/{id}/claims', { params: { path: { id: requestId } }, body }),
              );
              await refresh();
            }}
          />
        </Card>
      ) : null}
      <ConfirmDialog
        opened={cancelling}
        onClose={() => setCancelling(false)}
        title="Cancel this request?"
        confirmLabel="Cancel request"
        onConfirm={async () => {
          await unwrap(api.POST('/api/mdf/requests/{id}/cancel', { params: { path: { id: requestId } } }));
          await refresh();
        }}
      >
        No money was committed yet; the request is withdrawn for good.
      </ConfirmDialog>
    </Stack>
  );
}
