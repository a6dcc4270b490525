import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { MDF_KEY } from '../../shared/mdf/mdf-api';
import { currencyExponent } from '../../shared/money';

/** Major units typed in a form to minor units (the API's integers). */
export const toMinor = (major: number | string, currency: string) =>
  Math.round(Number(major || 0) * 10 ** currencyExponent(currency));

export function CreateBudgetDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const errors = useFieldErrors();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    name: '',
    periodStart: '',
    periodEnd: '',
    currency: 'USD',
    funded: 0 as number | string,
    threshold: 5000 as number | string,
  });
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/mdf/budgets', {
          body: {
            name: form.name,
            periodStart: form.periodStart,
            periodEnd: form.periodEnd,
            currency: form.currency,
            fundedMinor: toMinor(form.funded, form.currency),
            financeThresholdMinor: toMinor(form.threshold, form.currency),
          },
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
      title="New MDF budget"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit}>
        <Stack>
          <FormError message={errors.general} />
          <TextInput
            label="Name"
            required
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            error={errors.of('body.name')}
            placeholder="FY27 Q1"
          />
          <Group grow>
            <TextInput
              label="Period start"
              type="date"
              required
              value={form.periodStart}
              onChange={(e) => setForm({ ...form, periodStart: e.currentTarget.value })}
              error={errors.of('body.periodStart')}
            />
            <TextInput
              label="Period end"
              type="date"
              required
              value={form.periodEnd}
              onChange={(e) => setForm({ ...form, periodEnd: e.currentTarget.value })}
              error={errors.of('body.periodEnd')}
            />
          </Group>
          <Group grow>
            <TextInput
              label="Currency"
              value={form.currency}
              maxLength={3}
              onChange={(e) => setForm({ ...form, currency: e.currentTarget.value.toUpperCase() })}
              error={errors.of('body.currency')}
            />
            <NumberInput
              label="Funded amount"
              min={0}
              thousandSeparator=","
              value={form.funded}
              onChange={(v) => setForm({ ...form, funded: v })}
              error={errors.of('body.fundedMinor')}
            />
          </Group>
          <NumberInput
            label="Finance approval above"
            description="Requests approved for more than this also need finance's approval"
            min={0}
            thousandSeparator=","
            value={form.threshold}
            onChange={(v) => setForm({ ...form, threshold: v })}
            error={errors.of('body.financeThresholdMinor')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Create budget
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One amount and a memo: add funds to a budget, or set a partner's allocation. */
export function AmountDialog({
  opened,
  onClose,
  title,
  label,
  currency,
  initial = 0,
  submitLabel,
  onSubmit,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  label: string;
  currency: string;
  initial?: number;
  submitLabel: string;
  onSubmit: (amountMinor: number, memo: string) => Promise<unknown>;
}) {
  const errors = useFieldErrors();
  const [amount, setAmount] = useState<number | string>(initial);
  const [memo, setMemo] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      await onSubmit(toMinor(amount, currency), memo);
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit}>
        <Stack>
          <FormError message={errors.general} />
          <NumberInput
            label={`${label} (${currency})`}
            min={0}
            thousandSeparator=","
            value={amount}
            onChange={setAmount}
            error={errors.of('body.amountMinor')}
            data-autofocus
          />
          <TextInput
            label="Memo"
            value={memo}
            onChange={(e) => setMemo(e.currentTarget.value)}
            error={errors.of('body.memo')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
