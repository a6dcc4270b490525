import {
  evaluateTier,
  type TierAction,
  type TierDefinition,
  type TierMetric,
  type TierMetrics,
} from '../analytics/tiering/evaluate-tier.js';
import type { ReplaceTierProgramInput } from '../modules/tiers/tiers.schemas.js';
import { storyInstant } from './demo-clock.js';
import { REFERENCE_METRIC } from './demo-tier-program.js';
import type { ReferenceRound } from './plan-tiers.js';

/** What the plans say will happen, day by day, that tier metrics count. */
export interface TierFacts {
  wins: { partnerIndex: number; day: number; amountMinor: number; currency: string; sourced: boolean }[];
  approvals: { partnerIndex: number; day: number }[];
  /** Certificates by the day issued and the day they expire. */
  certificates: { partnerIndex: number; personKey: string; from: number; to: number }[];
  /** People who leave their partner: their certificates stop counting from that day. */
  departures: ReadonlyMap<string, number>;
  references: readonly ReferenceRound[];
}

export interface ForecastStep {
  day: number;
  action: TierAction;
  qualified: string | null;
  /** The tier held after the evaluation (and after an approval a week later). */
  tier: string | null;
  warned: boolean;
}

const TRAILING_DAYS = 365;

function definitionsOf(program: ReplaceTierProgramInput): TierDefinition[] {
  return program.tiers.map((t) => ({
    key: t.key,
    rank: t.rank,
    criteria: t.criteria.map((c) => ({ metric: c.metric as TierMetric, min: c.min })),
  }));
}

function metricsOn(partnerIndex: number, day: number, facts: TierFacts, program: ReplaceTierProgramInput) {
  const from = day - TRAILING_DAYS;
  const rate = (currency: string) => (currency === program.currency ? 1 : program.exchangeRates[currency]);
  const metrics: TierMetrics = { sourcedRevenueMinor: 0, influencedRevenueMinor: 0, wonDeals: 0, psat: null };
  for (const win of facts.wins) {
    if (win.partnerIndex !== partnerIndex || win.day < from || win.day >= day) continue;
    const key = win.sourced ? 'sourcedRevenueMinor' : 'influencedRevenueMinor';
    metrics[key] = (metrics[key] ?? 0) + Math.round(win.amountMinor * (rate(win.currency) ?? 0));
    metrics.wonDeals = (metrics.wonDeals ?? 0) + 1;
  }
  metrics.approvedRegistrations = facts.approvals.filter(
    (a) => a.partnerIndex === partnerIndex && a.day >= from && a.day < day,
  ).length;
  const certified = new Set(
    facts.certificates
      .filter((c) => c.partnerIndex === partnerIndex && c.from < day && c.to >= day)
      .filter((c) => (facts.departures.get(c.personKey) ?? Number.POSITIVE_INFINITY) > day)
      .map((c) => c.personKey),
  );
  metrics.certifiedPeople = certified.size;
  const round = facts.references.filter((r) => r.day < day).at(-1);
  const reference = round?.values.find((v) => v.partnerIndex === partnerIndex);
  if (reference) metrics[`custom:${REFERENCE_METRIC}`] = reference.value;
  return metrics;
}

/**
 * The tier decisions the monthly evaluations will make for one partner, through the same kernel the
 * tier module uses, with promotions approved a week after they are asked for (when that is in the story).
 */
export function forecastTiers(
  partnerIndex: number,
  tiered: { from: number; until: number | null },
  evaluationDays: readonly number[],
  approvalDelay: number,
  end: number,
  facts: TierFacts,
  program: ReplaceTierProgramInput,
): ForecastStep[] {
  const definitions = definitionsOf(program);
  const policy = {
    demotionGraceDays: program.demotionGraceDays,
    promotionNeedsApproval: program.promotionNeedsApproval,
  };
  let tier: string | null = null;
  let warnedAt: Date | null = null;
  const steps: ForecastStep[] = [];
  for (const day of evaluationDays) {
    if (day <= tiered.from || (tiered.until !== null && day >= tiered.until)) continue;
    const metrics = metricsOn(partnerIndex, day, facts, program);
    const evaluation = evaluateTier(
      definitions,
      metrics,
      { currentTier: tier, demotionWarnedAt: warnedAt },
      policy,
      storyInstant(day),
    );
    tier = evaluation.tier;
    warnedAt = evaluation.demotionWarnedAt;
    if (evaluation.action === 'promotion_pending_approval' && day + approvalDelay <= end) {
      tier = evaluation.qualifiedTier;
      warnedAt = null;
    }
    steps.push({
      day,
      action: evaluation.action,
      qualified: evaluation.qualifiedTier,
      tier,
      warned: warnedAt !== null,
    });
  }
  return steps;
}
