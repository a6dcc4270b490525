import type { Executor } from '../../platform/db/client.js';
import { dealFigures, type Interval } from './deal-queries.js';
import type { SeriesPoint } from './scorecard.schemas.js';
import type { MetricScope } from './scorecard-scope.js';

/** The buckets a period covers, so months without a win still show as zero. */
export function bucketsOf(from: Date, to: Date, interval: Interval): string[] {
  const buckets: string[] = [];
  const cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (cursor < to) {
    const year = cursor.getUTCFullYear();
    const month = cursor.getUTCMonth();
    const bucket =
      interval === 'month'
        ? `${year}-${String(month + 1).padStart(2, '0')}`
        : `${year}-Q${Math.floor(month / 3) + 1}`;
    if (buckets[buckets.length - 1] !== bucket) buckets.push(bucket);
    cursor.setUTCMonth(month + 1);
  }
  return buckets;
}

/** Program-wide sourced and influenced revenue per month or quarter of the period. */
export async function revenueSeries(
  db: Executor,
  scope: Omit<MetricScope, 'groupBy'>,
  interval: Interval,
): Promise<SeriesPoint[]> {
  const rows = await dealFigures(db, { ...scope, groupBy: 'program' }, interval);
  const byBucket = new Map(rows.map((r) => [r.bucket, r]));
  return bucketsOf(scope.from, scope.to, interval).map((bucket) => {
    const row = byBucket.get(bucket);
    return {
      bucket,
      sourcedRevenue: row?.sourcedMinor ?? 0,
      influencedRevenue: row?.influencedMinor ?? 0,
      wonDeals: row?.won ?? 0,
    };
  });
}
