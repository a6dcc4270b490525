import { Group, Paper, Select, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CsvExportButton } from '../data-table/csv-export-button';
import { DataTable } from '../data-table/data-table';
import { formatDate } from '../format';
import { formatMoney } from '../money';
import { EmptyState, ErrorState } from '../states/states';
import { ENTRY_CSV, entryColumns } from './entry-columns';
import { type BeneficiaryType, fetchStatement, INCENTIVES_KEY } from './incentives-api';
import { previousQuarter, recentPeriods } from './periods';

/**
 * A partner's or a rep's statement for a month or quarter: opening balance, what was earned, reversed
 * and adjusted, what was paid and the closing balance (negative: a clawback carried forward), with its lines.
 */
export function StatementView({
  beneficiaryType,
  beneficiaryId,
  initialPeriod = previousQuarter(),
}: {
  beneficiaryType: BeneficiaryType;
  beneficiaryId: string;
  initialPeriod?: string;
}) {
  const [period, setPeriod] = useState(initialPeriod);
  const query = useQuery({
    queryKey: [INCENTIVES_KEY, 'statement', beneficiaryType, beneficiaryId, period],
    queryFn: () => fetchStatement(beneficiaryType, beneficiaryId, period),
  });
  const statement = query.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Select
          label="Period"
          data={recentPeriods()}
          value={period}
          onChange={(value) => value && setPeriod(value)}
          allowDeselect={false}
          searchable
          w={260}
        />
        {statement ? (
          <CsvExportButton
            filename={`incentive-statement-${statement.beneficiaryName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${period}`}
            columns={ENTRY_CSV}
            fetchPage={async () => ({ items: statement.lines, nextCursor: null })}
            noun={['line', 'lines']}
          />
        ) : null}
      </Group>
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : !statement ? (
        <Skeleton height={200} />
      ) : (
        <>
          {statement.totals.length === 0 ? (
            <EmptyState title="Nothing on this statement">
              No incentives were earned, reversed, adjusted or paid up to the end of {period}.
            </EmptyState>
          ) : (
            statement.totals.map((totals) => (
              <SimpleGrid key={totals.currency} cols={{ base: 2, sm: 3, lg: 6 }}>
                {(
                  [
                    ['Opening balance', totals.openingMinor],
                    ['Earned', totals.earnedMinor],
                    ['Reversed', totals.reversedMinor],
                    ['Adjusted', totals.adjustedMinor],
                    ['Paid', -totals.paidMinor],
                    ['Closing balance', totals.closingMinor],
                  ] as const
                ).map(([label, value]) => (
                  <Paper key={label} withBorder p="sm" radius="md">
                    <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                      {label}
                    </Text>
                    <Text fw={700} size="lg" c={value < 0 ? 'red' : undefined}>
                      {formatMoney(value, totals.currency)}
                    </Text>
                  </Paper>
                ))}
              </SimpleGrid>
            ))
          )}
          {statement.totals.some((t) => t.closingMinor < 0) ? (
            <Text size="sm" c="dimmed">
              A negative closing balance is a clawback: it is netted against the next earnings before anything
              more is paid.
            </Text>
          ) : null}
          {statement.payouts.length ? (
            <Stack gap={4}>
              <Title order={5}>Payments in this period</Title>
              <Table>
                <Table.Tbody>
                  {statement.payouts.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{formatDate(p.createdAt)}</Table.Td>
                      <Table.Td>{p.reference}</Table.Td>
                      <Table.Td ta="right">{formatMoney(p.amountMinor, p.currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          ) : null}
          <DataTable
            caption={`Statement lines for ${statement.beneficiaryName}, ${period}`}
            columns={entryColumns(false)}
            rows={statement.lines}
            rowId={(e) => e.id}
            empty={
              <EmptyState title="No lines in this period">
                Nothing was earned or adjusted in {period}.
              </EmptyState>
            }
          />
        </>
      )}
    </Stack>
  );
}
