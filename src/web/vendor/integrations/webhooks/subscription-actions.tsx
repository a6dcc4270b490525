import { Button, Group, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconKey,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconSend,
  IconTrash,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../../shared/api/client';
import { ConfirmDialog } from '../../../shared/form/confirm-dialog';
import { SecretOnce } from './secret-once';
import { SubscriptionFormModal } from './subscription-form-modal';
import { type Subscription, WEBHOOKS_KEY } from './webhooks-api';

type Dialog = 'edit' | 'rotate' | 'disable' | 'delete' | null;

/** Edit, test, rotate, pause or resume, and delete one subscription. */
export function SubscriptionActions({ subscription }: { subscription: Subscription }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [newSecret, setNewSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const path = { params: { path: { id: subscription.id } } };
  const refresh = () => queryClient.invalidateQueries({ queryKey: [WEBHOOKS_KEY] });

  async function run(label: string, action: () => Promise<string>) {
    setBusy(label);
    try {
      notifications.show({ color: 'teal', title: subscription.name, message: await action() });
      await refresh();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `${label} failed`,
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    } finally {
      setBusy(null);
    }
  }

  const active = subscription.status === 'active';
  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
        Edit
      </Button>
      <Button
        variant="default"
        leftSection={<IconSend size={16} />}
        disabled={!active}
        loading={busy === 'Test event'}
        onClick={() =>
          run('Test event', async () => {
            await unwrap(api.POST('/api/webhooks/{id}/test', path));
            return 'A webhook.test event is queued; it shows in the delivery log within seconds.';
          })
        }
      >
        Send test event
      </Button>
      <Button variant="default" leftSection={<IconKey size={16} />} onClick={() => setDialog('rotate')}>
        Rotate secret
      </Button>
      {active ? (
        <Button
          variant="default"
          leftSection={<IconPlayerPause size={16} />}
          onClick={() => setDialog('disable')}
        >
          Disable
        </Button>
      ) : (
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          loading={busy === 'Enable'}
          onClick={() =>
            run('Enable', async () => {
              await unwrap(api.POST('/api/webhooks/{id}/enable', path));
              return 'Enabled: queued deliveries resume, and the failure count starts over.';
            })
          }
        >
          Enable
        </Button>
      )}
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} />}
        onClick={() => setDialog('delete')}
      >
        Delete
      </Button>

      {dialog === 'edit' ? (
        <SubscriptionFormModal subscription={subscription} onClose={() => setDialog(null)} />
      ) : null}
      <ConfirmDialog
        opened={dialog === 'rotate'}
        onClose={() => setDialog(null)}
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        color="orange"
        onConfirm={async () => {
          const rotated = await unwrap(api.POST('/api/webhooks/{id}/rotate-secret', path));
          setNewSecret(rotated.secret);
          await refresh();
        }}
      >
        Every delivery from now on, retries included, is signed with a new secret. Deliveries fail
        verification at your receiver until it has the new one.
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog === 'disable'}
        onClose={() => setDialog(null)}
        title="Disable this subscription?"
        confirmLabel="Disable"
        color="orange"
        onConfirm={async () => {
          await unwrap(api.POST('/api/webhooks/{id}/disable', { ...path, body: {} }));
          await refresh();
        }}
      >
        Nothing is sent while it is disabled. Deliveries already queued wait and resume in order when it is
        enabled again; events that happen meanwhile are not queued for it.
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog === 'delete'}
        onClose={() => setDialog(null)}
        title="Delete this subscription?"
        confirmLabel="Delete subscription"
        onConfirm={async () => {
          await unwrap(api.DELETE('/api/webhooks/{id}', path));
          await refresh();
          await navigate({ to: '/console/webhooks' });
        }}
      >
        “{subscription.name}” stops receiving events, and its queued deliveries and delivery log are deleted
        with it. This cannot be undone.
      </ConfirmDialog>
      <Modal
        opened={newSecret !== null}
        onClose={() => setNewSecret(null)}
        title="New signing secret"
        centered
        size="lg"
        closeOnClickOutside={false}
      >
        {newSecret ? <SecretOnce secret={newSecret} onDone={() => setNewSecret(null)} /> : null}
      </Modal>
    </Group>
  );
}
