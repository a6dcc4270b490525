import { Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconUserPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { api, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { useSession } from '../shared/auth/session';
import { type Column, DataTable } from '../shared/data-table/data-table';
import { useCursorList } from '../shared/data-table/use-cursor-list';
import { SearchBox } from '../shared/form/search-box';
import { formatDate, formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/layout/page-header';
import { EmptyState } from '../shared/states/states';
import { PartnerLink, RoleBadge, UserStatusBadge } from './badges';
import { InviteUserDialog } from './invite-user-dialog';
import { oneOf, PARTNER_ROLES, partnerRoleOptions, VENDOR_ROLES, vendorRoleOptions } from './options';
import type { User } from './queries';
import { useUrlFilters } from './url-filters';
import { UserActions } from './user-actions';

const SORTS = ['name', '-name', 'email', '-email', 'createdAt', '-createdAt'] as const;
type Sort = (typeof SORTS)[number];
const KINDS = ['vendor', 'partner'] as const;
const STATUSES = ['invited', 'active', 'disabled'] as const;
const FILTER_KEYS = ['q', 'kind', 'role', 'status'] as const;

function userQueryFrom(search: Record<string, string | undefined>) {
  const kind = oneOf(KINDS, search.kind);
  const roles =
    kind === 'vendor'
      ? VENDOR_ROLES
      : kind === 'partner'
        ? PARTNER_ROLES
        : [...VENDOR_ROLES, ...PARTNER_ROLES];
  return {
    q: search.q?.trim() || undefined,
    kind,
    role: oneOf(roles, search.role),
    status: oneOf(STATUSES, search.status),
  };
}

/** Vendor staff and partner users: filter, invite, change role, disable and re-enable. */
export function UsersPage() {
  const can = useCan();
  const me = useSession();
  const writable = can('users.write');
  const { search, set, clear } = useUrlFilters('/console/users');
  const [inviting, setInviting] = useState(false);
  const filters = userQueryFrom(search);
  const sort: Sort = (SORTS as readonly string[]).includes(search.sort ?? '')
    ? (search.sort as Sort)
    : 'name';
  const list = useCursorList({
    key: 'users',
    filters,
    sort,
    fetchPage: (params) => unwrap(api.GET('/api/users', { params: { query: { ...params, sort } } })),
  });
  const filtered = FILTER_KEYS.some((k) => search[k]);
  const roleOptions =
    filters.kind === 'vendor'
      ? vendorRoleOptions
      : filters.kind === 'partner'
        ? partnerRoleOptions
        : [
            { group: 'Vendor', items: vendorRoleOptions },
            { group: 'Partner', items: partnerRoleOptions },
          ];

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (u) => (
        <Stack gap={0}>
          <Group gap={6}>
            <Text size="sm" fw={500}>
              {u.name}
            </Text>
            {u.id === me.id ? (
              <Badge size="xs" variant="light">
                You
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {u.email}
          </Text>
        </Stack>
      ),
    },
    { key: 'role', header: 'Role', render: (u) => <RoleBadge role={u.role} /> },
    {
      key: 'org',
      header: 'Organization',
      render: (u) =>
        u.partnerId ? (
          <PartnerLink id={u.partnerId} />
        ) : (
          <Text size="sm" c="dimmed">
            Vendor staff
          </Text>
        ),
    },
    { key: 'status', header: 'Status', render: (u) => <UserStatusBadge status={u.status} /> },
    { key: 'lastLogin', header: 'Last sign-in', render: (u) => formatDateTime(u.lastLoginAt) },
    { key: 'created', header: 'Added', sortKey: 'createdAt', render: (u) => formatDate(u.createdAt) },
    ...(writable
      ? [{ key: 'actions', header: '', width: 56, render: (u: User) => <UserActions user={u} /> }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Users"
        description="Your own staff and the people at partner organizations who use the portal."
        actions={
          writable ? (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)}>
              Invite user
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter users">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="users-kind-label">
              Show
            </Text>
            <SegmentedControl
              aria-labelledby="users-kind-label"
              display="flex"
              value={filters.kind ?? 'all'}
              onChange={(v) => set({ kind: v === 'all' ? undefined : v, role: undefined })}
              data={[
                { value: 'all', label: 'Everyone' },
                { value: 'vendor', label: 'Vendor staff' },
                { value: 'partner', label: 'Partner users' },
              ]}
            />
          </Stack>
          <SearchBox
            label="Search"
            placeholder="Name or email"
            value={search.q ?? ''}
            onSearch={(q) => set({ q })}
          />
          <Select
            label="Role"
            placeholder="Any"
            data={roleOptions}
            value={filters.role ?? null}
            onChange={(role) => set({ role })}
            clearable
            w={{ base: '100%', xs: 180 }}
          />
          <Select
            label="Status"
            placeholder="Any"
            data={STATUSES.map((s) => ({ value: s, label: s[0]!.toUpperCase() + s.slice(1) }))}
            value={filters.status ?? null}
            onChange={(status) => set({ status })}
            clearable
            w={{ base: '100%', xs: 150 }}
          />
          {filtered ? (
            <Button variant="subtle" leftSection={<IconX size={14} />} onClick={() => clear()}>
              Clear filters
            </Button>
          ) : null}
        </Group>
        <DataTable
          caption="Users"
          columns={columns}
          rows={list.items}
          rowId={(u) => u.id}
          sort={sort}
          onSortChange={(s) => set({ sort: s })}
          loading={list.isLoading}
          error={list.error}
          onRetry={() => list.refetch()}
          pagination={list.pagination}
          empty={
            <EmptyState
              title={filtered ? 'No users match these filters' : 'No users yet'}
              action={
                filtered ? (
                  <Button variant="light" onClick={() => clear()}>
                    Clear filters
                  </Button>
                ) : null
              }
            >
              {filtered
                ? 'Try a shorter search or fewer filters.'
                : 'Invite colleagues and partner users to get started.'}
            </EmptyState>
          }
        />
      </Paper>
      <InviteUserDialog opened={inviting} onClose={() => setInviting(false)} />
    </>
  );
}
