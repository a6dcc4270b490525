import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../shared/api/client';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';
import { contactsKey, type PartnerContact, partnerKey } from './portal-queries';

/** Adds a contact, or edits one when `contact` is given. Mounted fresh for each opening. */
export function ContactModal({
  partnerId,
  contact,
  onClose,
}: {
  partnerId: string;
  contact: PartnerContact | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState(contact?.name ?? '');
  const [email, setEmail] = useState(contact?.email ?? '');
  const [title, setTitle] = useState(contact?.title ?? '');
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [isPrimary, setPrimary] = useState(contact?.isPrimary ?? false);

  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: name.trim(),
        email: email.trim(),
        title: title.trim() || null,
        phone: phone.trim() || null,
        isPrimary,
      };
      return contact
        ? unwrap(
            api.PATCH('/api/partners/{id}/contacts/{contactId}', {
              params: { path: { id: partnerId, contactId: contact.id } },
              body,
            }),
          )
        : unwrap(api.POST('/api/partners/{id}/contacts', { params: { path: { id: partnerId } }, body }));
    },
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contactsKey(partnerId) }),
        queryClient.invalidateQueries({ queryKey: partnerKey(partnerId), exact: true }),
      ]);
      notifications.show({
        color: 'teal',
        title: contact ? 'Contact saved' : 'Contact added',
        message: saved.isPrimary ? `${saved.name} is now your primary contact.` : saved.name,
      });
      onClose();
    },
    onError: (error) => errors.take(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    save.mutate();
  }

  return (
    <Modal opened onClose={onClose} title={contact ? `Edit ${contact.name}` : 'Add a contact'} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={errors.general} />
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.of('name')}
          />
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.of('email')}
          />
          <TextInput
            label="Job title"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.of('title')}
          />
          <TextInput
            label="Phone"
            type="tel"
            placeholder="+1 555 0100"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            error={errors.of('phone')}
          />
          <Checkbox
            label="Primary contact"
            description="The vendor reaches this person first; it replaces the current primary contact"
            checked={isPrimary}
            onChange={(e) => setPrimary(e.currentTarget.checked)}
            error={errors.of('isPrimary')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {contact ? 'Save contact' : 'Add contact'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
