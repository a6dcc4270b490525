import { Anchor, Drawer, Group, SegmentedControl, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import {
  type BeneficiaryType,
  INCENTIVES_KEY,
  type StatementSummary,
} from '../../shared/incentives/incentives-api';
import { previousQuarter, recentPeriods } from '../../shared/incentives/periods';
import { StatementView } from '../../shared/incentives/statement-view';
import { formatMoney, toMajorText } from '../../shared/money';
import { EmptyState } from '../../shared/states/states';

const money = (value: number, currency: string) => (
  <Text size="sm" ff="monospace" c={value < 0 ? 'red' : undefined}>
    {formatMoney(value, currency)}
  </Text>
);
const major = (value: number, currency: string) =>
  (value < 0 ? '-' : '') + toMajorText(Math.abs(value), currency);

/** Every partner's or rep's statement totals for a period; open one for its lines. */
export function StatementsTab() {
  const [type, setType] = useState<BeneficiaryType>('partner');
  const [period, setPeriod] = useState(previousQuarter());
  const [open, setOpen] = useState<StatementSummary | null>(null);
  const fetchPage = (cursor?: string, limit = 50) =>
    unwrap(
      api.GET('/api/incentives/statements', {
        params: { query: { beneficiaryType: type, period, limit, ...(cursor ? { cursor } : {}) } },
      }),
    );
  const list = useCursorList({
    key: `${INCENTIVES_KEY}-statements`,
    filters: { type, period },
    sort: 'name',
    fetchPage: ({ cursor, limit }) => fetchPage(cursor, limit),
  });
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="sm">
        <Group align="flex-end">
          <SegmentedControl
            aria-label="Statements of"
            value={type}
            onChange={(v) => setType(v as BeneficiaryType)}
            data={[
              { value: 'partner', label: 'Partners' },
              { value: 'rep', label: 'Reps' },
            ]}
          />
          <Select
            label="Period"
            data={recentPeriods()}
            value={period}
            onChange={(v) => v && setPeriod(v)}
            allowDeselect={false}
            searchable
            w={220}
          />
        </Group>
        <CsvExportButton
          filename={`incentive-statements-${type}-${period}`}
          noun={['statement', 'statements']}
          fetchPage={(cursor) => fetchPage(cursor, 200)}
          columns={[
            { header: 'beneficiary_id', value: (r) => r.beneficiaryId },
            { header: 'beneficiary', value: (r) => r.beneficiaryName },
            { header: 'currency', value: (r) => r.currency },
            { header: 'opening', value: (r) => major(r.openingMinor, r.currency) },
            { header: 'earned', value: (r) => major(r.earnedMinor, r.currency) },
            { header: 'reversed', value: (r) => major(r.reversedMinor, r.currency) },
            { header: 'adjusted', value: (r) => major(r.adjustedMinor, r.currency) },
            { header: 'paid', value: (r) => major(r.paidMinor, r.currency) },
            { header: 'closing', value: (r) => major(r.closingMinor, r.currency) },
          ]}
        />
      </Group>
      <DataTable
        caption={`Statements for ${period}`}
        rows={list.items}
        rowId={(r) => `${r.beneficiaryId}-${r.currency}`}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        pagination={list.pagination}
        columns={[
          {
            key: 'name',
            header: type === 'partner' ? 'Partner' : 'Rep',
            render: (r) => (
              <Anchor component="button" type="button" size="sm" fw={600} onClick={() => setOpen(r)}>
                {r.beneficiaryName}
              </Anchor>
            ),
          },
          {
            key: 'opening',
            header: 'Opening',
            align: 'right',
            render: (r) => money(r.openingMinor, r.currency),
          },
          {
            key: 'earned',
            header: 'Earned',
            align: 'right',
            render: (r) => money(r.earnedMinor, r.currency),
          },
          {
            key: 'reversed',
            header: 'Reversed',
            align: 'right',
            render: (r) => money(r.reversedMinor, r.currency),
          },
          {
            key: 'adjusted',
            header: 'Adjusted',
            align: 'right',
            render: (r) => money(r.adjustedMinor, r.currency),
          },
          { key: 'paid', header: 'Paid', align: 'right', render: (r) => money(r.paidMinor, r.currency) },
          {
            key: 'closing',
            header: 'Closing',
            align: 'right',
            render: (r) => money(r.closingMinor, r.currency),
          },
        ]}
        empty={
          <EmptyState title="No statements for this period">
            Nobody earned, was adjusted or was paid up to {period}.
          </EmptyState>
        }
      />
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="xl"
        title={<Text fw={600}>{open?.beneficiaryName} — statement</Text>}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {open ? (
          <StatementView
            beneficiaryType={open.beneficiaryType}
            beneficiaryId={open.beneficiaryId}
            initialPeriod={period}
          />
        ) : null}
      </Drawer>
    </>
  );
}
