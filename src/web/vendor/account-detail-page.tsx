import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { api, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { ConfirmDialog } from '../shared/form/confirm-dialog';
import { formatDate, formatDateTime, formatNumber, humanize } from '../shared/format';
import { NotFoundPage } from '../shared/states/not-found-page';
import { EmptyState, ErrorState, isNotFound } from '../shared/states/states';
import { AccountDialog } from './account-form';
import { AuditTable } from './audit-table';
import { AccountStatusBadge, UserName } from './badges';
import { AccountPartnersPanel } from './mapping/account-partners-panel';

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

/** One account: its details, the partners that have it on their lists, edit, delete (admins) and its audit trail (admins). */
export function AccountDetailPage() {
  const { accountId } = useParams({ strict: false }) as { accountId: string };
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const account = useQuery({
    queryKey: ['accounts', 'detail', accountId],
    queryFn: () => unwrap(api.GET('/api/accounts/{id}', { params: { path: { id: accountId } } })),
  });

  if (account.error && isNotFound(account.error)) return <NotFoundPage what="account" />;
  const a = account.data;

  return (
    <>
      <Anchor component={Link} to="/console/accounts" size="sm" c="dimmed">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} /> Accounts
        </Group>
      </Anchor>
      {account.error ? (
        <Stack mt="md">
          <ErrorState error={account.error} onRetry={() => account.refetch()} />
        </Stack>
      ) : !a ? (
        <Stack gap="sm" mt="sm" aria-busy="true" aria-label="Loading account">
          <Skeleton height={32} width={320} />
          <Skeleton height={160} />
        </Stack>
      ) : (
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" mt={4} wrap="wrap">
            <Stack gap={6}>
              <Title order={2} data-testid="account-name">
                {a.name}
              </Title>
              <Group gap="xs">
                <AccountStatusBadge status={a.status} />
                {a.industry ? (
                  <Badge variant="outline" color="gray" tt="none">
                    {a.industry}
                  </Badge>
                ) : null}
              </Group>
            </Stack>
            <Group gap="sm">
              {can('accounts.write') ? (
                <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                  Edit
                </Button>
              ) : null}
              {can('accounts.delete') ? (
                <Button
                  variant="default"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  onClick={() => setDeleting(true)}
                >
                  Delete
                </Button>
              ) : null}
            </Group>
          </Group>
          <Paper withBorder radius="md" p="md">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
              <Field label="Domains">{a.domains.length ? a.domains.join(', ') : none}</Field>
              <Field label="Status">{humanize(a.status)}</Field>
              <Field label="Industry">{a.industry ?? none}</Field>
              <Field label="Country">{a.country ?? none}</Field>
              <Field label="Employees">{a.employees === null ? none : formatNumber(a.employees)}</Field>
              <Field label="Owner">
                {a.ownerId ? <UserName id={a.ownerId} fallback="Assigned" /> : none}
              </Field>
              <Field label="CRM record IDs">
                {Object.keys(a.externalIds).length
                  ? Object.entries(a.externalIds).map(([system, id]) => (
                      <div key={system}>
                        {humanize(system)}: <code>{id}</code>
                      </div>
                    ))
                  : none}
              </Field>
              <Field label="Added">{formatDate(a.createdAt)}</Field>
              <Field label="Last changed">{formatDateTime(a.updatedAt)}</Field>
            </SimpleGrid>
          </Paper>
          {can('mapping.program.read') ? <AccountPartnersPanel accountId={a.id} /> : null}
          {can('audit.read') ? (
            <Paper withBorder radius="md" p="md">
              <Title order={4} mb="sm">
                Audit trail
              </Title>
              <AuditTable
                filters={{ entityType: 'account', entityId: a.id }}
                showPartner={false}
                pageSize={10}
                empty={
                  <EmptyState title="Nothing recorded yet">
                    Changes to this account will be listed here.
                  </EmptyState>
                }
              />
            </Paper>
          ) : null}
          <AccountDialog
            opened={editing}
            onClose={() => setEditing(false)}
            account={a}
            onSaved={() => undefined}
          />
          <ConfirmDialog
            opened={deleting}
            onClose={() => setDeleting(false)}
            title={`Delete ${a.name}?`}
            confirmLabel="Delete account"
            onConfirm={async () => {
              await unwrap(api.DELETE('/api/accounts/{id}', { params: { path: { id: a.id } } }));
              queryClient.removeQueries({ queryKey: ['accounts', 'detail', a.id] });
              await queryClient.invalidateQueries({ queryKey: ['accounts'] });
              notifications.show({
                color: 'teal',
                title: 'Account deleted',
                message: `${a.name} was deleted.`,
              });
              await navigate({ to: '/console/accounts' });
            }}
          >
            {a.name} is removed from your accounts for good. Partner deals and account matches that pointed to
            it will no longer find it. The audit log keeps a record of the deletion.
          </ConfirmDialog>
        </Stack>
      )}
    </>
  );
}
