import { Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';
import { changedFields } from '../shared/form/values';
import { formatDate, formatNumber, typeLabel } from '../shared/format';
import { regionLabel } from './options';
import { PartnerFormFields, type PartnerFormState, partnerBody, partnerFormFrom } from './partner-form';

type PartnerDetail = Schemas['PartnerDetail'];

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

const none = (
  <Text span c="dimmed" size="sm">
    Not set
  </Text>
);

function Chips({ values, label = (v: string) => v }: { values: string[]; label?: (v: string) => string }) {
  if (!values.length) return none;
  return (
    <Group gap={6}>
      {values.map((v) => (
        <Badge key={v} variant="light" color="gray" tt="none">
          {label(v)}
        </Badge>
      ))}
    </Group>
  );
}

/** The partner's profile: read view for everyone, an edit form for roles that may change it. */
export function PartnerProfilePanel({ partner }: { partner: PartnerDetail }) {
  const can = useCan();
  const [editing, setEditing] = useState(false);
  if (editing) return <PartnerProfileForm partner={partner} onDone={() => setEditing(false)} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>Profile</Title>
        {can('partners.update') ? (
          <Button variant="light" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
            Edit profile
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <Field label="Name">{partner.name}</Field>
        <Field label="Type">{typeLabel(partner.type)}</Field>
        <Field label="Owner">{partner.owner ? `${partner.owner.name} (${partner.owner.email})` : none}</Field>
        <Field label="Website">{partner.website ?? none}</Field>
        <Field label="Domains">
          <Chips values={partner.domains} />
        </Field>
        <Field label="Country">{partner.country ?? none}</Field>
        <Field label="Regions">
          <Chips values={partner.regions} label={(r) => `${r} · ${regionLabel(r)}`} />
        </Field>
        <Field label="Specializations">
          <Chips values={partner.specializations} />
        </Field>
        <Field label="Employees">{partner.employees === null ? none : formatNumber(partner.employees)}</Field>
        <Field label="Certified people">{formatNumber(partner.certifiedCount)}</Field>
        <Field label="Overlapping accounts">{formatNumber(partner.overlapCount)}</Field>
        <Field label="Added">{formatDate(partner.createdAt)}</Field>
      </SimpleGrid>
      <Field label="Description">
        {partner.description ? <Text style={{ whiteSpace: 'pre-wrap' }}>{partner.description}</Text> : none}
      </Field>
    </Stack>
  );
}

function PartnerProfileForm({ partner, onDone }: { partner: PartnerDetail; onDone: () => void }) {
  const can = useCan();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const original = partnerFormFrom(partner);
  const [form, setForm] = useState<PartnerFormState>(original);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const body = changedFields(partnerBody(original), partnerBody(form));
    if (Object.keys(body).length === 0) return onDone();
    setBusy(true);
    try {
      await unwrap(api.PATCH('/api/partners/{id}', { params: { path: { id: partner.id } }, body }));
      await queryClient.invalidateQueries({ queryKey: ['partners'] });
      notifications.show({ color: 'teal', title: 'Profile saved', message: `${form.name} was updated.` });
      onDone();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Edit partner profile">
      <Stack>
        <Title order={4}>Edit profile</Title>
        <FormError message={errors.general} />
        <PartnerFormFields
          value={form}
          onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
          errors={errors}
          mode="edit"
          withOwner={can('users.read')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
