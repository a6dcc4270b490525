import { Button, Group, Modal, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { ReasonDialog } from '../../shared/form/reason-dialog';
import { fetchRequest, MDF_KEY, type MdfClaim } from '../../shared/mdf/mdf-api';
import { ClaimsTable, RequestOverview } from '../../shared/mdf/request-overview';
import { currencyExponent } from '../../shared/money';
import { LinkAnchor } from '../../shared/router-links';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { toMinor } from './budget-dialogs';
import { PayClaimDialog } from './pay-claim-dialog';

/** Approve with an amount (defaulting to the full one); used for requests and claims. */
function ApproveDialog({
  title,
  currency,
  maxMinor,
  onClose,
  onApprove,
}: {
  title: string;
  currency: string;
  maxMinor: number;
  onClose: () => void;
  onApprove: (amountMinor: number) => Promise<unknown>;
}) {
  const errors = useFieldErrors();
  const [amount, setAmount] = useState<number | string>(maxMinor / 10 ** currencyExponent(currency));
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      await onApprove(toMinor(amount, currency));
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit}>
        <Stack>
          <FormError message={errors.general} />
          <NumberInput
            label={`Amount to approve (${currency})`}
            description="Lower it to approve part"
            min={0}
            thousandSeparator=","
            value={amount}
            onChange={setAmount}
            error={errors.of('body.amountMinor')}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="teal" loading={busy}>
              Approve
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type Pending =
  | { kind: 'approve-request' }
  | { kind: 'reject-request' }
  | { kind: 'approve-claim'; claim: MdfClaim }
  | { kind: 'refuse-claim'; claim: MdfClaim }
  | { kind: 'pay'; claim: MdfClaim };

export function MdfRequestReviewPage() {
  const { requestId } = useParams({ strict: false }) as { requestId: string };
  const can = useCan();
  const queryClient = useQueryClient();
  const request = useQuery({
    queryKey: [MDF_KEY, 'request', requestId],
    queryFn: () => fetchRequest(requestId),
  });
  const [pending, setPending] = useState<Pending | null>(null);
  if (request.isLoading) return <LoadingState />;
  if (request.error || !request.data)
    return <ErrorState error={request.error} onRetry={() => request.refetch()} />;
  const r = request.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: [MDF_KEY] });
  const close = () => setPending(null);
  const decideRequest = (body: { decision: 'approve' | 'reject'; amountMinor?: number; reason?: string }) =>
    unwrap(api.POST('/api/mdf/requests/{id}/decision', { params: { path: { id: requestId } }, body })).then(
      refresh,
    );
  const decideClaim = (
    claim: MdfClaim,
    body: { decision: 'approve' | 'reject' | 'decline'; amountMinor?: number; reason?: string },
  ) =>
    unwrap(api.POST('/api/mdf/claims/{id}/decision', { params: { path: { id: claim.id } }, body })).then(
      refresh,
    );

  return (
    <Stack>
      <div>
        <LinkAnchor to="/console/mdf/requests" size="sm">
          ← Requests
        </LinkAnchor>
        <Title order={2}>{r.title}</Title>
        <Text c="dimmed" size="sm">
          {r.partnerName} · {r.budgetName}
        </Text>
      </div>
      {r.nextStep && can('mdf.approve') ? (
        <Group>
          <Button color="teal" onClick={() => setPending({ kind: 'approve-request' })}>
            Approve {r.nextStep === 'finance' ? '(finance)' : ''}
          </Button>
          <Button color="red" variant="light" onClick={() => setPending({ kind: 'reject-request' })}>
            Reject
          </Button>
        </Group>
      ) : null}
      <RequestOverview request={r} />
      <Title order={3}>Claims</Title>
      <ClaimsTable
        claims={r.claims}
        actions={(c) => (
          <Group gap="xs" wrap="nowrap">
            {c.status === 'submitted' && can('mdf.claim.decide') ? (
              <>
                <Button
                  size="xs"
                  color="teal"
                  onClick={() => setPending({ kind: 'approve-claim', claim: c })}
                >
                  Approve
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  onClick={() => setPending({ kind: 'refuse-claim', claim: c })}
                >
                  Reject or decline
                </Button>
              </>
            ) : null}
            {c.status === 'approved' && can('mdf.pay') ? (
              <Button size="xs" onClick={() => setPending({ kind: 'pay', claim: c })}>
                Mark paid
              </Button>
            ) : null}
          </Group>
        )}
      />
      {pending?.kind === 'approve-request' ? (
        <ApproveDialog
          title="Approve the request"
          currency={r.currency}
          maxMinor={r.approvedMinor ?? r.requestedMinor}
          onClose={close}
          onApprove={(amountMinor) => decideRequest({ decision: 'approve', amountMinor })}
        />
      ) : null}
      <ReasonDialog
        opened={pending?.kind === 'reject-request'}
        onClose={close}
        title="Reject the request"
        reasonLabel="Reason the partner will read"
        submitLabel="Reject"
        color="red"
        onSubmit={(reason) => decideRequest({ decision: 'reject', reason })}
      />
      {pending?.kind === 'approve-claim' ? (
        <ApproveDialog
          title="Approve the claim"
          currency={pending.claim.currency}
          maxMinor={pending.claim.amountMinor}
          onClose={close}
          onApprove={(amountMinor) => decideClaim(pending.claim, { decision: 'approve', amountMinor })}
        />
      ) : null}
      <ReasonDialog
        opened={pending?.kind === 'refuse-claim'}
        onClose={close}
        title="Reject or decline the claim"
        choices={{
          label: 'Decision',
          initial: 'reject',
          options: [
            { value: 'reject', label: 'Reject', description: 'The partner may correct it and send it again' },
            { value: 'decline', label: 'Decline', description: 'Final: the commitment is released' },
          ],
        }}
        submitLabel={(choice) => (choice === 'decline' ? 'Decline' : 'Reject')}
        color="red"
        onSubmit={(reason, choice) =>
          pending?.kind === 'refuse-claim'
            ? decideClaim(pending.claim, { decision: choice === 'decline' ? 'decline' : 'reject', reason })
            : Promise.resolve()
        }
      />
      {pending?.kind === 'pay' ? <PayClaimDialog claim={pending.claim} onClose={close} /> : null}
    </Stack>
  );
}
