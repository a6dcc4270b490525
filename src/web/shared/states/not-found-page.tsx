import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <Center py={80}>
      <Stack align="center" gap="sm" ta="center" data-testid="not-found">
        <Title order={2}>Not found</Title>
        <Text c="dimmed">This {what} does not exist, or you do not have access to it.</Text>
        <Button component={Link} to="/" variant="light">
          Go to your home page
        </Button>
      </Stack>
    </Center>
  );
}
