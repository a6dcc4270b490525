import { Group, NumberInput, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconCoin, IconTrophy, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { formatNumber } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney } from '../../shared/money';
import { ErrorState } from '../../shared/states/states';
import { AnalyticsTabs } from './analytics-tabs';
import { ATTRIBUTION_KEY, fetchAttributionComparison } from './attribution/attribution-api';
import { AttributionChart } from './attribution/attribution-chart';
import { AttributionTable } from './attribution/attribution-table';
import { ModelNotes } from './attribution/model-notes';

/** Partner-influenced revenue credited by every attribution model, side by side, for a period. */
export function AttributionPage() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [halfLifeDays, setHalfLifeDays] = useState(7);
  const [chosenCurrency, setChosenCurrency] = useState<string | null>(null);
  const query = { ...(from ? { from } : {}), ...(to ? { to } : {}), halfLifeDays };
  const comparison = useQuery({
    queryKey: [ATTRIBUTION_KEY, 'comparison', query],
    queryFn: () => fetchAttributionComparison(query),
  });
  const data = comparison.data;
  const loading = comparison.isLoading;
  const currencies = data?.totals.map((t) => t.currency) ?? [];
  const currency = chosenCurrency && currencies.includes(chosenCurrency) ? chosenCurrency : currencies[0];
  const totals = data?.totals.find((t) => t.currency === currency);
  const rows = data?.partners.filter((p) => p.currency === currency) ?? [];
  const models = data?.models ?? [];

  return (
    <>
      <AnalyticsTabs active="/console/analytics/attribution" />
      <PageHeader
        title="Attribution"
        description="Partner-influenced revenue: won deals with partner touches, each deal’s amount credited to its partners by eight models."
      />
      <Stack gap="lg">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label="Closed from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            w={170}
          />
          <TextInput
            label="Closed before"
            type="date"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            w={170}
          />
          <NumberInput
            label="Time-decay half-life (days)"
            min={1}
            max={3650}
            allowDecimal={false}
            value={halfLifeDays}
            onChange={(value) => setHalfLifeDays(typeof value === 'number' && value >= 1 ? value : 7)}
            w={200}
          />
          {currencies.length > 1 ? (
            <SegmentedControl
              aria-label="Currency"
              data={currencies}
              value={currency ?? ''}
              onChange={setChosenCurrency}
            />
          ) : null}
        </Group>
        {comparison.error ? <ErrorState error={comparison.error} onRetry={comparison.refetch} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <KpiTile
            label="Partner-influenced revenue"
            icon={IconCoin}
            loading={loading}
            value={totals ? formatMoney(totals.wonMinor, totals.currency) : '—'}
            hint={data ? `Closed ${data.from} to before ${data.to}` : undefined}
          />
          <KpiTile
            label="Won deals with partner touches"
            icon={IconTrophy}
            color="teal"
            loading={loading}
            value={formatNumber(totals?.deals ?? 0)}
          />
          <KpiTile
            label="Lost deals with partner touches"
            icon={IconX}
            color="gray"
            loading={loading}
            value={formatNumber(totals?.lostDeals ?? 0)}
            hint="The Markov model learns from these too"
          />
        </SimpleGrid>
        <AttributionChart rows={rows} models={models} currency={currency ?? 'USD'} loading={loading} />
        <AttributionTable
          rows={rows}
          models={models}
          period={data ? { from: data.from, to: data.to } : null}
          loading={loading}
        />
        {models.length > 0 ? (
          <ModelNotes models={models} halfLifeDays={data?.halfLifeDays ?? halfLifeDays} />
        ) : null}
      </Stack>
    </>
  );
}
