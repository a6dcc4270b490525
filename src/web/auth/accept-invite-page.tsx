import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, api, unwrap } from '../shared/api/client';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';

const MIN_PASSWORD = 10;

/** The invitee sets a password (and may correct their name) with the token from the invitation link. */
export function AcceptInvitePage() {
  const navigate = useNavigate();
  const { token } = useSearch({ from: '/accept-invite' });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [local, setLocal] = useState<{ password?: string; confirmation?: string }>({});
  const [invalidLink, setInvalidLink] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const problems: typeof local = {};
    if (password.length < MIN_PASSWORD) problems.password = `Use at least ${MIN_PASSWORD} characters`;
    if (confirmation !== password) problems.confirmation = 'The two passwords do not match';
    setLocal(problems);
    if (problems.password || problems.confirmation) return;
    setBusy(true);
    try {
      const user = await unwrap(
        api.POST('/api/auth/accept-invite', {
          body: { token, password, ...(name.trim() ? { name: name.trim() } : {}) },
        }),
      );
      notifications.show({
        color: 'teal',
        title: 'Your password is set',
        message: `Sign in as ${user.email} with your new password.`,
        autoClose: 10_000,
      });
      await navigate({ to: '/login', search: { redirect: undefined } });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setInvalidLink(true);
      else errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  // PasswordInput does not mark its inner input invalid by itself: aria-invalid is passed below.
  const passwordError = local.password ?? errors.of('password');
  const tokenProblem = !token || invalidLink || Boolean(errors.of('token'));

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={420} component="form" onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={2} c="teal.8">
              Trellis
            </Title>
            <Text c="dimmed" size="sm">
              Welcome! Set a password to finish creating your account.
            </Text>
          </div>
          {tokenProblem ? (
            <Alert color="red" role="alert" title="This invitation link does not work">
              {token
                ? 'It has expired or was already used. Ask the person who invited you for a new invitation.'
                : 'The link is missing its invitation token. Open the full link from your invitation.'}
            </Alert>
          ) : null}
          <FormError message={errors.general} />
          <TextInput
            label="Your name"
            description="Optional: leave empty to keep the name you were invited with"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.of('name')}
            disabled={!token}
          />
          <PasswordInput
            label="Password"
            description={`At least ${MIN_PASSWORD} characters`}
            autoComplete="new-password"
            required
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={passwordError}
            aria-invalid={Boolean(passwordError)}
            disabled={!token}
          />
          <PasswordInput
            label="Confirm password"
            autoComplete="new-password"
            required
            value={confirmation}
            onChange={(e) => setConfirmation(e.currentTarget.value)}
            error={local.confirmation}
            aria-invalid={Boolean(local.confirmation)}
            disabled={!token}
          />
          <Button type="submit" loading={busy} disabled={!token}>
            Set password
          </Button>
          <Text size="xs" c="dimmed">
            Already set your password?{' '}
            <Anchor component={Link} to="/login" size="xs">
              Sign in
            </Anchor>
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
