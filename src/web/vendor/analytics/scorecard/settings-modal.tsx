import { Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useFieldErrors } from '../../../shared/form/field-errors';
import { FormError } from '../../../shared/form/form-error';
import { currencyExponent } from '../../../shared/money';
import { LoadingState } from '../../../shared/states/states';
import {
  type AnalyticsSettings,
  fetchAnalyticsSettings,
  SCORECARD_KEY,
  saveAnalyticsSettings,
} from './scorecard-api';

const MONEY_FIELDS = [
  ['enablementCostPerEnrollmentMinor', 'Enablement cost per course enrollment'],
  ['enablementCostPerCertificateMinor', 'Enablement cost per certificate'],
  ['managementCostPerPartnerMonthMinor', 'Partner management cost per partner and month'],
  ['directSalesMarketingCostPerMonthMinor', 'Direct sales and marketing cost per month'],
] as const;

const MODELS: { value: AnalyticsSettings['attributionModel']; label: string }[] = [
  { value: 'first_touch', label: 'First touch' },
  { value: 'last_touch', label: 'Last touch' },
  { value: 'linear', label: 'Linear' },
  { value: 'time_decay', label: 'Time decay' },
  { value: 'position_based', label: 'Position-based (40/20/40)' },
  { value: 'w_shaped', label: 'W-shaped' },
  { value: 'markov', label: 'Markov chain' },
  { value: 'shapley', label: 'Shapley value' },
];

/** The assumptions behind ROPI, CLTV and CAC; money in the program currency, typed in major units. */
export function SettingsModal({
  opened,
  onClose,
  currency,
}: {
  opened: boolean;
  onClose: () => void;
  currency: string;
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const settings = useQuery({
    queryKey: [SCORECARD_KEY, 'settings'],
    queryFn: fetchAnalyticsSettings,
    enabled: opened,
  });
  const [draft, setDraft] = useState<AnalyticsSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const scale = 10 ** currencyExponent(currency);

  useEffect(() => {
    if (opened && settings.data) {
      const { updatedAt: _updatedAt, ...values } = settings.data;
      setDraft(values);
    }
    if (!opened) setDraft(null);
  }, [opened, settings.data]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    errors.clear();
    setBusy(true);
    try {
      await saveAnalyticsSettings(draft);
      await queryClient.invalidateQueries({ queryKey: [SCORECARD_KEY] });
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
      title="Program assumptions"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {!draft ? (
        <LoadingState />
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm" c="dimmed">
              What the data cannot show. ROPI uses the margin and the costs; CLTV the margin and the lifetime
              cap; CAC of the direct channel its monthly cost. Amounts in {currency}.
            </Text>
            <FormError message={errors.general} />
            <NumberInput
              label="Gross margin (%)"
              min={0}
              max={100}
              decimalScale={2}
              value={draft.grossMarginPercent}
              onChange={(v) => setDraft({ ...draft, grossMarginPercent: Number(v) || 0 })}
              error={errors.of('body.grossMarginPercent')}
            />
            {MONEY_FIELDS.map(([field, label]) => (
              <NumberInput
                key={field}
                label={`${label} (${currency})`}
                min={0}
                thousandSeparator=","
                decimalScale={currencyExponent(currency)}
                value={draft[field] / scale}
                onChange={(v) => setDraft({ ...draft, [field]: Math.round((Number(v) || 0) * scale) })}
                error={errors.of(`body.${field}`)}
              />
            ))}
            <NumberInput
              label="Customer lifetime cap (years)"
              description="Used when a cohort shows little or no churn"
              min={1}
              max={50}
              value={draft.maxCustomerLifetimeYears}
              onChange={(v) => setDraft({ ...draft, maxCustomerLifetimeYears: Number(v) || 1 })}
              error={errors.of('body.maxCustomerLifetimeYears')}
            />
            <Select
              label="Attribution model for partner credit"
              data={MODELS}
              value={draft.attributionModel}
              allowDeselect={false}
              onChange={(v) =>
                v && setDraft({ ...draft, attributionModel: v as AnalyticsSettings['attributionModel'] })
              }
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                Save assumptions
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
