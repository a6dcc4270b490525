import { ActionIcon, Anchor, Badge, Button, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../shared/api/client';
import { ContactDialog } from '../shared/contacts/contact-dialog';
import { type Column, DataTable } from '../shared/data-table/data-table';
import { ConfirmDialog } from '../shared/form/confirm-dialog';
import { EmptyState } from '../shared/states/states';
import { contactsKey, contactsQuery, type PartnerContact, partnerKey } from './portal-queries';

export function ContactsSection({ partnerId, canEdit }: { partnerId: string; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const contacts = useQuery(contactsQuery(partnerId));
  const [editing, setEditing] = useState<PartnerContact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PartnerContact | null>(null);

  const remove = useMutation({
    mutationFn: (contact: PartnerContact) =>
      unwrap(
        api.DELETE('/api/partners/{id}/contacts/{contactId}', {
          params: { path: { id: partnerId, contactId: contact.id } },
        }),
      ),
    onSuccess: async (_data, contact) => {
      await queryClient.invalidateQueries({ queryKey: partnerKey(partnerId) });
      notifications.show({ color: 'teal', title: 'Contact removed', message: contact.name });
      setDeleting(null);
    },
  });

  const columns: Column<PartnerContact>[] = [
    {
      key: 'name',
      header: 'Name',
      render: (c) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500}>
            {c.name}
          </Text>
          {c.isPrimary ? (
            <Badge size="sm" variant="light" color="teal">
              Primary
            </Badge>
          ) : null}
        </Group>
      ),
    },
    { key: 'title', header: 'Job title', render: (c) => c.title ?? '—' },
    {
      key: 'email',
      header: 'Email',
      render: (c) => (
        <Anchor href={`mailto:${c.email}`} size="sm">
          {c.email}
        </Anchor>
      ),
    },
    { key: 'phone', header: 'Phone', render: (c) => c.phone ?? '—' },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      align: 'right',
      width: 110,
      render: (c) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label="Edit">
            <ActionIcon variant="subtle" aria-label={`Edit ${c.name}`} onClick={() => setEditing(c)}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Remove">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove ${c.name}`}
              onClick={() => {
                remove.reset();
                setDeleting(c);
              }}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    });
  }

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {canEdit
            ? 'The people at your organization the vendor works with.'
            : 'The people at your organization the vendor works with. A partner admin can change them.'}
        </Text>
        {canEdit ? (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
            Add contact
          </Button>
        ) : null}
      </Group>
      <DataTable
        caption="Contacts"
        columns={columns}
        rows={contacts.data?.items ?? []}
        rowId={(c) => c.id}
        loading={contacts.isLoading}
        error={contacts.error}
        onRetry={() => void contacts.refetch()}
        empty={
          <EmptyState title="No contacts yet">
            {canEdit
              ? 'Add the people the vendor should work with, and mark one of them as the primary contact.'
              : 'A partner admin in your organization can add contacts.'}
          </EmptyState>
        }
      />
      <ContactDialog
        partnerId={partnerId}
        contact={editing}
        onClose={() => setEditing(null)}
        onSaved={async () => {
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: contactsKey(partnerId) }),
            queryClient.invalidateQueries({ queryKey: partnerKey(partnerId), exact: true }),
          ]);
        }}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title="Remove this contact?"
        confirmLabel="Remove contact"
        onConfirm={async () => {
          if (deleting) await remove.mutateAsync(deleting);
        }}
        onClose={() => setDeleting(null)}
      >
        {deleting
          ? `${deleting.name} (${deleting.email}) will be removed from your organization's contacts.`
          : ''}
      </ConfirmDialog>
    </>
  );
}
