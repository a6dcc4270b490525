import { BarChart } from '@mantine/charts';
import { Box, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../charts/chart-card';
import { formatMoney, formatMoneyCompact } from '../money';
import { fetchEarnings, INCENTIVES_KEY, KIND_LABELS } from './incentives-api';

const COLORS: Record<string, string> = {
  partner_rebate: 'teal.6',
  partner_bonus: 'indigo.5',
  rep_reward: 'orange.5',
  adjustment: 'gray.5',
  reversal: 'red.5',
};

/**
 * Net earnings per month, stacked by kind, in the currency most of them are in (others are named
 * below the chart rather than added up across currencies). Scoped by the API to what the viewer may see.
 */
export function EarningsChart({
  months = 12,
  title = 'Earnings per month',
}: {
  months?: number;
  title?: string;
}) {
  const query = useQuery({
    queryKey: [INCENTIVES_KEY, 'earnings', months],
    queryFn: () => fetchEarnings(months),
  });
  const rows = query.data?.months ?? [];
  const totals = new Map<string, number>();
  for (const row of rows)
    totals.set(row.currency, (totals.get(row.currency) ?? 0) + Math.abs(row.amountMinor));
  const currency = [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USD';
  const others = [...totals.keys()].filter((c) => c !== currency);
  const kinds = [...new Set(rows.filter((r) => r.currency === currency).map((r) => r.kind))];
  const byPeriod = new Map<string, Record<string, number | string>>();
  for (const row of rows) {
    if (row.currency !== currency) continue;
    const entry = byPeriod.get(row.period) ?? { period: row.period };
    entry[row.kind] = ((entry[row.kind] as number | undefined) ?? 0) + row.amountMinor;
    byPeriod.set(row.period, entry);
  }
  const data = [...byPeriod.values()].sort((a, b) => String(a.period).localeCompare(String(b.period)));
  return (
    <ChartCard
      title={title}
      description={`Net of reversals, in ${currency}${others.length ? ` (also earned in ${others.join(', ')})` : ''}`}
      loading={query.isLoading}
      isEmpty={data.length === 0}
      emptyMessage="Nothing earned in these months yet."
    >
      <Box aria-hidden>
        <BarChart
          h={240}
          data={data}
          dataKey="period"
          type="stacked"
          series={kinds.map((kind) => ({
            name: kind,
            label: KIND_LABELS[kind] ?? kind,
            color: COLORS[kind] ?? 'gray.6',
          }))}
          valueFormatter={(value) => formatMoneyCompact(value, currency)}
          withLegend
          tickLine="none"
        />
      </Box>
      <Table className="visually-hidden">
        <Table.Caption>{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Month</Table.Th>
            {kinds.map((kind) => (
              <Table.Th key={kind}>{KIND_LABELS[kind] ?? kind}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((row) => (
            <Table.Tr key={String(row.period)}>
              <Table.Td>{row.period}</Table.Td>
              {kinds.map((kind) => (
                <Table.Td key={kind}>{formatMoney(Number(row[kind] ?? 0), currency)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ChartCard>
  );
}
