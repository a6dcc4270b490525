import type { Ctx } from '../../platform/context.js';
import { isVendorActor } from '../../platform/policy.js';
import { getPartner } from '../partners/get-partner.js';
import { benchmarkPartners } from './benchmark-partners.js';
import type { AttributionSource } from './compute-metrics.js';
import { scorecardRows } from './find-scorecard.js';
import { emptyMetricValues, METRICS, type MetricValues } from './metric-catalog.js';
import type { PartnerScorecard } from './scorecard.schemas.js';
import { periodInput } from './scorecard-period.js';

/** Only what a partner may see of its own figures: program economics and survey results stay the vendor's. */
function partnerVisible(values: MetricValues): MetricValues {
  const visible = emptyMetricValues();
  for (const metric of METRICS) if (metric.partnerVisible) visible[metric.key] = values[metric.key];
  return visible;
}

/**
 * One partner's scorecard with its trend and, for vendor staff, its standing among peers in the same
 * tier and region. A partner user reaches only its own partner (another id is not found).
 */
export async function getPartnerScorecard(
  ctx: Ctx,
  partnerId: string,
  query: { from?: string | undefined; to?: string | undefined },
  attribution?: AttributionSource,
): Promise<PartnerScorecard> {
  const partner = await getPartner(ctx, partnerId);
  const input = periodInput(query, ctx.clock.now());
  const { rows, context } = await scorecardRows(
    ctx,
    { groupBy: 'partner', ...input, partnerId },
    attribution,
  );
  const row = rows[0];
  const current = row?.current ?? emptyMetricValues();
  const previous = row?.previous ?? emptyMetricValues();
  const base = {
    partnerId,
    partnerName: partner.name,
    tier: partner.tier,
    region: partner.regions[0] ?? null,
    type: partner.type,
  };
  if (!isVendorActor(ctx.actor)) {
    return {
      ...base,
      ...context,
      metrics: METRICS.filter((m) => m.partnerVisible),
      current: partnerVisible(current),
      previous: partnerVisible(previous),
      peers: null,
      percentiles: {},
      peerMedians: {},
      flag: null,
      differences: [],
    };
  }
  const [benchmark] = await benchmarkPartners(ctx, { ...input, partnerId });
  const percentiles: Record<string, number | null> = {};
  const peerMedians: Record<string, number | null> = {};
  for (const m of benchmark?.metrics ?? []) {
    percentiles[m.metric] = m.percentile;
    peerMedians[m.metric] = m.peerMedian;
  }
  return {
    ...base,
    ...context,
    current,
    previous,
    peers: benchmark?.peers ?? null,
    percentiles,
    peerMedians,
    flag: benchmark?.flag ?? null,
    differences: benchmark?.differences ?? [],
  };
}
