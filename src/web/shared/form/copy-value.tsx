import { ActionIcon, Alert, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A value shown once (an invite link, a secret) with a copy button and a warning that it will not be shown again. */
export function CopyValue({
  label,
  value,
  children,
}: {
  label: string;
  value: string;
  children?: ReactNode;
}) {
  return (
    <Alert color="teal" variant="light" title={label}>
      <Stack gap="xs">
        {children ? <Text size="sm">{children}</Text> : null}
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            block
            style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
            data-testid="copy-value"
          >
            {value}
          </Code>
          <CopyButton value={value} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
                <ActionIcon
                  variant={copied ? 'filled' : 'light'}
                  color="teal"
                  size="lg"
                  onClick={copy}
                  aria-label={copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
                >
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed">
          This is shown only once. Copy it now.
        </Text>
      </Stack>
    </Alert>
  );
}
