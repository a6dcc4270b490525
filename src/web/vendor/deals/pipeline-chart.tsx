import { BarChart } from '@mantine/charts';
import { Box, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../shared/charts/chart-card';
import { DEAL_STAGE_LABELS, type Deal, OPEN_STAGES } from '../../shared/deals/deal-format';
import { DEALS_KEY, type DealListQuery, fetchDeals } from '../../shared/deals/deal-queries';
import { formatMoney, formatMoneyCompact } from '../../shared/money';

const PAGE = 200;
const MAX_PAGES = 10;

type PipelineFilters = Pick<DealListQuery, 'source' | 'ownerId' | 'q'>;

/** Every open deal matching the filters, up to MAX_PAGES pages; says whether it stopped early. */
async function loadOpenDeals(filters: PipelineFilters): Promise<{ deals: Deal[]; complete: boolean }> {
  const deals: Deal[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchDeals({ ...filters, open: 'true', sort: 'closeDate', limit: PAGE, cursor });
    deals.push(...result.items);
    if (!result.nextCursor) return { deals, complete: true };
    cursor = result.nextCursor;
  }
  return { deals, complete: false };
}

interface Summary {
  currency: string | null;
  rows: { stage: string; amount: number; count: number }[];
  counted: number;
  /** Deals in other currencies, which one chart cannot add up. */
  others: Map<string, { count: number; amountMinor: number }>;
}

/** Sums open deals per stage in the most common currency; amounts in other currencies are listed, not converted. */
function summarize(deals: Deal[]): Summary {
  const byCurrency = new Map<string, Deal[]>();
  for (const deal of deals) byCurrency.set(deal.currency, [...(byCurrency.get(deal.currency) ?? []), deal]);
  const currency = [...byCurrency.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? null;
  const main = currency ? (byCurrency.get(currency) ?? []) : [];
  const rows = OPEN_STAGES.map((stage) => {
    const inStage = main.filter((d) => d.stage === stage);
    return {
      stage: DEAL_STAGE_LABELS[stage],
      amount: inStage.reduce((sum, d) => sum + d.amountMinor, 0),
      count: inStage.length,
    };
  });
  const others = new Map<string, { count: number; amountMinor: number }>();
  for (const [code, list] of byCurrency)
    if (code !== currency)
      others.set(code, { count: list.length, amountMinor: list.reduce((sum, d) => sum + d.amountMinor, 0) });
  return { currency, rows, counted: main.length, others };
}

/** Open pipeline by stage: the sum of the amounts of the open deals matching the list's filters. */
export function PipelineChart({ filters }: { filters: PipelineFilters }) {
  const query = useQuery({
    queryKey: [...DEALS_KEY, 'pipeline', filters],
    queryFn: () => loadOpenDeals(filters),
    staleTime: 30_000,
  });
  const summary = summarize(query.data?.deals ?? []);
  const currency = summary.currency ?? 'USD';
  const total = summary.rows.reduce((sum, r) => sum + r.amount, 0);
  const others = [...summary.others.entries()];

  const description = query.data ? (
    <>
      {formatMoney(total, currency)} across {summary.counted} open {summary.counted === 1 ? 'deal' : 'deals'}
      {query.data.complete ? '' : ` (the first ${PAGE * MAX_PAGES} loaded)`}, with the search, source and
      owner filters; stage and status filters do not apply.
    </>
  ) : (
    'Sum of the amounts of the open deals matching the filters.'
  );

  return (
    <ChartCard
      title="Open pipeline by stage"
      description={description}
      loading={query.isLoading}
      isEmpty={!query.isLoading && summary.counted === 0}
      emptyMessage={query.error ? 'The pipeline could not be loaded.' : 'No open deals match these filters.'}
      height={220}
    >
      <Box aria-hidden>
        <BarChart
          h={220}
          data={summary.rows}
          dataKey="stage"
          series={[{ name: 'amount', label: `Amount (${currency})`, color: 'teal.6' }]}
          valueFormatter={(value) => formatMoneyCompact(value, currency)}
          withBarValueLabel
          tickLine="none"
          gridAxis="y"
          maxBarWidth={56}
          yAxisProps={{ width: 70 }}
        />
      </Box>
      <table className="visually-hidden">
        <caption>Open pipeline by stage in {currency}</caption>
        <thead>
          <tr>
            <th>Stage</th>
            <th>Deals</th>
            <th>Amount</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r) => (
            <tr key={r.stage}>
              <td>{r.stage}</td>
              <td>{r.count}</td>
              <td>{formatMoney(r.amount, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {others.length ? (
        <Text size="xs" c="dimmed">
          Not in the chart (other currencies):{' '}
          {others
            .map(
              ([code, o]) =>
                `${o.count} ${o.count === 1 ? 'deal' : 'deals'} worth ${formatMoney(o.amountMinor, code)}`,
            )
            .join('; ')}
          .
        </Text>
      ) : null}
    </ChartCard>
  );
}
