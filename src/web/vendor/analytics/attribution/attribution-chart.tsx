import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { ChartCard } from '../../../shared/charts/chart-card';
import { formatMoney, formatMoneyCompact } from '../../../shared/money';
import { type AttributionModel, type AttributionRow, MODEL_COLORS, MODEL_LABELS } from './attribution-api';

const MAX_PARTNERS = 8;

/** The top partners' credit under every model as grouped bars, with the numbers as a hidden table. */
export function AttributionChart({
  rows,
  models,
  currency,
  loading,
}: {
  rows: AttributionRow[];
  models: AttributionModel[];
  currency: string;
  loading: boolean;
}) {
  const top = [...rows].sort((a, b) => b.credits.linear! - a.credits.linear!).slice(0, MAX_PARTNERS);
  const data = top.map((row) => ({
    partner: row.partnerName,
    ...Object.fromEntries(models.map((model) => [model, row.credits[model] ?? 0])),
  }));
  return (
    <ChartCard
      title="Credit by model"
      description={`The ${Math.min(rows.length, MAX_PARTNERS)} partners with the most linear credit, in ${currency}. Where the bars of one partner differ, the models disagree about it.`}
      loading={loading}
      isEmpty={top.length === 0}
      emptyMessage="No won deals with partner touches in this period."
      height={300}
    >
      <Box aria-hidden>
        <BarChart
          h={300}
          data={data}
          dataKey="partner"
          series={models.map((model) => ({
            name: model,
            label: MODEL_LABELS[model],
            color: MODEL_COLORS[model],
          }))}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          tickLine="none"
          gridAxis="y"
          valueFormatter={(value) => formatMoneyCompact(value, currency)}
          xAxisProps={{ interval: 0 }}
        />
      </Box>
      <table className="visually-hidden">
        <caption>Credit per partner and attribution model, {currency}</caption>
        <thead>
          <tr>
            <th>Partner</th>
            {models.map((model) => (
              <th key={model}>{MODEL_LABELS[model]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top.map((row) => (
            <tr key={row.partnerId}>
              <td>{row.partnerName}</td>
              {models.map((model) => (
                <td key={model}>{formatMoney(row.credits[model] ?? 0, currency)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
