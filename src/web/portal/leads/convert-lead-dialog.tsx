import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../shared/api/client';
import { daysFromToday } from '../../shared/dates';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import type { ConvertLeadBody, Lead } from '../../shared/leads/leads-api';
import { currencyOptions, toMajorText, toMinorUnits } from '../../shared/money';

/** Turn an accepted lead into a deal registration: the buyer comes from the lead, the deal terms from here. */
export function ConvertLeadDialog({
  lead,
  opened,
  onClose,
  onConvert,
}: {
  lead: Lead;
  opened: boolean;
  onClose: () => void;
  onConvert: (body: ConvertLeadBody) => Promise<unknown>;
}) {
  const errors = useFieldErrors();
  const [currency, setCurrency] = useState(lead.currency ?? 'USD');
  const [amount, setAmount] = useState<string | number>(
    lead.estimatedAmountMinor !== null && lead.currency
      ? toMajorText(lead.estimatedAmountMinor, lead.currency)
      : '',
  );
  const [expectedClose, setExpectedClose] = useState(daysFromToday(90));
  const [productLines, setProductLines] = useState<string[]>(lead.productLines);
  const [submitNow, setSubmitNow] = useState(true);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const minor = toMinorUnits(amount, currency);
    if (!minor.ok) {
      errors.take(new ApiError(400, { errors: [{ field: 'amountMinor', message: minor.message }] }));
      return;
    }
    setBusy(true);
    try {
      await onConvert({
        amountMinor: minor.amountMinor,
        currency,
        expectedClose,
        productLines,
        submit: submitNow,
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
      title="Convert to a deal registration"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate aria-label="Convert to a deal registration">
        <Stack>
          <Text size="sm" c="dimmed">
            {lead.companyName} and {lead.contactName} are registered as the customer and contact. The rules of
            engagement decide the registration like any other.
          </Text>
          <FormError message={errors.general} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Deal amount"
              required
              min={0}
              thousandSeparator=","
              value={amount}
              onChange={setAmount}
              error={errors.of('amountMinor')}
              data-autofocus
            />
            <Select
              label="Currency"
              data={currencyOptions()}
              searchable
              value={currency}
              onChange={(v) => setCurrency(v ?? 'USD')}
              error={errors.of('currency')}
            />
            <TextInput
              label="Expected close"
              type="date"
              required
              value={expectedClose}
              onChange={(e) => setExpectedClose(e.currentTarget.value)}
              error={errors.of('expectedClose')}
            />
            <TagsInput
              label="Product lines"
              required
              value={productLines}
              onChange={setProductLines}
              error={errors.of('productLines')}
            />
          </SimpleGrid>
          <Switch
            label="Submit the registration now (otherwise it is saved as a draft)"
            checked={submitNow}
            onChange={(e) => setSubmitNow(e.currentTarget.checked)}
          />
          {errors.of('customerWebsite') || errors.of('customerName') ? (
            <FormError message={errors.of('customerWebsite') ?? errors.of('customerName')} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {submitNow ? 'Register the deal' : 'Save a draft'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
