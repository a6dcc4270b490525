import { ActionIcon, Alert, Badge, Button, Group, Menu, Paper, SegmentedControl, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconLock, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { useSession } from '../shared/auth/session';
import { type Column, DataTable } from '../shared/data-table/data-table';
import { useCursorList } from '../shared/data-table/use-cursor-list';
import { ConfirmDialog } from '../shared/form/confirm-dialog';
import { formatDateTime, roleLabel } from '../shared/format';
import { PageHeader } from '../shared/layout/page-header';
import { EmptyState } from '../shared/states/states';
import { InviteUserModal } from './invite-user-modal';
import { PORTAL_USERS_KEY } from './portal-queries';

type User = Schemas['User'];
type StatusFilter = 'all' | 'active' | 'invited' | 'disabled';
type UserChange = { user: User; body: Schemas['UpdateUser'] };

const STATUS_COLORS: Record<string, string> = { active: 'teal', invited: 'blue', disabled: 'gray' };

/** A partner admin's team: its own organization's portal users only (the API scopes the list). */
export function PortalUsersPage() {
  const me = useSession();
  const queryClient = useQueryClient();
  const [sort, setSort] = useState('name');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [inviting, setInviting] = useState(false);
  const [disabling, setDisabling] = useState<User | null>(null);

  const list = useCursorList<User, { status?: Exclude<StatusFilter, 'all'> }>({
    key: PORTAL_USERS_KEY,
    filters: status === 'all' ? {} : { status },
    sort,
    fetchPage: (query) =>
      unwrap(
        api.GET('/api/users', {
          params: {
            query: {
              ...query,
              sort: query.sort as 'name',
              partnerId: me.partnerId ?? undefined,
            },
          },
        }),
      ),
  });

  const change = useMutation({
    mutationFn: ({ user, body }: UserChange) =>
      unwrap(api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body })),
    onSuccess: async (updated, { body }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [PORTAL_USERS_KEY] }),
        queryClient.invalidateQueries({ queryKey: ['portal'] }),
      ]);
      const what = body.status
        ? body.status === 'disabled'
          ? 'was disabled and signed out'
          : 'can sign in again'
        : `is now a ${roleLabel(updated.role).toLowerCase()}`;
      notifications.show({ color: 'teal', title: 'User updated', message: `${updated.name} ${what}.` });
      setDisabling(null);
    },
    onError: (error) => {
      if (!disabling) notifications.show({ color: 'red', title: 'Not changed', message: error.message });
    },
  });

  if (me.role !== 'partner_admin') {
    return (
      <>
        <PageHeader title="Users" />
        <Alert color="gray" icon={<IconLock size={18} />} title="Partner admins only">
          Only a partner admin of your organization can see and invite its users.
        </Alert>
      </>
    );
  }

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (u) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500}>
            {u.name}
          </Text>
          {u.id === me.id ? (
            <Badge size="xs" variant="light" color="gray">
              You
            </Badge>
          ) : null}
        </Group>
      ),
    },
    { key: 'email', header: 'Email', sortKey: 'email', render: (u) => u.email },
    { key: 'role', header: 'Role', render: (u) => roleLabel(u.role) },
    {
      key: 'status',
      header: 'Status',
      render: (u) => (
        <Badge variant="light" color={STATUS_COLORS[u.status] ?? 'gray'}>
          {u.status === 'invited' ? 'Invited' : u.status === 'active' ? 'Active' : 'Disabled'}
        </Badge>
      ),
    },
    {
      key: 'lastLogin',
      header: 'Last sign-in',
      render: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : 'Never'),
    },
    {
      key: 'actions',
      header: 'Actions',
      align: 'right',
      width: 90,
      render: (u) =>
        u.id === me.id ? null : (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" aria-label={`Actions for ${u.name}`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {u.role === 'partner_rep' ? (
                <Menu.Item onClick={() => change.mutate({ user: u, body: { role: 'partner_admin' } })}>
                  Make partner admin
                </Menu.Item>
              ) : (
                <Menu.Item onClick={() => change.mutate({ user: u, body: { role: 'partner_rep' } })}>
                  Make partner rep
                </Menu.Item>
              )}
              {u.status === 'disabled' ? (
                <Menu.Item onClick={() => change.mutate({ user: u, body: { status: 'active' } })}>
                  Re-enable
                </Menu.Item>
              ) : (
                <Menu.Item
                  color="red"
                  onClick={() => {
                    change.reset();
                    setDisabling(u);
                  }}
                >
                  Disable
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Users"
        description="The people of your organization who use this portal. Invite colleagues, change their role, or disable access."
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)}>
            Invite user
          </Button>
        }
      />
      <Paper withBorder radius="md" p="md">
        <Group mb="sm">
          <SegmentedControl
            aria-label="Filter by status"
            size="xs"
            value={status}
            onChange={(value) => setStatus(value as StatusFilter)}
            data={[
              { value: 'all', label: 'All' },
              { value: 'active', label: 'Active' },
              { value: 'invited', label: 'Invited' },
              { value: 'disabled', label: 'Disabled' },
            ]}
          />
        </Group>
        <DataTable
          caption="Users of your organization"
          columns={columns}
          rows={list.items}
          rowId={(u) => u.id}
          sort={sort}
          onSortChange={setSort}
          loading={list.isLoading}
          error={list.error}
          onRetry={() => void list.refetch()}
          empty={
            <EmptyState
              title={status === 'all' ? 'No users yet' : `No ${status} users`}
              action={
                status === 'all' ? (
                  <Button variant="light" onClick={() => setInviting(true)}>
                    Invite a colleague
                  </Button>
                ) : null
              }
            >
              {status === 'all' ? 'Invite the people who work with the vendor.' : 'Try another status.'}
            </EmptyState>
          }
          pagination={list.pagination}
        />
      </Paper>
      {inviting && me.partnerId ? (
        <InviteUserModal partnerId={me.partnerId} onClose={() => setInviting(false)} />
      ) : null}
      <ConfirmDialog
        opened={disabling !== null}
        title="Disable this user?"
        confirmLabel="Disable user"
        onConfirm={async () => {
          if (disabling) await change.mutateAsync({ user: disabling, body: { status: 'disabled' } });
        }}
        onClose={() => setDisabling(null)}
      >
        {disabling
          ? `${disabling.name} will be signed out at once and cannot sign in until re-enabled. Their API keys stop working too.`
          : ''}
      </ConfirmDialog>
    </>
  );
}
