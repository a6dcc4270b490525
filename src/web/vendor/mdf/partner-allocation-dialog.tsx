import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { MDF_KEY } from '../../shared/mdf/mdf-api';
import { toMinor } from './budget-dialogs';

/** Allocate to a partner chosen by name: sets its allocation in the budget by hand. */
export function PartnerAllocationDialog({
  opened,
  onClose,
  budgetId,
  currency,
}: {
  opened: boolean;
  onClose: () => void;
  budgetId: string;
  currency: string;
}) {
  const errors = useFieldErrors();
  const queryClient = useQueryClient();
  const partners = useQuery({
    queryKey: ['partners', 'mdf-picker'],
    queryFn: () => unwrap(api.GET('/api/partners', { params: { query: { sort: 'name', limit: 200 } } })),
    enabled: opened,
  });
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | string>(0);
  const [memo, setMemo] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!partnerId) {
      errors.take(new Error('Choose a partner'));
      return;
    }
    setBusy(true);
    try {
      await unwrap(
        api.PUT('/api/mdf/budgets/{id}/allocations/{partnerId}', {
          params: { path: { id: budgetId, partnerId } },
          body: { amountMinor: toMinor(amount, currency), ...(memo ? { memo } : {}) },
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
    <Modal
      opened={opened}
      onClose={onClose}
      title="Allocate to a partner"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit}>
        <Stack>
          <FormError message={errors.general} />
          <Select
            label="Partner"
            searchable
            required
            data={(partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={partnerId}
            onChange={setPartnerId}
          />
          <NumberInput
            label={`Allocation (${currency})`}
            min={0}
            thousandSeparator=","
            value={amount}
            onChange={setAmount}
            error={errors.of('body.amountMinor')}
          />
          <TextInput label="Memo" value={memo} onChange={(e) => setMemo(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Allocate
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
