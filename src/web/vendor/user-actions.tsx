import { ActionIcon, Button, Group, Menu, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPlayerPlay, IconUserCog, IconUserOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../shared/api/client';
import { useSession } from '../shared/auth/session';
import { ConfirmDialog } from '../shared/form/confirm-dialog';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';
import { roleLabel } from '../shared/format';
import { isPartnerRole, partnerRoleOptions, type Role, vendorRoleOptions } from './options';
import type { User } from './queries';

async function patchUser(id: string, body: { role?: Role; status?: 'active' | 'disabled' }) {
  return unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}

/** Per-user actions for admins: change role (within vendor or partner roles), disable or re-enable. */
export function UserActions({ user }: { user: User }) {
  const me = useSession();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'role' | 'disable' | 'enable' | null>(null);
  if (user.id === me.id) return null;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.name}`}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconUserCog size={14} />} onClick={() => setDialog('role')}>
            Change role
          </Menu.Item>
          {user.status === 'disabled' ? (
            <Menu.Item leftSection={<IconPlayerPlay size={14} />} onClick={() => setDialog('enable')}>
              Re-enable
            </Menu.Item>
          ) : (
            <Menu.Item
              color="red"
              leftSection={<IconUserOff size={14} />}
              onClick={() => setDialog('disable')}
            >
              Disable
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <ChangeRoleDialog
        user={user}
        opened={dialog === 'role'}
        onClose={() => setDialog(null)}
        onSaved={refresh}
      />
      <ConfirmDialog
        opened={dialog === 'disable'}
        onClose={() => setDialog(null)}
        title={`Disable ${user.name}?`}
        confirmLabel="Disable user"
        onConfirm={async () => {
          await patchUser(user.id, { status: 'disabled' });
          await refresh();
          notifications.show({
            color: 'teal',
            title: 'User disabled',
            message: `${user.name} can no longer sign in.`,
          });
        }}
      >
        {user.name} ({user.email}) is signed out everywhere and cannot sign in or use API keys until
        re-enabled. Their records and audit history stay.
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog === 'enable'}
        onClose={() => setDialog(null)}
        title={`Re-enable ${user.name}?`}
        confirmLabel="Re-enable user"
        color="teal"
        onConfirm={async () => {
          await patchUser(user.id, { status: 'active' });
          await refresh();
          notifications.show({
            color: 'teal',
            title: 'User re-enabled',
            message: `${user.name} can sign in again.`,
          });
        }}
      >
        {user.name} ({user.email}) can sign in again with their current password, as {roleLabel(user.role)}.
      </ConfirmDialog>
    </>
  );
}

function ChangeRoleDialog({
  user,
  opened,
  onClose,
  onSaved,
}: {
  user: User;
  opened: boolean;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
}) {
  const errors = useFieldErrors();
  const [role, setRole] = useState<Role>(user.role);
  const [busy, setBusy] = useState(false);
  const options = isPartnerRole(user.role) ? partnerRoleOptions : vendorRoleOptions;

  async function save() {
    errors.clear();
    setBusy(true);
    try {
      await patchUser(user.id, { role });
      await onSaved();
      notifications.show({
        color: 'teal',
        title: 'Role changed',
        message: `${user.name} is now ${roleLabel(role)}.`,
      });
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={`Change role of ${user.name}`}
    >
      <Stack>
        <FormError message={errors.general} />
        <Select
          label="Role"
          data={options}
          value={role}
          onChange={(v) => v && setRole(v as Role)}
          allowDeselect={false}
          error={errors.of('role')}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <Text size="xs" c="dimmed">
          {isPartnerRole(user.role)
            ? 'A partner user keeps a partner role; vendor roles are for your own staff.'
            : 'A vendor user keeps a vendor role; partner roles are for partner organizations.'}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={busy} disabled={role === user.role}>
            Save role
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
