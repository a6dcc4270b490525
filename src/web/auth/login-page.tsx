import { Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { homePathFor, logIn } from '../shared/auth/session';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';

export function LoginPage() {
  const navigate = useNavigate();
  const search = useSearch({ from: '/login' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    errors.clear();
    try {
      const user = await logIn(email, password);
      await navigate({ to: search.redirect ?? homePathFor(user) });
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={400} component="form" onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={2} c="teal.8">
              Trellis
            </Title>
            <Text c="dimmed" size="sm">
              Sign in to the vendor console or your partner portal.
            </Text>
          </div>
          <FormError message={errors.general} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.of('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.of('password')}
          />
          <Button type="submit" loading={busy}>
            Sign in
          </Button>
          <Text size="xs" c="dimmed">
            Invited by a colleague? Open the link in your invitation to set your password.{' '}
            <Anchor href="/api/docs" size="xs">
              API documentation
            </Anchor>
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
