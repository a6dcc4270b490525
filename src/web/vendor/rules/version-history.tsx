import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api/client';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { formatDateTime } from '../../shared/format';
import { EmptyState } from '../../shared/states/states';
import { UserName } from '../badges';

type RuleSet = Schemas['RuleSet'];

/** Every saved version, newest first: which one is active, switching to another, editing a copy. */
export function VersionHistory({
  versions,
  canWrite,
  loading,
  error,
  onRetry,
  onEditCopy,
}: {
  versions: RuleSet[];
  canWrite: boolean;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onEditCopy: (version: RuleSet) => void;
}) {
  const queryClient = useQueryClient();
  const [activating, setActivating] = useState<RuleSet | null>(null);

  const columns: Column<RuleSet>[] = [
    {
      key: 'version',
      header: 'Version',
      width: 90,
      render: (v) => (
        <Text size="sm" fw={600}>
          v{v.version}
        </Text>
      ),
    },
    {
      key: 'name',
      header: 'Name',
      render: (v) => (
        <Stack gap={0}>
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {v.name}
            </Text>
            {v.active ? (
              <Badge color="teal" variant="filled" size="sm" data-testid="active-version-badge">
                Active
              </Badge>
            ) : null}
          </Group>
          {v.note ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {v.note}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'created',
      header: 'Saved',
      render: (v) =>
        v.createdAt ? (
          <Stack gap={0}>
            <Text size="sm">{formatDateTime(v.createdAt)}</Text>
            <Text size="xs" c="dimmed">
              <UserName id={v.createdBy} fallback="" />
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Built in
          </Text>
        ),
    },
    {
      key: 'actions',
      header: 'Actions',
      align: 'right',
      render: (v) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconCopy size={14} />}
            onClick={() => onEditCopy(v)}
            aria-label={`Edit a copy of version ${v.version}`}
          >
            Edit a copy
          </Button>
          {canWrite && !v.active && v.id ? (
            <Button
              size="xs"
              variant="light"
              onClick={() => setActivating(v)}
              aria-label={`Activate version ${v.version}`}
            >
              Activate
            </Button>
          ) : null}
        </Group>
      ),
    },
  ];

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Version history">
      <Title order={4} mb="xs">
        Version history
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Versions are never edited: each change is saved as a new one, and every decision records the version
        that made it.
      </Text>
      <DataTable
        caption="Rule set versions"
        columns={columns}
        rows={versions}
        rowId={(v) => `${v.version}`}
        loading={loading}
        error={error}
        onRetry={onRetry}
        empty={<EmptyState title="No versions yet" />}
      />
      <ConfirmDialog
        opened={activating !== null}
        onClose={() => setActivating(null)}
        title={`Activate version ${activating?.version ?? ''}?`}
        confirmLabel="Activate"
        color="teal"
        onConfirm={async () => {
          if (!activating?.id) return;
          await unwrap(api.POST('/api/rule-sets/{id}/activate', { params: { path: { id: activating.id } } }));
          await queryClient.invalidateQueries({ queryKey: ['rule-sets'] });
          notifications.show({
            color: 'teal',
            title: `Version ${activating.version} is active`,
            message: 'New registrations are decided by it from now on; past decisions keep their version.',
          });
        }}
      >
        Registrations submitted from now on are decided by “{activating?.name}”. Decisions already made keep
        the version that made them.
      </ConfirmDialog>
    </Paper>
  );
}
