import { Group, Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { PageHeader } from '../../shared/layout/page-header';
import { AnalyticsTabs } from './analytics-tabs';
import { BenchmarkTable, meanPercentile } from './scorecard/benchmark-table';
import { PercentileChart } from './scorecard/percentile-chart';
import { defaultPeriod, PeriodPicker } from './scorecard/period-picker';
import {
  fetchBenchmarks,
  type PartnerBenchmark,
  type Period,
  SCORECARD_KEY,
} from './scorecard/scorecard-api';

type Region = 'NA' | 'LATAM' | 'EMEA' | 'APAC';
type Flag = 'under' | 'over' | 'any';

/** Each partner against its tier and region peers on every scorecard metric, with under/over flags. */
export function BenchmarksPage() {
  const [period, setPeriod] = useState<Period>(defaultPeriod);
  const [tier, setTier] = useState<string | null>(null);
  const [region, setRegion] = useState<Region | null>(null);
  const [flag, setFlag] = useState<Flag | null>(null);
  const tiers = useQuery({ queryKey: ['tiers', 'program'], queryFn: () => unwrap(api.GET('/api/tiers')) });
  const query = {
    ...period,
    ...(tier ? { tier } : {}),
    ...(region ? { region } : {}),
    ...(flag ? { flag } : {}),
  };
  const benchmarks = useQuery({
    queryKey: [SCORECARD_KEY, 'benchmarks', query],
    queryFn: () => fetchBenchmarks(query),
  });
  const items = benchmarks.data?.items ?? [];
  const csvColumns = [
    { header: 'Partner', value: (r: PartnerBenchmark) => r.partnerName },
    { header: 'Tier', value: (r: PartnerBenchmark) => r.tier },
    { header: 'Region', value: (r: PartnerBenchmark) => r.region },
    { header: 'Peers', value: (r: PartnerBenchmark) => r.peers },
    { header: 'Mean percentile', value: meanPercentile },
    { header: 'Flag', value: (r: PartnerBenchmark) => r.flag ?? '' },
    ...(items[0]?.metrics ?? []).flatMap((m) => [
      {
        header: m.label,
        value: (r: PartnerBenchmark) => r.metrics.find((x) => x.metric === m.metric)?.value ?? null,
      },
      {
        header: `${m.label} percentile`,
        value: (r: PartnerBenchmark) => r.metrics.find((x) => x.metric === m.metric)?.percentile ?? null,
      },
    ]),
    { header: 'What differs', value: (r: PartnerBenchmark) => r.differences.join(' | ') },
  ];

  return (
    <>
      <AnalyticsTabs active="/console/analytics/benchmarks" />
      <PageHeader
        title="Peer benchmarks"
        description="Each partner's percentile among partners of the same tier and region on every scorecard metric (100 is best, whichever way a metric points). Under- and over-performers are flagged on the mean percentile, with what differs most."
        actions={
          <CsvExportButton
            filename="peer-benchmarks"
            columns={csvColumns}
            noun={['partner', 'partners']}
            fetchPage={async () => ({ items: (await fetchBenchmarks(query)).items, nextCursor: null })}
          />
        }
      />
      <Stack gap="lg">
        <Group align="flex-end" gap="md">
          <PeriodPicker value={period} onChange={setPeriod} />
          <Select
            label="Tier"
            placeholder="Any tier"
            clearable
            w={150}
            data={(tiers.data?.tiers ?? []).map((t) => ({ value: t.key, label: t.name }))}
            value={tier}
            onChange={setTier}
          />
          <Select
            label="Region"
            placeholder="Any region"
            clearable
            w={140}
            data={['NA', 'LATAM', 'EMEA', 'APAC']}
            value={region}
            onChange={(v) => setRegion(v as Region | null)}
          />
          <Select
            label="Flag"
            placeholder="All partners"
            clearable
            w={180}
            data={[
              { value: 'any', label: 'Flagged either way' },
              { value: 'under', label: 'Under-performers' },
              { value: 'over', label: 'Over-performers' },
            ]}
            value={flag}
            onChange={(v) => setFlag(v as Flag | null)}
          />
        </Group>
        <PercentileChart items={items} loading={benchmarks.isLoading} />
        <BenchmarkTable
          items={items}
          loading={benchmarks.isLoading}
          error={benchmarks.error}
          onRetry={benchmarks.refetch}
        />
      </Stack>
    </>
  );
}
