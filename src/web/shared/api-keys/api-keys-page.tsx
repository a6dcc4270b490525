import { Alert, Badge, Button, Code, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { type Column, DataTable } from '../data-table/data-table';
import { useCursorList } from '../data-table/use-cursor-list';
import { formatDate, formatDateTime } from '../format';
import { PageHeader } from '../layout/page-header';
import { EmptyState } from '../states/states';
import { API_KEY_STATUS_COLORS, API_KEYS_LIST_KEY, apiKeyStatus } from './api-key-status';
import { CreateApiKeyModal } from './create-api-key-modal';

type ApiKey = Schemas['ApiKey'];

/** API keys for integrations, in the console and the portal alike: your own keys (an admin sees all). */
export function ApiKeysPage() {
  const me = useSession();
  const queryClient = useQueryClient();
  const isAdmin = me.role === 'admin';
  const [sort, setSort] = useState('-createdAt');
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  const list = useCursorList<ApiKey, Record<string, never>>({
    key: API_KEYS_LIST_KEY,
    filters: {},
    sort,
    fetchPage: (query) =>
      unwrap(api.GET('/api/api-keys', { params: { query: { ...query, sort: query.sort as 'name' } } })),
  });

  // An admin sees everyone's keys: name their owners.
  const ownerIds = isAdmin ? [...new Set(list.items.map((k) => k.userId))].filter((id) => id !== me.id) : [];
  const owners = useQueries({
    queries: ownerIds.map((id) => ({
      queryKey: ['users', id],
      queryFn: () => unwrap(api.GET('/api/users/{id}', { params: { path: { id } } })),
      staleTime: 300_000,
    })),
  });
  const ownerName = (userId: string) => {
    if (userId === me.id) return 'You';
    const index = ownerIds.indexOf(userId);
    return owners[index]?.data?.name ?? '…';
  };

  const revoke = useMutation({
    mutationFn: (key: ApiKey) =>
      unwrap(api.DELETE('/api/api-keys/{id}', { params: { path: { id: key.id } } })),
    onSuccess: async (key) => {
      await queryClient.invalidateQueries({ queryKey: [API_KEYS_LIST_KEY] });
      notifications.show({
        color: 'teal',
        title: 'API key revoked',
        message: `“${key.name}” stopped working.`,
      });
      setRevoking(null);
    },
  });

  const columns: Column<ApiKey>[] = [
    {
      key: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (k) => (
        <Text size="sm" fw={500}>
          {k.name}
        </Text>
      ),
    },
    { key: 'prefix', header: 'Key', render: (k) => <Code>{k.prefix}…</Code> },
    {
      key: 'scopes',
      header: 'Scopes',
      render: (k) => (
        <Group gap={4}>
          {k.scopes.map((scope) => (
            <Badge key={scope} size="sm" variant="outline" color={scope === 'write' ? 'orange' : 'gray'}>
              {scope}
            </Badge>
          ))}
        </Group>
      ),
    },
    ...(isAdmin ? [{ key: 'owner', header: 'Owner', render: (k: ApiKey) => ownerName(k.userId) }] : []),
    { key: 'createdAt', header: 'Created', sortKey: 'createdAt', render: (k) => formatDate(k.createdAt) },
    {
      key: 'expiresAt',
      header: 'Expires',
      render: (k) => (k.expiresAt ? formatDate(k.expiresAt) : 'Never'),
    },
    {
      key: 'lastUsedAt',
      header: 'Last used',
      render: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'Never'),
    },
    {
      key: 'status',
      header: 'Status',
      render: (k) => {
        const status = apiKeyStatus(k);
        return (
          <Badge variant="light" color={API_KEY_STATUS_COLORS[status]}>
            {status === 'active' ? 'Active' : status === 'expired' ? 'Expired' : 'Revoked'}
          </Badge>
        );
      },
    },
    {
      key: 'actions',
      header: 'Actions',
      align: 'right',
      render: (k) =>
        k.revokedAt ? null : (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Revoke ${k.name}`}
            onClick={() => {
              revoke.reset();
              setRevoking(k);
            }}
          >
            Revoke
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="API keys"
        description={
          isAdmin
            ? 'Keys for integrations. As a program admin you see every key and can revoke any of them.'
            : 'Keys for your integrations. A key acts as you, limited to its scopes, and stops working when revoked or expired.'
        }
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Create API key
          </Button>
        }
      />
      <Paper withBorder radius="md" p="md">
        <DataTable
          caption="API keys"
          columns={columns}
          rows={list.items}
          rowId={(k) => k.id}
          sort={sort}
          onSortChange={setSort}
          loading={list.isLoading}
          error={list.error}
          onRetry={() => void list.refetch()}
          empty={
            <EmptyState
              title="No API keys yet"
              action={
                <Button variant="light" leftSection={<IconKey size={16} />} onClick={() => setCreating(true)}>
                  Create your first key
                </Button>
              }
            >
              Create a key to connect a CRM, automate with scripts or build on the public API. The API is
              described at{' '}
              <a href="/api/docs" className="table-link">
                /api/docs
              </a>
              .
            </EmptyState>
          }
          pagination={list.pagination}
        />
      </Paper>
      {creating ? <CreateApiKeyModal onClose={() => setCreating(false)} /> : null}
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title="Revoke this API key?"
        centered
      >
        <Stack>
          <Text size="sm">
            {revoking
              ? `“${revoking.name}” (${revoking.prefix}…) stops working at once. Anything using it will get 401 errors. This cannot be undone.`
              : ''}
          </Text>
          {revoke.error ? (
            <Alert color="red" role="alert">
              {revoke.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)} disabled={revoke.isPending}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => revoking && revoke.mutate(revoking)}
              data-autofocus
            >
              Revoke key
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
