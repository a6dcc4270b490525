import { Alert, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { MappingSide } from './mapping-api';

/**
 * What a refused list means: the other side does not share enough of its accounts for it. Not an error
 * to retry; the API's explanation says what is missing.
 */
export function NotSharedState({
  detail,
  viewer,
  otherName,
}: {
  detail: string;
  viewer: MappingSide;
  otherName: string;
}) {
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconLock size={18} />}
      title={`Not shared by ${otherName}`}
      data-testid="not-shared"
    >
      <Stack gap={4}>
        <Text size="sm">{detail}</Text>
        <Text size="xs" c="dimmed">
          {viewer === 'vendor'
            ? 'Each side decides what it shows of each population: hidden, counts only, matched records or the full list. Lists of accounts need the partner’s population shared as matched records; white space needs the full list. Ask the partner to share more in its portal.'
            : 'Each side decides what it shows of each population: hidden, counts only, matched records or the full list. Lists of accounts need the vendor’s population shared as matched records; your partner manager can change that.'}
        </Text>
      </Stack>
    </Alert>
  );
}
