import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { type CreateLeadBody, createLead, LEADS_KEY } from '../../shared/leads/leads-api';
import { currencyOptions, toMinorUnits } from '../../shared/money';

const SPECIALIZATIONS = [
  'security',
  'data-analytics',
  'cloud-migration',
  'devops',
  'ai-ml',
  'networking',
  'erp',
  'crm',
];

const EMPTY = {
  companyName: '',
  website: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  contactTitle: '',
  country: '',
  interests: [] as string[],
  productLines: [] as string[],
  amount: '' as string | number,
  currency: 'USD',
  score: 50 as string | number,
  message: '',
};

/** A lead entered by hand; it is matched to an account, checked for duplicates and waits for routing. */
export function NewLeadDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const errors = useFieldErrors();
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const amount = form.amount === '' ? null : toMinorUnits(form.amount, form.currency);
    if (amount && !amount.ok) {
      errors.take(
        new ApiError(400, { errors: [{ field: 'estimatedAmountMinor', message: amount.message }] }),
      );
      return;
    }
    const body: CreateLeadBody = {
      companyName: form.companyName,
      contactName: form.contactName,
      contactEmail: form.contactEmail,
      ...(form.website ? { website: form.website } : {}),
      ...(form.contactPhone ? { contactPhone: form.contactPhone } : {}),
      ...(form.contactTitle ? { contactTitle: form.contactTitle } : {}),
      ...(form.country ? { country: form.country.toUpperCase() } : {}),
      interests: form.interests,
      productLines: form.productLines,
      ...(amount?.ok ? { estimatedAmountMinor: amount.amountMinor, currency: form.currency } : {}),
      score: typeof form.score === 'number' ? form.score : 50,
      ...(form.message ? { message: form.message } : {}),
    };
    setBusy(true);
    try {
      const lead = await createLead(body);
      await queryClient.invalidateQueries({ queryKey: [LEADS_KEY] });
      notifications.show({
        color: lead.status === 'duplicate' ? 'grape' : 'teal',
        title: lead.status === 'duplicate' ? 'Saved as a duplicate' : 'Lead added',
        message:
          lead.status === 'duplicate'
            ? 'An open lead has the same contact email; this one will not be routed.'
            : 'It waits for routing.',
      });
      setForm(EMPTY);
      onClose();
      void navigate({ to: '/console/leads/$leadId', params: { leadId: lead.id } });
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
      title="New lead"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate aria-label="New lead">
        <Stack>
          <FormError message={errors.general} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Company"
              required
              value={form.companyName}
              onChange={(e) => set('companyName', e.currentTarget.value)}
              error={errors.of('companyName')}
              data-autofocus
            />
            <TextInput
              label="Website"
              placeholder="example.com"
              value={form.website}
              onChange={(e) => set('website', e.currentTarget.value)}
              error={errors.of('website')}
            />
            <TextInput
              label="Contact name"
              required
              value={form.contactName}
              onChange={(e) => set('contactName', e.currentTarget.value)}
              error={errors.of('contactName')}
            />
            <TextInput
              label="Contact email"
              required
              type="email"
              value={form.contactEmail}
              onChange={(e) => set('contactEmail', e.currentTarget.value)}
              error={errors.of('contactEmail')}
            />
            <TextInput
              label="Phone"
              value={form.contactPhone}
              onChange={(e) => set('contactPhone', e.currentTarget.value)}
              error={errors.of('contactPhone')}
            />
            <TextInput
              label="Title"
              value={form.contactTitle}
              onChange={(e) => set('contactTitle', e.currentTarget.value)}
              error={errors.of('contactTitle')}
            />
            <TextInput
              label="Country"
              description="ISO code, e.g. DE"
              maxLength={2}
              value={form.country}
              onChange={(e) => set('country', e.currentTarget.value)}
              error={errors.of('country')}
            />
            <NumberInput
              label="Score"
              description="0–100"
              min={0}
              max={100}
              value={form.score}
              onChange={(v) => set('score', v)}
              error={errors.of('score')}
            />
            <TagsInput
              label="Interests"
              data={SPECIALIZATIONS}
              value={form.interests}
              onChange={(v) => set('interests', v)}
              error={errors.of('interests')}
            />
            <TagsInput
              label="Product lines"
              value={form.productLines}
              onChange={(v) => set('productLines', v)}
              error={errors.of('productLines')}
            />
            <NumberInput
              label="Estimated amount"
              min={0}
              value={form.amount}
              onChange={(v) => set('amount', v)}
              error={errors.of('estimatedAmountMinor')}
              thousandSeparator=","
            />
            <Select
              label="Currency"
              data={currencyOptions()}
              searchable
              value={form.currency}
              onChange={(v) => set('currency', v ?? 'USD')}
              error={errors.of('currency')}
            />
          </SimpleGrid>
          <Textarea
            label="Message"
            autosize
            minRows={2}
            value={form.message}
            onChange={(e) => set('message', e.currentTarget.value)}
            error={errors.of('message')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Add lead
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
