import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { MDF_KEY, type MdfClaim } from '../../shared/mdf/mdf-api';
import { formatMoney } from '../../shared/money';

/** Finance records a payment with its reference (payable → paid). */
export function PayClaimDialog({ claim, onClose }: { claim: MdfClaim; onClose: () => void }) {
  const errors = useFieldErrors();
  const queryClient = useQueryClient();
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/mdf/claims/{id}/pay', {
          params: { path: { id: claim.id } },
          body: { paymentReference: reference },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: [MDF_KEY] });
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title="Mark the claim paid" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">
            {claim.partnerName}: {formatMoney(claim.amountMinor, claim.currency)} for {claim.requestTitle}
          </Text>
          <FormError message={errors.general} />
          <TextInput
            label="Payment reference"
            required
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={errors.of('body.paymentReference')}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Mark paid
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
