import { Group, Stack, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight } from '@tabler/icons-react';
import type { ScoreFactor } from './predictions-api';

/**
 * The factors that moved a score most, each with an arrow: up raises the probability, down lowers it.
 * Whether that is good depends on the score (a raised churn risk is bad), so `raiseIsGood` picks the color.
 */
export function FactorList({ factors, raiseIsGood }: { factors: ScoreFactor[]; raiseIsGood: boolean }) {
  if (!factors.length)
    return (
      <Text size="sm" c="dimmed">
        An average case
      </Text>
    );
  return (
    <Stack gap={2}>
      {factors.map((factor) => {
        const raises = factor.contribution > 0;
        const Icon = raises ? IconArrowUpRight : IconArrowDownRight;
        const good = raises === raiseIsGood;
        return (
          <Group key={factor.feature} gap={4} wrap="nowrap">
            <Icon size={14} color={`var(--mantine-color-${good ? 'teal' : 'red'}-7)`} aria-hidden />
            <Text size="xs">
              <span className="visually-hidden">{raises ? 'Raises: ' : 'Lowers: '}</span>
              {factor.description}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
