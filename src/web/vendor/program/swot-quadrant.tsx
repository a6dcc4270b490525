import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { SwotItem } from './program-api';

export interface QuadrantProps {
  title: string;
  /** "strength": names each line for screen readers and the remove button. */
  noun: string;
  hint: string;
  color: string;
  items: SwotItem[];
  readOnly: boolean;
  errorOf: (index: number) => string | undefined;
  onChange: (items: SwotItem[]) => void;
}

/** One SWOT quadrant: each line's sentence and its evidence, editable, with lines added and removed. */
export function SwotQuadrant({
  title,
  noun,
  hint,
  color,
  items,
  readOnly,
  errorOf,
  onChange,
}: QuadrantProps) {
  const set = (index: number, patch: Partial<SwotItem>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={title}
      style={{ borderTop: `4px solid var(--mantine-color-${color}-5)` }}
    >
      <Stack gap="sm">
        <div>
          <Title order={4}>{title}</Title>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </div>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No {noun} lines.
          </Text>
        ) : null}
        {items.map((item, index) => (
          // Lines have no ids; the position is their identity while editing.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Stack key={index} gap={4}>
            <Group align="flex-start" wrap="nowrap" gap="xs">
              <Textarea
                aria-label={`${title} line ${index + 1}`}
                value={item.text}
                onChange={(e) => set(index, { text: e.currentTarget.value })}
                autosize
                minRows={1}
                readOnly={readOnly}
                error={errorOf(index)}
                style={{ flex: 1 }}
              />
              {readOnly ? null : (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove ${noun} line ${index + 1}`}
                  onClick={() => onChange(items.filter((_, i) => i !== index))}
                  mt={6}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
            <TextInput
              aria-label={`Evidence for ${title.toLowerCase()} line ${index + 1}`}
              placeholder="Evidence"
              size="xs"
              value={item.evidence}
              onChange={(e) => set(index, { evidence: e.currentTarget.value })}
              readOnly={readOnly}
              styles={{ input: { color: 'var(--mantine-color-dimmed)' } }}
            />
          </Stack>
        ))}
        {readOnly ? null : (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...items, { text: '', evidence: '' }])}
            style={{ alignSelf: 'flex-start' }}
            disabled={items.length >= 12}
          >
            Add a {noun}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
