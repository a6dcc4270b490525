import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { CopyValue } from '../../../shared/form/copy-value';

const VERIFY_SNIPPET = `import { Webhook } from 'standardwebhooks';

const payload = new Webhook(process.env.TRELLIS_WEBHOOK_SECRET)
  .verify(rawBody, request.headers); // throws when the signature is wrong`;

/** A signing secret, shown once after creating a subscription or rotating its secret. */
export function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <Stack>
      <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Copy the signing secret now">
        This is the only time it is shown. Your receiver uses it to check that each delivery comes from
        Trellis and was not changed on the way.
      </Alert>
      <CopyValue label="Signing secret" value={secret} />
      <Text size="sm" c="dimmed">
        Deliveries follow the Standard Webhooks specification; verify them with its library, for example:
      </Text>
      <Code block>{VERIFY_SNIPPET}</Code>
      <Group justify="flex-end">
        <Button onClick={onDone}>I have copied it</Button>
      </Group>
    </Stack>
  );
}
