import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { api, type Schemas, unwrap } from '../api/client';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { blankToNull } from '../form/values';

type Contact = Schemas['PartnerContact'];

interface ContactForm {
  name: string;
  email: string;
  phone: string;
  title: string;
  isPrimary: boolean;
}

const emptyContact: ContactForm = { name: '', email: '', phone: '', title: '', isPrimary: false };

/** Add or edit one contact; the API's field errors appear next to the fields. */
export function ContactDialog({
  partnerId,
  contact,
  onClose,
  onSaved,
}: {
  partnerId: string;
  contact: Contact | 'new' | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const opened = contact !== null;
  const existing = contact && contact !== 'new' ? contact : null;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={existing ? `Edit ${existing.name}` : 'Add contact'}
    >
      {opened ? (
        <ContactFormBody
          key={existing?.id ?? 'new'}
          partnerId={partnerId}
          existing={existing}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Modal>
  );
}

function ContactFormBody({
  partnerId,
  existing,
  onClose,
  onSaved,
}: {
  partnerId: string;
  existing: Contact | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const errors = useFieldErrors();
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState<ContactForm>(
    existing
      ? {
          name: existing.name,
          email: existing.email,
          phone: existing.phone ?? '',
          title: existing.title ?? '',
          isPrimary: existing.isPrimary,
        }
      : emptyContact,
  );
  const set = (patch: Partial<ContactForm>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    const body = {
      name: form.name.trim(),
      email: form.email.trim(),
      phone: blankToNull(form.phone),
      title: blankToNull(form.title),
      isPrimary: form.isPrimary,
    };
    try {
      if (existing) {
        await unwrap(
          api.PATCH('/api/partners/{id}/contacts/{contactId}', {
            params: { path: { id: partnerId, contactId: existing.id } },
            body,
          }),
        );
      } else {
        await unwrap(api.POST('/api/partners/{id}/contacts', { params: { path: { id: partnerId } }, body }));
      }
      await onSaved();
      notifications.show({
        color: 'teal',
        title: existing ? 'Contact saved' : 'Contact added',
        message: `${body.name} ${existing ? 'was updated' : 'was added'}.`,
      });
      onClose();
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
        <TextInput
          label="Name"
          required
          data-autofocus
          value={form.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={errors.of('name')}
        />
        <TextInput
          label="Email"
          type="email"
          required
          value={form.email}
          onChange={(e) => set({ email: e.currentTarget.value })}
          error={errors.of('email')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label="Title"
            value={form.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={errors.of('title')}
          />
          <TextInput
            label="Phone"
            type="tel"
            value={form.phone}
            onChange={(e) => set({ phone: e.currentTarget.value })}
            error={errors.of('phone')}
          />
        </SimpleGrid>
        <Checkbox
          label="Primary contact"
          description="Replaces the current primary contact"
          checked={form.isPrimary}
          onChange={(e) => set({ isPrimary: e.currentTarget.checked })}
          error={errors.of('isPrimary')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {existing ? 'Save contact' : 'Add contact'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
