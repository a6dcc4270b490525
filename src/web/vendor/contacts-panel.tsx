import { ActionIcon, Anchor, Badge, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPencil, IconPlus, IconStar, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { ContactDialog } from '../shared/contacts/contact-dialog';
import { type Column, DataTable } from '../shared/data-table/data-table';
import { useCursorList } from '../shared/data-table/use-cursor-list';
import { ConfirmDialog } from '../shared/form/confirm-dialog';
import { EmptyState } from '../shared/states/states';

type Contact = Schemas['PartnerContact'];

/** A partner's contacts: list, add, edit, delete, and which one is primary. */
export function ContactsPanel({ partnerId }: { partnerId: string }) {
  const can = useCan();
  const writable = can('contacts.write');
  const queryClient = useQueryClient();
  const [sort, setSort] = useState('name');
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const list = useCursorList({
    key: 'partner-contacts',
    filters: { partnerId },
    sort,
    fetchPage: ({ partnerId: id, sort: s, ...query }) =>
      unwrap(
        api.GET('/api/partners/{id}/contacts', {
          params: { path: { id }, query: { ...query, sort: s as 'name' } },
        }),
      ),
  });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['partner-contacts'] });
    await queryClient.invalidateQueries({ queryKey: ['partners', 'detail', partnerId] });
  };

  async function makePrimary(contact: Contact) {
    try {
      await unwrap(
        api.PATCH('/api/partners/{id}/contacts/{contactId}', {
          params: { path: { id: partnerId, contactId: contact.id } },
          body: { isPrimary: true },
        }),
      );
      await refresh();
      notifications.show({
        color: 'teal',
        title: 'Primary contact',
        message: `${contact.name} is now primary.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not changed', message: (error as Error).message });
    }
  }

  const columns: Column<Contact>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (c) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500}>
            {c.name}
          </Text>
          {c.isPrimary ? (
            <Badge size="xs" color="teal" variant="filled">
              Primary
            </Badge>
          ) : null}
        </Group>
      ),
    },
    { key: 'title', header: 'Title', render: (c) => c.title ?? <Text c="dimmed">—</Text> },
    {
      key: 'email',
      header: 'Email',
      render: (c) => (
        <Anchor href={`mailto:${c.email}`} size="sm">
          {c.email}
        </Anchor>
      ),
    },
    { key: 'phone', header: 'Phone', render: (c) => c.phone ?? <Text c="dimmed">—</Text> },
    ...(writable
      ? [
          {
            key: 'actions',
            header: '',
            width: 56,
            render: (c: Contact) => (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${c.name}`}>
                    <IconDots size={16} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(c)}>
                    Edit
                  </Menu.Item>
                  {!c.isPrimary ? (
                    <Menu.Item leftSection={<IconStar size={14} />} onClick={() => makePrimary(c)}>
                      Make primary
                    </Menu.Item>
                  ) : null}
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(c)}>
                    Delete
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ),
          },
        ]
      : []),
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={4}>Contacts</Title>
          <Text size="sm" c="dimmed">
            People at this partner you work with. The primary contact is the first one to call.
          </Text>
        </div>
        {writable ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Add contact
          </Button>
        ) : null}
      </Group>
      <DataTable
        caption="Contacts"
        columns={columns}
        rows={list.items}
        rowId={(c) => c.id}
        sort={sort}
        onSortChange={setSort}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        pagination={list.pagination}
        empty={
          <EmptyState
            title="No contacts yet"
            action={
              writable ? (
                <Button variant="light" onClick={() => setEditing('new')}>
                  Add the first contact
                </Button>
              ) : null
            }
          >
            Add the people you work with at this partner, and mark one as the primary contact.
          </EmptyState>
        }
      />
      <ContactDialog
        partnerId={partnerId}
        contact={editing}
        onClose={() => setEditing(null)}
        onSaved={refresh}
      />
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? 'contact'}?`}
        confirmLabel="Delete contact"
        onConfirm={async () => {
          if (!deleting) return;
          await unwrap(
            api.DELETE('/api/partners/{id}/contacts/{contactId}', {
              params: { path: { id: partnerId, contactId: deleting.id } },
            }),
          );
          await refresh();
          notifications.show({
            color: 'teal',
            title: 'Contact deleted',
            message: `${deleting.name} was removed.`,
          });
        }}
      >
        {deleting?.name} ({deleting?.email}) will be removed from this partner's contacts.
      </ConfirmDialog>
    </Stack>
  );
}
