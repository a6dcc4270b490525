import { SimpleGrid, Stack } from '@mantine/core';
import { KpiTile } from '../../../shared/charts/kpi-tile';
import { MetricTrend } from './metric-trend';
import { formatMetric, type MetricDefinition, type MetricValues } from './scorecard-api';

/** One tile per metric with its trend; hints add context (the direct channel beside CLTV and CAC). */
export function MetricTiles({
  metrics,
  current,
  previous,
  currency,
  loading,
  hints = {},
}: {
  metrics: MetricDefinition[];
  current: MetricValues | undefined;
  previous: MetricValues | undefined;
  currency: string;
  loading: boolean;
  hints?: Partial<Record<string, string>>;
}) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="md">
      {metrics.map((metric) => {
        const key = metric.key as keyof MetricValues;
        const value = current?.[key] ?? null;
        return (
          <KpiTile
            key={metric.key}
            label={metric.label}
            loading={loading}
            testId={`kpi-${metric.key}`}
            value={formatMetric(value, metric.unit, currency)}
            hint={
              current && previous ? (
                <Stack gap={2}>
                  <MetricTrend metric={metric} current={value} previous={previous[key]} currency={currency} />
                  {hints[metric.key] ?? null}
                </Stack>
              ) : undefined
            }
          />
        );
      })}
    </SimpleGrid>
  );
}
