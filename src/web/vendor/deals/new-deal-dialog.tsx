import { Button, Group, Modal, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api/client';
import { daysFromToday } from '../../shared/dates';
import { type OpenStage, openStageOptions } from '../../shared/deals/deal-format';
import { type DealViewer, useRefreshDeals } from '../../shared/deals/deal-queries';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { listFieldError } from '../../shared/form/list-field-error';
import { currencyOptions, toMinorUnits } from '../../shared/money';
import { ownerOptions, useVendorUsers } from '../queries';
import { AccountPicker, type PickedAccount } from './account-picker';

interface NewDealForm {
  account: PickedAccount | null;
  name: string;
  amount: string;
  currency: string;
  stage: OpenStage;
  closeDate: string;
  productLines: string[];
  ownerId: string | null;
}

/** A new opportunity in the vendor's own pipeline; partners join it on the deal page. */
export function NewDealDialog({
  opened,
  onClose,
  viewer,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  viewer: DealViewer;
  onCreated: (deal: Schemas['Deal']) => void;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title="New opportunity"
      size="lg"
    >
      {opened ? <NewDealForm viewer={viewer} onClose={onClose} onCreated={onCreated} /> : null}
    </Modal>
  );
}

function NewDealForm({
  viewer,
  onClose,
  onCreated,
}: {
  viewer: DealViewer;
  onClose: () => void;
  onCreated: (deal: Schemas['Deal']) => void;
}) {
  const users = useVendorUsers(viewer.canReadUsers);
  const refresh = useRefreshDeals();
  const errors = useFieldErrors();
  const [busy, setBusy] = useState(false);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [form, setForm] = useState<NewDealForm>({
    account: null,
    name: '',
    amount: '',
    currency: 'USD',
    stage: 'prospecting',
    closeDate: daysFromToday(90),
    productLines: [],
    ownerId: viewer.userId,
  });
  /** Changes fields and drops the check's message about them, which no longer applies. */
  const set = (patch: Partial<NewDealForm>, field?: string) => {
    setForm((f) => ({ ...f, ...patch }));
    if (field) setLocal((l) => ({ ...l, [field]: undefined }));
  };
  const owners = viewer.canReadUsers
    ? ownerOptions(users.data)
    : [{ value: viewer.userId, label: `Me (${viewer.userName})` }];

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const amount = toMinorUnits(form.amount, form.currency);
    const problems = {
      accountId: form.account ? undefined : 'Pick the account',
      name: form.name.trim() ? undefined : 'Name the opportunity',
      amountMinor: amount.ok ? undefined : amount.message,
      closeDate: form.closeDate ? undefined : 'Pick the expected close date',
      productLines: form.productLines.length ? undefined : 'Add at least one product line',
    };
    setLocal(problems);
    if (Object.values(problems).some(Boolean) || !form.account || !amount.ok) return;
    setBusy(true);
    try {
      const deal = await unwrap(
        api.POST('/api/deals', {
          body: {
            accountId: form.account.id,
            name: form.name.trim(),
            amountMinor: amount.amountMinor,
            currency: form.currency,
            stage: form.stage,
            closeDate: form.closeDate,
            productLines: form.productLines,
            ownerId: form.ownerId,
            externalIds: {},
          },
        }),
      );
      await refresh();
      notifications.show({
        color: 'teal',
        title: 'Opportunity added',
        message: `${deal.name} is in the pipeline.`,
      });
      onClose();
      onCreated(deal);
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  const err = (field: string) => local[field] ?? errors.of(field);
  return (
    <form onSubmit={submit} noValidate aria-label="New opportunity">
      <Stack gap="sm">
        <FormError message={errors.general} />
        <AccountPicker
          required
          value={form.account}
          onChange={(account) => {
            set({ account, name: form.name || (account ? `${account.name} — ` : '') }, 'accountId');
          }}
          error={err('accountId')}
        />
        <TextInput
          label="Opportunity name"
          required
          maxLength={200}
          placeholder="e.g. Acme — Analytics platform"
          value={form.name}
          onChange={(e) => set({ name: e.currentTarget.value }, 'name')}
          error={err('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Amount"
            required
            inputMode="decimal"
            placeholder="e.g. 120000"
            description={`In ${form.currency}, major units`}
            value={form.amount}
            onChange={(e) => set({ amount: e.currentTarget.value }, 'amountMinor')}
            error={err('amountMinor')}
          />
          <Select
            label="Currency"
            required
            searchable
            data={currencyOptions()}
            value={form.currency}
            onChange={(currency) => currency && set({ currency }, 'amountMinor')}
            allowDeselect={false}
            error={err('currency')}
          />
          <Select
            label="Stage"
            required
            data={openStageOptions}
            value={form.stage}
            onChange={(stage) => stage && set({ stage: stage as OpenStage })}
            allowDeselect={false}
            error={err('stage')}
          />
          <TextInput
            label="Expected close date"
            type="date"
            required
            value={form.closeDate}
            onChange={(e) => set({ closeDate: e.currentTarget.value }, 'closeDate')}
            error={err('closeDate')}
          />
        </SimpleGrid>
        <TagsInput
          label="Product lines"
          required
          description="Press Enter after each, e.g. Analytics"
          value={form.productLines}
          onChange={(productLines) => set({ productLines }, 'productLines')}
          error={local.productLines ?? listFieldError(errors.errors, 'productLines', form.productLines)}
          clearable
        />
        <Select
          label="Owner"
          description="The sales rep who owns the deal and is credited for co-selling it"
          placeholder="Nobody"
          data={owners}
          value={form.ownerId}
          onChange={(ownerId) => set({ ownerId })}
          searchable
          clearable
          error={err('ownerId')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Add opportunity
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
