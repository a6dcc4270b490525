import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, type Schemas, unwrap } from '../shared/api/client';
import { CopyValue } from '../shared/form/copy-value';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';
import { formatDateTime } from '../shared/format';
import { partnerRoleOptions, type Role, vendorRoleOptions } from './options';
import { PartnerPicker } from './partner-picker';

type Invitation = Schemas['Invitation'];
type Kind = 'vendor' | 'partner';

/**
 * Invites a vendor colleague or a partner's user. The invite link comes back once: the dialog shows
 * it with a copy button until closed.
 */
export function InviteUserDialog({
  opened,
  onClose,
  partner,
}: {
  opened: boolean;
  onClose: () => void;
  /** Invite into this partner only (partner roles). */
  partner?: { id: string; name: string };
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={partner ? `Invite a user at ${partner.name}` : 'Invite a user'}
      size="lg"
    >
      {opened ? <InviteForm onClose={onClose} fixedPartner={partner} /> : null}
    </Modal>
  );
}

function InviteForm({
  onClose,
  fixedPartner,
}: {
  onClose: () => void;
  fixedPartner?: { id: string; name: string };
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [kind, setKind] = useState<Kind>(fixedPartner ? 'partner' : 'vendor');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>(fixedPartner ? 'partner_rep' : null);
  const [partner, setPartner] = useState<{ id: string; name: string } | null>(fixedPartner ?? null);
  const [busy, setBusy] = useState(false);
  const [invitation, setInvitation] = useState<Invitation | null>(null);

  function reset() {
    setName('');
    setEmail('');
    setInvitation(null);
    errors.clear();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!role) {
      errors.take(new ApiError(400, { errors: [{ field: 'role', message: 'Choose a role' }] }));
      return;
    }
    setBusy(true);
    try {
      const result = await unwrap(
        api.POST('/api/users/invitations', {
          body: {
            name: name.trim(),
            email: email.trim(),
            role,
            partnerId: kind === 'partner' ? (partner?.id ?? null) : null,
          },
        }),
      );
      setInvitation(result);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      if (result.user.partnerId) {
        await queryClient.invalidateQueries({ queryKey: ['partners', 'detail', result.user.partnerId] });
      }
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  if (invitation) {
    return (
      <Stack>
        <Text size="sm">
          <b>{invitation.user.name}</b> ({invitation.user.email}) is invited. Send them this link; it lets
          them set a password and expires {formatDateTime(invitation.expiresAt)}.
        </Text>
        <CopyValue label="Invite link" value={invitation.inviteUrl} />
        <Group justify="flex-end">
          <Button variant="default" onClick={reset}>
            Invite another
          </Button>
          <Button onClick={onClose} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={errors.general} />
        {fixedPartner ? null : (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="invite-kind-label">
              Who are you inviting?
            </Text>
            <SegmentedControl
              aria-labelledby="invite-kind-label"
              value={kind}
              onChange={(v) => {
                setKind(v as Kind);
                setRole(null);
              }}
              data={[
                { value: 'vendor', label: 'A colleague (vendor staff)' },
                { value: 'partner', label: "A partner's user" },
              ]}
            />
          </Stack>
        )}
        <TextInput
          label="Name"
          required
          data-autofocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.of('name')}
        />
        <TextInput
          label="Email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.of('email')}
        />
        <Select
          label="Role"
          required
          placeholder="Choose a role"
          data={kind === 'vendor' ? vendorRoleOptions : partnerRoleOptions}
          value={role}
          onChange={(v) => setRole(v as Role | null)}
          error={errors.of('role')}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          description={
            kind === 'vendor'
              ? 'Admins run the program; partner managers own partners; sales reps and finance mostly read.'
              : 'Partner admins manage their organization and its users; partner reps register and work deals.'
          }
        />
        {kind === 'partner' && !fixedPartner ? (
          <PartnerPicker required value={partner} onChange={setPartner} error={errors.of('partnerId')} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
