import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { fetchEntries, INCENTIVES_KEY } from '../../shared/incentives/incentives-api';
import { currencyOptions, toMinorUnits } from '../../shared/money';
import { PartnerPicker } from '../partner-picker';

/** A correction up or down (a clawback) for a partner or a rep, with a reason. */
export function AdjustDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={<Text fw={600}>Add an adjustment</Text>}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {opened ? <AdjustForm onDone={onClose} /> : null}
    </Modal>
  );
}

function AdjustForm({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [type, setType] = useState<'partner' | 'rep'>('partner');
  const [partner, setPartner] = useState<{ id: string; name: string } | null>(null);
  const [repId, setRepId] = useState<string | null>(null);
  const [direction, setDirection] = useState<'credit' | 'clawback'>('credit');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  // Reps who have rewards: finance does not list users, so the ledger names them.
  const reps = useQuery({
    queryKey: [INCENTIVES_KEY, 'reps'],
    queryFn: async () => {
      const page = await fetchEntries({ beneficiaryType: 'rep', sort: '-earnedAt', limit: 200 });
      const byId = new Map(page.items.map((e) => [e.userId ?? '', e.beneficiaryName]));
      return [...byId.entries()].filter(([id]) => id).map(([value, label]) => ({ value, label }));
    },
    enabled: type === 'rep',
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    errors.clear();
    const minor = toMinorUnits(amount, currency);
    const problems = [
      ...(minor.ok ? [] : [{ field: 'amountMinor', message: minor.message }]),
      ...(type === 'partner' && !partner ? [{ field: 'partnerId', message: 'Choose a partner' }] : []),
      ...(type === 'rep' && !repId ? [{ field: 'userId', message: 'Choose a rep' }] : []),
    ];
    if (problems.length || !minor.ok) {
      errors.take(new ApiError(400, { errors: problems }));
      return;
    }
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/incentives/ledger/adjustments', {
          body: {
            beneficiaryType: type,
            ...(type === 'partner' ? { partnerId: partner!.id } : { userId: repId! }),
            amountMinor: direction === 'credit' ? minor.amountMinor : -minor.amountMinor,
            currency,
            reason,
          },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: [INCENTIVES_KEY] });
      await queryClient.invalidateQueries({ queryKey: [`${INCENTIVES_KEY}-ledger`] });
      notifications.show({
        color: 'teal',
        message: 'Adjustment added; it waits for approval like any entry.',
      });
      onDone();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={errors.general} />
        <SegmentedControl
          aria-label="For"
          value={type}
          onChange={(v) => setType(v as typeof type)}
          data={[
            { value: 'partner', label: 'A partner' },
            { value: 'rep', label: 'A vendor rep' },
          ]}
        />
        {type === 'partner' ? (
          <PartnerPicker value={partner} onChange={setPartner} required error={errors.of('partnerId')} />
        ) : (
          <Select
            label="Rep"
            required
            data={reps.data ?? []}
            value={repId}
            onChange={setRepId}
            searchable
            error={errors.of('userId')}
            nothingFoundMessage="No rep has rewards yet"
          />
        )}
        <SegmentedControl
          aria-label="Direction"
          value={direction}
          onChange={(v) => setDirection(v as typeof direction)}
          data={[
            { value: 'credit', label: 'Credit' },
            { value: 'clawback', label: 'Clawback' },
          ]}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label="Amount"
            required
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={errors.of('amountMinor')}
          />
          <Select
            label="Currency"
            data={currencyOptions()}
            searchable
            value={currency}
            onChange={(v) => v && setCurrency(v)}
            allowDeselect={false}
            error={errors.of('currency')}
          />
        </SimpleGrid>
        <Textarea
          label="Reason"
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.of('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Add adjustment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
