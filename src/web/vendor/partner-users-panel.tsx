import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { type Column, DataTable } from '../shared/data-table/data-table';
import { useCursorList } from '../shared/data-table/use-cursor-list';
import { formatDateTime } from '../shared/format';
import { EmptyState } from '../shared/states/states';
import { RoleBadge, UserStatusBadge } from './badges';
import { InviteUserDialog } from './invite-user-dialog';
import type { User } from './queries';
import { UserActions } from './user-actions';

/** The partner's portal users, and inviting a new one (the link is shown once). */
export function PartnerUsersPanel({ partner }: { partner: Schemas['PartnerDetail'] }) {
  const can = useCan();
  const writable = can('users.write');
  const [sort, setSort] = useState('name');
  const [inviting, setInviting] = useState(false);
  const list = useCursorList({
    key: 'users',
    filters: { partnerId: partner.id },
    sort,
    fetchPage: ({ sort: s, ...query }) =>
      unwrap(api.GET('/api/users', { params: { query: { ...query, sort: s as 'name' } } })),
  });

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (u) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {u.name}
          </Text>
          <Text size="xs" c="dimmed">
            {u.email}
          </Text>
        </Stack>
      ),
    },
    { key: 'role', header: 'Role', render: (u) => <RoleBadge role={u.role} /> },
    { key: 'status', header: 'Status', render: (u) => <UserStatusBadge status={u.status} /> },
    { key: 'lastLogin', header: 'Last sign-in', render: (u) => formatDateTime(u.lastLoginAt) },
    ...(writable
      ? [{ key: 'actions', header: '', width: 56, render: (u: User) => <UserActions user={u} /> }]
      : []),
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={4}>Portal users</Title>
          <Text size="sm" c="dimmed">
            People at {partner.name} who sign in to the partner portal.
          </Text>
        </div>
        {writable ? (
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)}>
            Invite user
          </Button>
        ) : null}
      </Group>
      <DataTable
        caption={`Portal users of ${partner.name}`}
        columns={columns}
        rows={list.items}
        rowId={(u) => u.id}
        sort={sort}
        onSortChange={setSort}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        pagination={list.pagination}
        empty={
          <EmptyState
            title="No portal users yet"
            action={
              writable ? (
                <Button variant="light" onClick={() => setInviting(true)}>
                  Invite the first user
                </Button>
              ) : null
            }
          >
            {writable ? 'Invite a partner admin' : 'A program admin can invite a partner admin'} to give{' '}
            {partner.name} access to its portal: registering deals, managing its profile and inviting its own
            people.
          </EmptyState>
        }
      />
      <InviteUserDialog
        opened={inviting}
        onClose={() => setInviting(false)}
        partner={{ id: partner.id, name: partner.name }}
      />
    </Stack>
  );
}
