import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination.js';
import { type AttributionSource, computeMetrics } from './compute-metrics.js';
import { groupLabels } from './group-labels.js';
import { emptyMetricValues, METRIC_KEYS, METRICS, type MetricKey } from './metric-catalog.js';
import { loadProgramAssumptions } from './program-assumptions.js';
import type { GroupBy, ScorecardRow } from './scorecard.schemas.js';
import { periodInput, periodsOf, scorecardPeriod } from './scorecard-period.js';

export const SCORECARD_SORTS = ['label', 'partners', ...METRIC_KEYS] as const;
type SortKey = (typeof SCORECARD_SORTS)[number];

export interface FindScorecardInput {
  groupBy: GroupBy;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  cursor?: string | undefined;
  sort: string;
}

function offsetOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  const [offset] = decodeCursor(cursor, 2);
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 1)
    throw invalidField('query.cursor', 'is not a cursor this list issued');
  return offset;
}

function sortValue(row: ScorecardRow, key: SortKey): string | number | null {
  if (key === 'label') return row.label;
  if (key === 'partners') return row.partners;
  return row.current[key as MetricKey];
}

/** Rows without a figure go last in either direction; ties by key keep pages stable. */
export function sortRows(rows: ScorecardRow[], sort: string): ScorecardRow[] {
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as SortKey;
  if (!SCORECARD_SORTS.includes(key)) throw invalidField('query.sort', `cannot sort by ${key}`);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? a.key.localeCompare(b.key) : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
    return (descending ? -order : order) || a.key.localeCompare(b.key);
  });
}

/** Scorecard rows of one grouping over the period, each with the previous period for the trend. */
export async function scorecardRows(
  ctx: Ctx,
  input: { groupBy: GroupBy; from: string; to: string; partnerId?: string | undefined },
  attribution?: AttributionSource,
) {
  const period = scorecardPeriod(input);
  const assumptions = await loadProgramAssumptions(ctx.db);
  const scope = { groupBy: input.groupBy, rates: assumptions.rates, partnerId: input.partnerId };
  const current = await computeMetrics(
    ctx,
    { ...scope, from: period.from, to: period.to },
    assumptions,
    attribution,
  );
  const previous = await computeMetrics(
    ctx,
    { ...scope, from: period.previousFrom, to: period.from },
    assumptions,
    attribution,
  );
  const keys = [...current.groups.keys()];
  const labels = await groupLabels(ctx.db, input.groupBy, keys);
  const rows: ScorecardRow[] = keys.map((key) => {
    const group = current.groups.get(key)!;
    return {
      key,
      label: labels.get(key) ?? key,
      partners: group.partners,
      current: group.values,
      previous: previous.groups.get(key)?.values ?? emptyMetricValues(),
    };
  });
  const unconverted = [...new Set([...current.unconverted, ...previous.unconverted])].sort();
  return {
    rows,
    current,
    previous,
    context: {
      currency: assumptions.currency,
      unconvertedCurrencies: unconverted,
      ...periodsOf(period),
      metrics: [...METRICS],
    },
  };
}

/** GET /api/scorecard: one page of rows, sorted by a metric or the group's name. */
export async function findScorecard(ctx: Ctx, input: FindScorecardInput) {
  const offset = offsetOf(input.cursor);
  const { rows, context } = await scorecardRows(ctx, {
    groupBy: input.groupBy,
    ...periodInput(input, ctx.clock.now()),
  });
  const sorted = sortRows(rows, input.sort);
  const items = sorted.slice(offset, offset + input.limit);
  const next = offset + input.limit;
  const last = items[items.length - 1];
  return {
    ...context,
    groupBy: input.groupBy,
    items,
    nextCursor: next < sorted.length && last ? encodeCursor([next, last.key]) : null,
  };
}
