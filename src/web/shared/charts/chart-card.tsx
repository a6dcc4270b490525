import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ChartCardProps {
  title: string;
  description?: ReactNode;
  /** Shown instead of the chart when there is nothing to draw yet. */
  emptyMessage?: ReactNode;
  isEmpty?: boolean;
  loading?: boolean;
  actions?: ReactNode;
  height?: number;
  children: ReactNode;
}

/** A titled panel for one chart, with its own loading and "nothing yet" states. */
export function ChartCard({
  title,
  description,
  emptyMessage,
  isEmpty,
  loading,
  actions,
  height = 240,
  children,
}: ChartCardProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={4}>{title}</Title>
            {description ? (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            ) : null}
          </div>
          {actions}
        </Group>
        {loading ? (
          <Skeleton height={height} />
        ) : isEmpty ? (
          <Stack h={height} justify="center" align="center" gap={4} ta="center" px="lg">
            <Text size="sm" c="dimmed">
              {emptyMessage ?? 'Nothing to show yet.'}
            </Text>
          </Stack>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}
