import { Group, Paper, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';

export interface KpiTileProps {
  label: string;
  value: ReactNode;
  /** One line under the value: what the number means, or why it is missing. */
  hint?: ReactNode;
  icon?: ComponentType<{ size?: number }>;
  color?: string;
  loading?: boolean;
  testId?: string;
}

/** One headline number on a dashboard; wrap it in a link when a list stands behind the number. */
export function KpiTile({ label, value, hint, icon: Icon, color = 'teal', loading, testId }: KpiTileProps) {
  const body = (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="xs" c="dimmed" tt="uppercase" fw={700} lh={1.3}>
          {label}
        </Text>
        {Icon ? (
          <ThemeIcon variant="light" color={color} size="md" radius="md" aria-hidden>
            <Icon size={16} />
          </ThemeIcon>
        ) : null}
      </Group>
      {loading ? (
        <Skeleton height={30} width="50%" />
      ) : (
        <Text fz={30} fw={700} lh={1.1} data-testid={testId}>
          {value}
        </Text>
      )}
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Stack>
  );
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      {body}
    </Paper>
  );
}
