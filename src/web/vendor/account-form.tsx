import {
  Button,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, type Schemas, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';
import { listFieldError } from '../shared/form/list-field-error';
import { blankToNull, changedFields, numberField, numberOrNull } from '../shared/form/values';
import { type AccountStatus, accountStatusOptions } from './options';
import { ownerOptions, useVendorUsers } from './queries';

type Account = Schemas['Account'];
const CRM_SYSTEMS = ['salesforce', 'hubspot', 'dynamics', 'other'] as const;
const CRM_LABELS: Record<(typeof CRM_SYSTEMS)[number], string> = {
  salesforce: 'Salesforce ID',
  hubspot: 'HubSpot ID',
  dynamics: 'Dynamics ID',
  other: 'Other CRM ID',
};

interface AccountFormState {
  name: string;
  domains: string[];
  status: AccountStatus;
  country: string;
  industry: string;
  employees: string | number;
  ownerId: string | null;
  externalIds: Record<string, string>;
}

function formFrom(account: Account | null): AccountFormState {
  return {
    name: account?.name ?? '',
    domains: account?.domains ?? [],
    status: account?.status ?? 'prospect',
    country: account?.country ?? '',
    industry: account?.industry ?? '',
    employees: numberField(account?.employees),
    ownerId: account?.ownerId ?? null,
    externalIds: { ...(account?.externalIds ?? {}) },
  };
}

function bodyFrom(form: AccountFormState) {
  const externalIds: Record<string, string> = {};
  for (const [system, id] of Object.entries(form.externalIds)) if (id.trim()) externalIds[system] = id.trim();
  return {
    name: form.name.trim(),
    domains: form.domains,
    status: form.status,
    country: blankToNull(form.country.toUpperCase()),
    industry: blankToNull(form.industry),
    employees: numberOrNull(form.employees),
    ownerId: form.ownerId,
    externalIds,
  };
}

/** Create or edit an account in a modal; the API's field errors appear next to the fields. */
export function AccountDialog({
  opened,
  onClose,
  account,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  /** null creates a new account */
  account: Account | null;
  onSaved: (account: Account) => void | Promise<void>;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={account ? `Edit ${account.name}` : 'New account'}
      size="lg"
    >
      {opened ? <AccountFormBody account={account} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function AccountFormBody({
  account,
  onClose,
  onSaved,
}: {
  account: Account | null;
  onClose: () => void;
  onSaved: (account: Account) => void | Promise<void>;
}) {
  const can = useCan();
  const withOwner = can('users.read');
  const users = useVendorUsers(withOwner);
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState(() => formFrom(account));
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<AccountFormState>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!form.name.trim()) {
      errors.take(new ApiError(400, { errors: [{ field: 'name', message: 'is required' }] }));
      return;
    }
    setBusy(true);
    try {
      const body = bodyFrom(form);
      const changes = account ? changedFields(bodyFrom(formFrom(account)), body) : body;
      if (account && Object.keys(changes).length === 0) return onClose();
      const saved = account
        ? await unwrap(
            api.PATCH('/api/accounts/{id}', { params: { path: { id: account.id } }, body: changes }),
          )
        : await unwrap(api.POST('/api/accounts', { body }));
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      notifications.show({
        color: 'teal',
        title: account ? 'Account saved' : 'Account added',
        message: `${saved.name} ${account ? 'was updated' : 'was added'}.`,
      });
      onClose();
      await onSaved(saved);
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={errors.general} />
        <TextInput
          label="Name"
          required
          data-autofocus
          value={form.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={errors.of('name')}
          maxLength={200}
        />
        <TagsInput
          label="Domains"
          description="Press Enter after each; reduced to the registrable domain (www.sub.example.co.uk → example.co.uk)"
          placeholder={form.domains.length ? '' : 'example.com'}
          value={form.domains}
          onChange={(domains) => set({ domains })}
          error={listFieldError(errors.errors, 'domains', form.domains)}
          splitChars={[',', ' ']}
          clearable
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Status"
            data={accountStatusOptions}
            value={form.status}
            onChange={(v) => v && set({ status: v as AccountStatus })}
            allowDeselect={false}
            error={errors.of('status')}
          />
          <TextInput
            label="Industry"
            value={form.industry}
            onChange={(e) => set({ industry: e.currentTarget.value })}
            error={errors.of('industry')}
            maxLength={80}
          />
          <TextInput
            label="Country"
            description="Two-letter ISO code, e.g. US or DE"
            maxLength={2}
            value={form.country}
            onChange={(e) => set({ country: e.currentTarget.value.toUpperCase() })}
            error={errors.of('country')}
          />
          <NumberInput
            label="Employees"
            min={1}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            value={form.employees}
            onChange={(employees) => set({ employees })}
            error={errors.of('employees')}
          />
        </SimpleGrid>
        {withOwner ? (
          <Select
            label="Owner"
            description="The account executive responsible"
            placeholder="No owner"
            data={ownerOptions(users.data)}
            value={form.ownerId}
            onChange={(ownerId) => set({ ownerId })}
            searchable
            clearable
            error={errors.of('ownerId')}
            nothingFoundMessage="No matching user"
          />
        ) : null}
        <Fieldset legend="CRM record IDs" variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {CRM_SYSTEMS.map((system) => (
              <TextInput
                key={system}
                label={CRM_LABELS[system]}
                value={form.externalIds[system] ?? ''}
                onChange={(e) =>
                  set({ externalIds: { ...form.externalIds, [system]: e.currentTarget.value } })
                }
                error={errors.of(`externalIds.${system}`)}
                maxLength={100}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {account ? 'Save account' : 'Add account'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
