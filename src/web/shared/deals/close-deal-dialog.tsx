import { Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ApiError, api, unwrap } from '../api/client';
import { ConfirmDialog } from '../form/confirm-dialog';
import { formatMoney } from '../money';
import type { Deal } from './deal-format';
import { useRefreshDeals } from './deal-queries';

/** Close won or lost, with the reason the timeline keeps; a win with partners credits the owning rep. */
export function CloseDealDialog({
  deal,
  outcome,
  onClose,
}: {
  deal: Deal;
  outcome: 'won' | 'lost' | null;
  onClose: () => void;
}) {
  const refresh = useRefreshDeals();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (outcome) {
      setReason('');
      setError(undefined);
    }
  }, [outcome]);
  const won = outcome === 'won';
  const amount = formatMoney(deal.amountMinor, deal.currency);

  return (
    <ConfirmDialog
      opened={outcome !== null}
      onClose={onClose}
      title={won ? `Close ${deal.name} as won?` : `Close ${deal.name} as lost?`}
      confirmLabel={won ? 'Close won' : 'Close lost'}
      color={won ? 'green' : 'red'}
      onConfirm={async () => {
        if (!reason.trim()) {
          setError('Say why, in a sentence');
          // Keeps the dialog open; the message stands at the field, so the dialog adds none of its own.
          throw new Error('');
        }
        try {
          await unwrap(
            api.POST('/api/deals/{id}/close', {
              params: { path: { id: deal.id } },
              body: { outcome: won ? 'won' : 'lost', reason: reason.trim() },
            }),
          );
        } catch (e) {
          if (e instanceof ApiError) setError(e.fieldErrors.find((f) => f.field === 'reason')?.message);
          throw e;
        }
        await refresh();
        notifications.show({
          color: won ? 'green' : 'gray',
          title: won ? 'Deal won' : 'Deal closed lost',
          message: `${deal.name} (${amount}) is closed ${won ? 'won' : 'lost'}.`,
        });
      }}
    >
      <Stack gap="sm">
        <div>
          {won
            ? `The deal is recorded as won for ${amount}. Linked registrations are settled as won and, with partners on the deal, the owning sales rep is credited for co-selling.`
            : 'The deal is recorded as lost. Linked registrations are settled as lost and the partners on it see the outcome.'}{' '}
          A closed deal cannot be reopened.
        </div>
        <Textarea
          label={won ? 'Why did we win?' : 'Why did we lose?'}
          placeholder={
            won ? 'e.g. Partner-led proof of concept convinced the CIO' : 'e.g. Lost on price to an incumbent'
          }
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          data-autofocus
        />
      </Stack>
    </ConfirmDialog>
  );
}
