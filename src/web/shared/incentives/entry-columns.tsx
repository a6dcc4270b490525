import { Badge, Text } from '@mantine/core';
import type { CsvColumn } from '../data-table/csv-export';
import type { Column } from '../data-table/data-table';
import { formatDate, humanize } from '../format';
import { formatMoney, toMajorText } from '../money';
import { type LedgerEntry, STATUS_COLORS } from './incentives-api';

export function EntryStatusBadge({ status }: { status: LedgerEntry['status'] }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {status}
    </Badge>
  );
}

/** Ledger lines as a table shows them; `withBeneficiary` adds whose line it is (the vendor's views). */
export function entryColumns(withBeneficiary: boolean): Column<LedgerEntry>[] {
  return [
    {
      key: 'earnedAt',
      header: 'Date',
      sortKey: 'earnedAt',
      render: (e) => formatDate(e.earnedAt),
      width: 120,
    },
    ...(withBeneficiary
      ? [
          {
            key: 'beneficiary',
            header: 'Beneficiary',
            render: (e: LedgerEntry) => (
              <Text size="sm">
                {e.beneficiaryName}{' '}
                <Text span size="xs" c="dimmed">
                  {e.beneficiaryType === 'rep' ? 'rep' : 'partner'}
                </Text>
              </Text>
            ),
          },
        ]
      : []),
    {
      key: 'description',
      header: 'What earned it',
      render: (e) => (
        <Text size="sm" lineClamp={2} title={e.description}>
          {e.description}
        </Text>
      ),
    },
    { key: 'type', header: 'Type', render: (e) => humanize(e.entryType), width: 110 },
    { key: 'status', header: 'Status', render: (e) => <EntryStatusBadge status={e.status} />, width: 110 },
    {
      key: 'amount',
      header: 'Amount',
      sortKey: 'amountMinor',
      align: 'right',
      width: 140,
      render: (e) => (
        <Text size="sm" c={e.amountMinor < 0 ? 'red' : undefined} ff="monospace">
          {formatMoney(e.amountMinor, e.currency)}
        </Text>
      ),
    },
  ];
}

export const ENTRY_CSV: CsvColumn<LedgerEntry>[] = [
  { header: 'entry_id', value: (e) => e.id },
  { header: 'earned_at', value: (e) => e.earnedAt },
  { header: 'period', value: (e) => e.period },
  { header: 'beneficiary_type', value: (e) => e.beneficiaryType },
  { header: 'beneficiary', value: (e) => e.beneficiaryName },
  { header: 'rule', value: (e) => e.ruleName ?? '' },
  { header: 'entry_type', value: (e) => e.entryType },
  { header: 'status', value: (e) => e.status },
  { header: 'description', value: (e) => e.description },
  { header: 'currency', value: (e) => e.currency },
  {
    header: 'amount',
    value: (e) => (e.amountMinor < 0 ? '-' : '') + toMajorText(Math.abs(e.amountMinor), e.currency),
  },
];
