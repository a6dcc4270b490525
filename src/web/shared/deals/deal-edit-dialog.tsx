import { Button, Group, Modal, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ownerOptions, useVendorUsers } from '../../vendor/queries';
import { api, unwrap } from '../api/client';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { listFieldError } from '../form/list-field-error';
import { changedFields } from '../form/values';
import { currencyOptions, toMajorText, toMinorUnits } from '../money';
import type { Deal } from './deal-format';
import { useDealViewer, useRefreshDeals } from './deal-queries';

interface EditForm {
  name: string;
  amount: string;
  currency: string;
  closeDate: string;
  ownerId: string | null;
  productLines: string[];
}

const formFrom = (deal: Deal): EditForm => ({
  name: deal.name,
  amount: toMajorText(deal.amountMinor, deal.currency),
  currency: deal.currency,
  closeDate: deal.closeDate,
  ownerId: deal.ownerId,
  productLines: deal.productLines,
});

/** The vendor's edit of the deal's terms: name, amount, close date, owner and product lines. */
export function DealEditDialog({
  deal,
  opened,
  onClose,
}: {
  deal: Deal;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={`Edit ${deal.name}`}
      size="lg"
    >
      {opened ? <EditBody deal={deal} onClose={onClose} /> : null}
    </Modal>
  );
}

function EditBody({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const viewer = useDealViewer();
  const users = useVendorUsers(viewer.canReadUsers);
  const refresh = useRefreshDeals();
  const errors = useFieldErrors();
  const [form, setForm] = useState(() => formFrom(deal));
  const [busy, setBusy] = useState(false);
  const [amountError, setAmountError] = useState<string | undefined>();
  const set = (patch: Partial<EditForm>) => setForm((f) => ({ ...f, ...patch }));

  const owners = ownerOptions(users.data);
  if (!viewer.canReadUsers) owners.unshift({ value: viewer.userId, label: `Me (${viewer.userName})` });
  if (form.ownerId && !owners.some((o) => o.value === form.ownerId))
    owners.push({ value: form.ownerId, label: 'Current owner' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const amount = toMinorUnits(form.amount, form.currency);
    setAmountError(amount.ok ? undefined : amount.message);
    if (!amount.ok) return;
    const original = { ...formFrom(deal), amountMinor: deal.amountMinor };
    const next = { ...form, name: form.name.trim(), amountMinor: amount.amountMinor };
    const { amount: _a, ...changes } = changedFields(original, next);
    if (Object.keys(changes).length === 0) return onClose();
    setBusy(true);
    try {
      // Amount and currency travel together, so a currency change never reinterprets the old amount.
      const body =
        changes.amountMinor !== undefined || changes.currency !== undefined
          ? { ...changes, amountMinor: amount.amountMinor, currency: form.currency }
          : changes;
      await unwrap(api.PATCH('/api/deals/{id}', { params: { path: { id: deal.id } }, body }));
      await refresh();
      notifications.show({ color: 'teal', title: 'Deal saved', message: `${next.name} was updated.` });
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Edit deal">
      <Stack gap="sm">
        <FormError message={errors.general} />
        <TextInput
          label="Name"
          required
          data-autofocus
          maxLength={200}
          value={form.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={errors.of('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Amount"
            required
            inputMode="decimal"
            value={form.amount}
            onChange={(e) => {
              set({ amount: e.currentTarget.value });
              setAmountError(undefined);
            }}
            error={amountError ?? errors.of('amountMinor')}
            description={`In ${form.currency}, e.g. 250000`}
          />
          <Select
            label="Currency"
            required
            searchable
            data={currencyOptions()}
            value={form.currency}
            onChange={(currency) => currency && set({ currency })}
            allowDeselect={false}
            error={errors.of('currency')}
          />
          <TextInput
            label="Expected close date"
            type="date"
            required
            value={form.closeDate}
            onChange={(e) => set({ closeDate: e.currentTarget.value })}
            error={errors.of('closeDate')}
          />
          <Select
            label="Owner"
            placeholder="Nobody"
            data={owners}
            value={form.ownerId}
            onChange={(ownerId) => set({ ownerId })}
            searchable
            clearable
            error={errors.of('ownerId')}
          />
        </SimpleGrid>
        <TagsInput
          label="Product lines"
          description="Press Enter after each"
          value={form.productLines}
          onChange={(productLines) => set({ productLines })}
          error={listFieldError(errors.errors, 'productLines', form.productLines)}
          clearable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Save deal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
