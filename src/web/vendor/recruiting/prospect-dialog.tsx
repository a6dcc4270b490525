import {
  Button,
  Group,
  Modal,
  MultiSelect,
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
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { listFieldError } from '../../shared/form/list-field-error';
import { changedFields } from '../../shared/form/values';
import { type PartnerType, type Region, regionOptions, typeOptions } from '../options';
import { ownerOptions, useVendorUsers } from '../queries';
import {
  emptyProspectForm,
  missingProspectFields,
  type ProspectFormState,
  prospectBody,
  prospectFormFrom,
} from './prospect-form';
import { createApplication, RECRUITING_KEY, updateApplication } from './recruiting-api';
import type { Application } from './recruiting-stages';

/** "Add prospect" (no application given) or "Edit prospect": a modal form with the API's field errors. */
export function ProspectDialog({
  opened,
  onClose,
  application,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  application?: Application;
  onSaved?: (application: Application) => void;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={application ? `Edit ${application.companyName}` : 'Add prospect'}
      size="lg"
    >
      {opened ? <ProspectForm application={application} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function ProspectForm({
  application,
  onClose,
  onSaved,
}: {
  application?: Application;
  onClose: () => void;
  onSaved?: (application: Application) => void;
}) {
  const can = useCan();
  const withOwner = can('users.read');
  const users = useVendorUsers(withOwner);
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const initial = application ? prospectFormFrom(application) : emptyProspectForm;
  const [form, setForm] = useState<ProspectFormState>(initial);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<ProspectFormState>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const missing = missingProspectFields(form);
    if (missing.length) {
      errors.take(new ApiError(400, { errors: missing }));
      return;
    }
    setBusy(true);
    try {
      const body = prospectBody(form);
      const saved = application
        ? await updateApplication(application.id, changedFields(prospectBody(initial), body))
        : await createApplication(body);
      await queryClient.invalidateQueries({ queryKey: [RECRUITING_KEY] });
      notifications.show({
        color: saved.duplicateOf ? 'orange' : 'teal',
        title: application ? 'Prospect saved' : 'Prospect added',
        message: saved.duplicateOf
          ? `${saved.companyName} has the same domain as the ${saved.duplicateOf.kind} ${saved.duplicateOf.name}.`
          : `${saved.companyName} scores ${saved.fitScore} against the ideal partner profile.`,
      });
      onSaved?.(saved);
      onClose();
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
          label="Company"
          required
          data-autofocus
          maxLength={200}
          value={form.companyName}
          onChange={(e) => change({ companyName: e.currentTarget.value })}
          error={errors.of('companyName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Partner type"
            required
            placeholder="Choose a type"
            data={typeOptions}
            value={form.type}
            onChange={(v) => change({ type: (v as PartnerType | null) ?? null })}
            error={errors.of('type')}
            allowDeselect={false}
          />
          <TextInput
            label="Website"
            description="Its domain is used to find duplicates"
            placeholder="https://example.com"
            value={form.website}
            onChange={(e) => change({ website: e.currentTarget.value })}
            error={errors.of('website')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Contact name"
            required
            maxLength={200}
            value={form.contactName}
            onChange={(e) => change({ contactName: e.currentTarget.value })}
            error={errors.of('contactName')}
          />
          <TextInput
            label="Contact email"
            required
            type="email"
            maxLength={254}
            value={form.contactEmail}
            onChange={(e) => change({ contactEmail: e.currentTarget.value })}
            error={errors.of('contactEmail')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label="Regions"
            placeholder={form.regions.length ? '' : 'Where they sell'}
            data={regionOptions}
            value={form.regions}
            onChange={(v) => change({ regions: v as Region[] })}
            error={errors.of('regions')}
            clearable
          />
          <TagsInput
            label="Specializations"
            description="Lower-case, e.g. security, cloud-migration"
            value={form.specializations}
            onChange={(v) => change({ specializations: v.map((s) => s.trim().toLowerCase()) })}
            error={listFieldError(errors.errors, 'specializations', form.specializations)}
            splitChars={[',']}
            clearable
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Country"
            description="ISO code, e.g. US"
            maxLength={2}
            value={form.country}
            onChange={(e) => change({ country: e.currentTarget.value.toUpperCase() })}
            error={errors.of('country')}
          />
          <NumberInput
            label="Employees"
            min={1}
            max={10_000_000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            value={form.employees}
            onChange={(employees) => change({ employees })}
            error={errors.of('employees')}
          />
          {withOwner ? (
            <Select
              label="Owner"
              placeholder="No owner"
              data={ownerOptions(users.data)}
              value={form.ownerId}
              onChange={(v) => change({ ownerId: v })}
              error={errors.of('ownerId')}
              searchable
              clearable
              nothingFoundMessage="No matching user"
            />
          ) : null}
        </SimpleGrid>
        <Textarea
          label="Notes"
          description="How you met, what they want to sell"
          autosize
          minRows={2}
          maxRows={6}
          maxLength={4000}
          value={form.message}
          onChange={(e) => change({ message: e.currentTarget.value })}
          error={errors.of('message')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {application ? 'Save prospect' : 'Add prospect'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
