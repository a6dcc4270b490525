import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { INCENTIVES_KEY } from '../../shared/incentives/incentives-api';
import { previousQuarter, recentPeriods } from '../../shared/incentives/periods';
import { formatMoney } from '../../shared/money';

/** Approves every accrued entry of a month or quarter, for partners, reps or both. */
export function ApprovePeriodDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [period, setPeriod] = useState(previousQuarter());
  const [who, setWho] = useState<'all' | 'partner' | 'rep'>('all');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    errors.clear();
    setBusy(true);
    try {
      const result = await unwrap(
        api.POST('/api/incentives/ledger/approve', {
          body: { period, ...(who === 'all' ? {} : { beneficiaryType: who }) },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: [INCENTIVES_KEY] });
      await queryClient.invalidateQueries({ queryKey: [`${INCENTIVES_KEY}-ledger`] });
      const totals = Object.entries(result.totalMinorByCurrency)
        .map(([currency, amount]) => formatMoney(amount, currency))
        .join(', ');
      notifications.show({
        color: 'teal',
        title: `${result.approved} entries approved`,
        message: result.approved ? totals : 'Nothing was waiting for approval in that period.',
      });
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
      title={<Text fw={600}>Approve a period</Text>}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit}>
        <Stack>
          <FormError message={errors.general} />
          <Select
            label="Period"
            data={recentPeriods()}
            value={period}
            onChange={(v) => v && setPeriod(v)}
            allowDeselect={false}
            searchable
            error={errors.of('period')}
            data-autofocus
          />
          <Select
            label="Whose entries"
            data={[
              { value: 'all', label: 'Partners and reps' },
              { value: 'partner', label: 'Partners only' },
              { value: 'rep', label: 'Reps only' },
            ]}
            value={who}
            onChange={(v) => v && setWho(v as typeof who)}
            allowDeselect={false}
          />
          <Text size="sm" c="dimmed">
            Every accrued entry of the period is approved and becomes payable in the next payout.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Approve
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
