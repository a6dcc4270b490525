import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, type Schemas, unwrap } from '../api/client';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { formatDate } from '../format';
import { API_KEYS_LIST_KEY } from './api-key-status';

type Scope = Schemas['CreateApiKey']['scopes'][number];

const EXPIRY_OPTIONS = [
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In one year' },
  { value: 'never', label: 'Never' },
  { value: 'custom', label: 'On a date…' },
];

const DAY = 86_400_000;

function expiryFrom(choice: string, customDate: string): string | undefined {
  if (choice === 'never') return undefined;
  if (choice === 'custom') {
    // The end of the chosen day, in the user's time zone.
    return customDate ? new Date(`${customDate}T23:59:59`).toISOString() : undefined;
  }
  return new Date(Date.now() + Number(choice) * DAY).toISOString();
}

/** Creates a key acting as the signed-in user, then shows its secret once. */
export function CreateApiKeyModal({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  const [expiry, setExpiry] = useState('90');
  const [customDate, setCustomDate] = useState('');
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<Schemas['CreatedApiKey'] | null>(null);

  const create = useMutation({
    mutationFn: () => {
      const expiresAt = expiryFrom(expiry, customDate);
      return unwrap(
        api.POST('/api/api-keys', {
          body: { name: name.trim(), scopes, ...(expiresAt ? { expiresAt } : {}) },
        }),
      );
    },
    onSuccess: async (result) => {
      setCreated(result);
      await queryClient.invalidateQueries({ queryKey: [API_KEYS_LIST_KEY] });
    },
    onError: (error) => errors.take(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = 'Give the key a name, such as the system that will use it';
    if (scopes.length === 0) problems.scopes = 'Choose at least one scope';
    if (expiry === 'custom' && !customDate) problems.expiresAt = 'Choose the date the key stops working';
    setLocalError(problems);
    if (Object.keys(problems).length === 0) create.mutate();
  }

  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  return (
    <Modal
      opened
      onClose={onClose}
      title={created ? 'API key created' : 'Create an API key'}
      centered
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack>
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Copy the secret now">
            This is the only time the secret is shown: Trellis keeps only a hash of it. Store it in your
            secret manager; anyone who has it can act as you within its scopes.
          </Alert>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Secret for “{created.apiKey.name}”
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code
                block
                style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
                data-testid="api-key-secret"
              >
                {created.secret}
              </Code>
              <CopyButton value={created.secret}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'filled' : 'light'}
                    leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    onClick={copy}
                  >
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
          <Text size="sm" c="dimmed">
            Send it as a bearer token, for example:
          </Text>
          <Code block>{`curl -H "Authorization: Bearer <secret>" ${origin}/api/partners`}</Code>
          <Text size="xs" c="dimmed">
            Scopes: {created.apiKey.scopes.join(', ')} · Expires:{' '}
            {created.apiKey.expiresAt ? formatDate(created.apiKey.expiresAt) : 'never'}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>I have copied it</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError message={errors.general} />
            <TextInput
              label="Name"
              description="What uses the key, so you recognise it later (for example “CRM sync”)"
              required
              data-autofocus
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={localError.name ?? errors.of('name')}
            />
            <Checkbox.Group
              label="Scopes"
              description="A key never does more than your own role allows"
              value={scopes}
              onChange={(value) => setScopes(value as Scope[])}
              error={localError.scopes ?? errors.of('scopes')}
              withAsterisk
            >
              <Stack gap="xs" mt="xs">
                <Checkbox value="read" label="read: list and view data" />
                <Checkbox value="write" label="write: create, change and delete data" />
              </Stack>
            </Checkbox.Group>
            <Group grow align="flex-start">
              <Select
                label="Expires"
                data={EXPIRY_OPTIONS}
                value={expiry}
                onChange={(value) => setExpiry(value ?? 'never')}
                allowDeselect={false}
                error={expiry === 'custom' ? undefined : errors.of('expiresAt')}
              />
              {expiry === 'custom' ? (
                <TextInput
                  label="Expiry date"
                  type="date"
                  min={new Date(Date.now() + DAY).toISOString().slice(0, 10)}
                  value={customDate}
                  onChange={(e) => setCustomDate(e.currentTarget.value)}
                  error={localError.expiresAt ?? errors.of('expiresAt')}
                />
              ) : null}
            </Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={create.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create key
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
