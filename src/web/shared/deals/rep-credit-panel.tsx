import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCoin } from '@tabler/icons-react';
import { formatDateTime } from '../format';
import { formatMoney } from '../money';
import { DealPanel } from './deal-badges';
import type { DealView } from './deal-format';

/** The owning rep's co-sell credit for a win with partners on it; vendor staff only. */
export function RepCreditPanel({ view }: { view: DealView }) {
  const credit = view.repCredit;
  if (!credit) return null;
  const names = credit.partnerIds.map(
    (id) => view.deal.partners.find((p) => p.partnerId === id)?.partnerName ?? 'a former partner on the deal',
  );
  return (
    <DealPanel title="Rep credit" testId="rep-credit">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color="green" variant="light" size="lg" radius="xl" aria-hidden>
          <IconCoin size={18} />
        </ThemeIcon>
        <Stack gap={2}>
          <Text size="sm">
            <b>{credit.repName ?? 'The deal owner'}</b> is credited{' '}
            <b>{formatMoney(credit.amountMinor, credit.currency)}</b> for co-selling with {names.join(', ')}.
          </Text>
          <Text size="xs" c="dimmed">
            Recorded {formatDateTime(credit.at)}
          </Text>
        </Stack>
      </Group>
    </DealPanel>
  );
}
