import { Alert, Group, Stack, Table, Text } from '@mantine/core';
import { formatDate } from '../../shared/format';
import type { RulePreview } from '../../shared/incentives/incentives-api';
import { formatMoney } from '../../shared/money';

/** What a draft rule would have earned over past events: totals, then the first lines. */
export function RulePreviewResult({ preview }: { preview: RulePreview }) {
  return (
    <Stack gap="xs" aria-live="polite">
      <Alert color="teal" title={`Would have earned ${formatMoney(preview.totalMinor, preview.currency)}`}>
        {preview.entries} entries for {preview.beneficiaries} beneficiaries between {formatDate(preview.from)}{' '}
        and {formatDate(preview.to)}
        {preview.cappedEntries ? `; ${preview.cappedEntries} cut by the quarterly cap` : ''}.
      </Alert>
      {preview.skipped.length ? (
        <Text size="sm" c="dimmed">
          {preview.skipped.length} events left out:{' '}
          {[...new Set(preview.skipped.map((s) => s.reason))].join('; ')}
        </Text>
      ) : null}
      {preview.lines.length ? (
        <Table.ScrollContainer minWidth={500} mah={260}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Beneficiary</Table.Th>
                <Table.Th>What earned it</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.lines.map((line) => (
                <Table.Tr key={`${line.beneficiaryId}-${line.occurredAt}-${line.description}`}>
                  <Table.Td>{formatDate(line.occurredAt)}</Table.Td>
                  <Table.Td>{line.beneficiaryName}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{line.description}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(line.amountMinor, preview.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Group>
          <Text size="sm" c="dimmed">
            No past event matches this rule.
          </Text>
        </Group>
      )}
    </Stack>
  );
}
