import { SimpleGrid, Stack, Text } from '@mantine/core';
import { BENEFITS, benefitGain, type TierBenefits } from './tier-progress';

/** A tier's benefits side by side; with `from`, each shows what it adds over those (the next tier's gain). */
export function TierBenefitsList({
  benefits,
  from,
  label,
}: {
  benefits: TierBenefits;
  from?: TierBenefits | null;
  /** Names the list for screen readers, e.g. "Benefits of Gold". */
  label: string;
}) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" aria-label={label} m={0}>
      {BENEFITS.map((benefit) => {
        const gain = from === undefined ? null : benefitGain(from, benefits, benefit.key);
        return (
          <Stack key={benefit.key} gap={0}>
            <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={700}>
              {benefit.label}
            </Text>
            <Text component="dd" m={0} size="lg" fw={700}>
              {benefit.format(benefits[benefit.key])}
            </Text>
            {gain ? (
              <Text component="dd" m={0} size="xs" c="teal.8" fw={600}>
                {gain}
              </Text>
            ) : null}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
