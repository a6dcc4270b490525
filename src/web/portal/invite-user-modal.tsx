import {
  ActionIcon,
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';
import { formatDateTime } from '../shared/format';
import { PORTAL_USERS_KEY } from './portal-queries';

type PartnerRole = 'partner_admin' | 'partner_rep';

/** Invites a colleague into the partner's own organization, then shows the invitation link once. */
export function InviteUserModal({ partnerId, onClose }: { partnerId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<PartnerRole>('partner_rep');
  const [invitation, setInvitation] = useState<Schemas['Invitation'] | null>(null);

  const invite = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/users/invitations', {
          body: { email: email.trim(), name: name.trim(), role, partnerId },
        }),
      ),
    onSuccess: async (created) => {
      setInvitation(created);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [PORTAL_USERS_KEY] }),
        queryClient.invalidateQueries({ queryKey: ['portal'] }),
      ]);
    },
    onError: (error) => errors.take(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    invite.mutate();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={invitation ? 'Invitation created' : 'Invite a colleague'}
      centered
      size="lg"
      closeOnClickOutside={!invitation}
    >
      {invitation ? (
        <Stack>
          <Text size="sm">
            Send this link to <b>{invitation.user.name}</b> ({invitation.user.email}). They open it to set a
            password, then sign in to this portal.
          </Text>
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Copy the link now">
            The link is shown only this once. It works one time and expires on{' '}
            {formatDateTime(invitation.expiresAt)}.
          </Alert>
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <TextInput
              label="Invitation link"
              value={invitation.inviteUrl}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
              style={{ flex: 1 }}
              data-testid="invite-url"
            />
            <CopyButton value={invitation.inviteUrl}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy link'}>
                  <ActionIcon
                    size="lg"
                    variant={copied ? 'filled' : 'light'}
                    onClick={copy}
                    aria-label="Copy invitation link"
                    mb={2}
                  >
                    {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
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
              label="Work email"
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.of('email')}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="invite-role-label">
                Role
              </Text>
              <SegmentedControl
                aria-labelledby="invite-role-label"
                value={role}
                onChange={(value) => setRole(value as PartnerRole)}
                data={[
                  { value: 'partner_rep', label: 'Partner rep' },
                  { value: 'partner_admin', label: 'Partner admin' },
                ]}
              />
              <Text size="xs" c="dimmed">
                {role === 'partner_admin'
                  ? 'Manages your profile, contacts, users and API keys, and does everything a rep does.'
                  : 'Works on deals and with the vendor; sees your organization but cannot change its profile or users.'}
              </Text>
              {errors.of('role') ? (
                <Text size="xs" c="red">
                  {errors.of('role')}
                </Text>
              ) : null}
            </Stack>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={invite.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={invite.isPending}>
                Create invitation
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
