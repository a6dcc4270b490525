import { Badge, Box, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Schemas } from '../shared/api/client';

type AuditEntry = Schemas['AuditEntry'];

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The top-level fields whose value differs between before and after. */
export function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

function JsonPane({
  title,
  value,
  changed,
  tone,
}: {
  title: string;
  value: unknown;
  changed: Set<string>;
  tone: 'red' | 'green';
}) {
  let body: ReactNode;
  if (value === null || value === undefined) {
    body = (
      <Text size="sm" c="dimmed" p="xs">
        {title === 'Before'
          ? 'Nothing before: the record was created.'
          : 'Nothing after: the record was removed.'}
      </Text>
    );
  } else if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    body = (
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {'{\n'}
        {keys.map((k, i) => (
          <Box
            key={k}
            component="span"
            display="block"
            bg={changed.has(k) ? `var(--mantine-color-${tone}-light)` : undefined}
            title={changed.has(k) ? 'Changed' : undefined}
          >
            {`  "${k}": ${JSON.stringify(value[k], null, 2)?.replaceAll('\n', '\n  ')}${i < keys.length - 1 ? ',' : ''}`}
          </Box>
        ))}
        {'}'}
      </Code>
    );
  } else {
    body = <Code block>{JSON.stringify(value, null, 2)}</Code>;
  }
  return (
    <Stack gap={4} miw={0}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      {body}
    </Stack>
  );
}

/** Before and after side by side; changed fields are highlighted on both sides. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const changed = changedKeys(entry.before, entry.after);
  const set = new Set(changed);
  return (
    <Stack gap="sm" py="xs">
      {changed.length ? (
        <Group gap={6}>
          <Text size="sm" fw={500}>
            Changed:
          </Text>
          {changed.map((k) => (
            <Badge key={k} variant="light" color="yellow" tt="none">
              {k}
            </Badge>
          ))}
        </Group>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <JsonPane title="Before" value={entry.before} changed={set} tone="red" />
        <JsonPane title="After" value={entry.after} changed={set} tone="green" />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Entry #{entry.id} · {entry.entityType} {entry.entityId}
        {entry.requestId ? ` · request ${entry.requestId}` : ''}
      </Text>
    </Stack>
  );
}
