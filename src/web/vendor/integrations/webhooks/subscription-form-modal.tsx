import { Alert, Button, Group, Modal, MultiSelect, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../../shared/api/client';
import { useFieldErrors } from '../../../shared/form/field-errors';
import { FormError } from '../../../shared/form/form-error';
import { SecretOnce } from './secret-once';
import { fetchEventTypes, type Subscription, WEBHOOKS_KEY } from './webhooks-api';

const ALL_EVENTS = '*';

/**
 * Creates a subscription (then shows its secret once) or edits one. Private-network delivery is off by
 * default: the server refuses loopback and internal addresses unless it is switched on.
 */
export function SubscriptionFormModal({
  subscription,
  onClose,
}: {
  subscription?: Subscription;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState(subscription?.name ?? '');
  const [url, setUrl] = useState(subscription?.url ?? '');
  const [eventTypes, setEventTypes] = useState<string[]>(subscription?.eventTypes ?? []);
  const [allowPrivate, setAllowPrivate] = useState(subscription?.allowPrivateNetwork ?? false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<string | null>(null);
  const types = useQuery({ queryKey: [WEBHOOKS_KEY, 'event-types'], queryFn: fetchEventTypes });

  const options = [
    { value: ALL_EVENTS, label: 'All events (*)' },
    ...(types.data?.items ?? []).map((t) => ({ value: t.type, label: `${t.type} — ${t.description}` })),
  ];

  const save = useMutation({
    mutationFn: async () => {
      const body = { name: name.trim(), url: url.trim(), eventTypes, allowPrivateNetwork: allowPrivate };
      if (subscription) {
        await unwrap(api.PATCH('/api/webhooks/{id}', { params: { path: { id: subscription.id } }, body }));
        return null;
      }
      return (await unwrap(api.POST('/api/webhooks', { body }))).secret;
    },
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: [WEBHOOKS_KEY] });
      if (created) setSecret(created);
      else onClose();
    },
    onError: (error) => errors.take(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = 'Name the receiving system, such as “CRM sync”';
    if (!/^https?:\/\/\S+$/i.test(url.trim()))
      problems.url = 'Enter the http or https URL that receives the events';
    if (eventTypes.length === 0) problems.eventTypes = 'Choose at least one event type, or all events';
    setLocal(problems);
    if (Object.keys(problems).length === 0) save.mutate();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        secret ? 'Subscription created' : subscription ? 'Edit subscription' : 'Add a webhook subscription'
      }
      centered
      size="lg"
      closeOnClickOutside={!secret}
    >
      {secret ? (
        <SecretOnce secret={secret} onDone={onClose} />
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
              error={local.name ?? errors.of('name')}
            />
            <TextInput
              label="Endpoint URL"
              description="Trellis POSTs each event here as JSON, signed per Standard Webhooks"
              placeholder="https://crm.example.com/hooks/trellis"
              required
              type="url"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              error={local.url ?? errors.of('url')}
            />
            <MultiSelect
              label="Event types"
              description="The events this endpoint receives"
              required
              searchable
              data={options}
              value={eventTypes}
              onChange={(value) => setEventTypes(value.includes(ALL_EVENTS) ? [ALL_EVENTS] : value)}
              error={local.eventTypes ?? errors.of('eventTypes')}
              nothingFoundMessage={types.isLoading ? 'Loading event types…' : 'No such event type'}
            />
            {types.error ? (
              <Alert color="red" role="alert">
                The event types could not be loaded: {types.error.message}
              </Alert>
            ) : null}
            <Switch
              label="Allow private network addresses"
              description="Only for receivers inside your own network (loopback, 10.x, 192.168.x…). Off, such addresses are refused to protect internal services."
              checked={allowPrivate}
              onChange={(e) => setAllowPrivate(e.currentTarget.checked)}
              error={errors.of('allowPrivateNetwork')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={save.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending}>
                {subscription ? 'Save' : 'Add subscription'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
