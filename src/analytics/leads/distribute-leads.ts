/**
 * Lead distribution: which partner each lead is offered to, and why. Pure and deterministic — the same
 * input always gives the same offers — so the routing use case, its dry-run preview and the tests share it.
 *
 * Each candidate that passes the filters gets a score of 0–100: the weighted mean of its criteria
 * (region, specialization, tier weight, free capacity, acceptance rate, fit score). The best score wins;
 * among equal best scores the partner assigned least recently wins (round-robin), then the lower id.
 * A lead captured by a partner's own campaign goes to that partner first when it can take it.
 */

export const WEIGHED_CRITERIA = [
  'region',
  'specialization',
  'tier',
  'capacity',
  'acceptance',
  'fit',
] as const;
export type WeighedCriterion = (typeof WEIGHED_CRITERIA)[number];

export interface DistributionRules {
  /** Hard filters: a partner must cover the lead's region / one of its interests. */
  filterRegion: boolean;
  filterSpecialization: boolean;
  /** Relative weights of the scored criteria (0 leaves a criterion out). */
  weights: Record<WeighedCriterion, number>;
  /** The winner's score must reach this (0–100), else the lead stays with the vendor. */
  minPartnerScore: number;
  /** Leads scored below this are not routed automatically. */
  minLeadScore: number;
  eligibleStages: string[];
  eligibleTypes: string[];
  /** Open leads (offered or accepted) a partner may hold at once, unless overridden per partner. */
  defaultCapacity: number;
  capacityByPartner: Record<string, number>;
  /** Offers answered below this many times count as the neutral acceptance rate. */
  minAcceptanceSample: number;
  /** A lead from a partner's own campaign is offered to that partner first. */
  sourcePartnerFirst: boolean;
}

export interface LeadToDistribute {
  id: string;
  region: string | null;
  interests: readonly string[];
  score: number;
  sourcePartnerId: string | null;
  /** Partners that declined it, let it expire or had it withdrawn. */
  excludedPartnerIds: readonly string[];
}

export interface DistributionCandidate {
  id: string;
  stage: string;
  type: string;
  regions: readonly string[];
  specializations: readonly string[];
  /** The tier's lead priority weight (0 without a tier). */
  tierWeight: number;
  openLoad: number;
  acceptance: { accepted: number; answered: number };
  fitScore: number;
  /** Epoch milliseconds of the last offer, null if never offered one. */
  lastAssignedAt: number | null;
}

export interface CriterionScore {
  criterion: WeighedCriterion;
  /** 0–1 */
  value: number;
  weight: number;
  /** value × weight, normalized so all points add up to the score. */
  points: number;
}

export interface CandidateScore {
  partnerId: string;
  score: number;
  criteria: CriterionScore[];
}

export type TieBreak = 'source_partner' | 'best_score' | 'least_recently_assigned' | 'stable_order';

export interface LeadDistribution {
  leadId: string;
  partnerId: string | null;
  reason: string;
  tieBreak: TieBreak | null;
  winner: CandidateScore | null;
  /** The next best eligible partners (up to RUNNERS_UP). */
  runnersUp: CandidateScore[];
  eligibleCount: number;
}

export const RUNNERS_UP = 3;
const NEUTRAL = 0.5;
const round2 = (n: number) => Math.round(n * 100) / 100;

export function capacityOf(rules: DistributionRules, partnerId: string): number {
  return rules.capacityByPartner[partnerId] ?? rules.defaultCapacity;
}

interface State {
  load: Map<string, number>;
  lastAssigned: Map<string, number | null>;
  clock: number;
}

function acceptanceValue(c: DistributionCandidate, rules: DistributionRules): number {
  const { accepted, answered } = c.acceptance;
  return answered < Math.max(1, rules.minAcceptanceSample) ? NEUTRAL : accepted / answered;
}

function criterionValues(
  lead: LeadToDistribute,
  c: DistributionCandidate,
  rules: DistributionRules,
  maxTierWeight: number,
  load: number,
): Record<WeighedCriterion, number> {
  const interests = lead.interests;
  const covered = interests.filter((i) => c.specializations.includes(i)).length;
  const capacity = capacityOf(rules, c.id);
  return {
    region: lead.region === null ? NEUTRAL : c.regions.includes(lead.region) ? 1 : 0,
    specialization: interests.length === 0 ? NEUTRAL : covered / interests.length,
    tier: maxTierWeight > 0 ? Math.max(0, c.tierWeight) / maxTierWeight : 0,
    capacity: capacity > 0 ? Math.max(0, 1 - load / capacity) : 0,
    acceptance: acceptanceValue(c, rules),
    fit: Math.min(100, Math.max(0, c.fitScore)) / 100,
  };
}

export function scoreCandidate(
  lead: LeadToDistribute,
  c: DistributionCandidate,
  rules: DistributionRules,
  maxTierWeight: number,
  load: number = c.openLoad,
): CandidateScore {
  const values = criterionValues(lead, c, rules, maxTierWeight, load);
  const totalWeight = WEIGHED_CRITERIA.reduce((sum, k) => sum + Math.max(0, rules.weights[k]), 0);
  const criteria = WEIGHED_CRITERIA.map((criterion) => {
    const weight = Math.max(0, rules.weights[criterion]);
    const points = totalWeight > 0 ? (values[criterion] * weight * 100) / totalWeight : 0;
    return { criterion, value: round2(values[criterion]), weight, points: round2(points) };
  });
  // Rounded, so candidates that differ only by float noise tie and the round-robin decides.
  const score = round2(criteria.reduce((sum, c) => sum + c.points, 0));
  return { partnerId: c.id, score, criteria };
}

/** Why a candidate cannot take this lead, or null when it can. */
export function ineligibility(
  lead: LeadToDistribute,
  c: DistributionCandidate,
  rules: DistributionRules,
  load: number,
  applyMatchFilters: boolean,
): string | null {
  if (lead.excludedPartnerIds.includes(c.id)) return 'already declined, expired or withdrawn';
  if (!rules.eligibleStages.includes(c.stage)) return `stage ${c.stage} is not eligible`;
  if (load >= capacityOf(rules, c.id)) return 'at capacity';
  if (!applyMatchFilters) return null;
  if (!rules.eligibleTypes.includes(c.type)) return `type ${c.type} is not eligible`;
  if (rules.filterRegion && lead.region !== null && !c.regions.includes(lead.region))
    return `does not cover ${lead.region}`;
  if (
    rules.filterSpecialization &&
    lead.interests.length > 0 &&
    !lead.interests.some((i) => c.specializations.includes(i))
  )
    return 'no matching specialization';
  return null;
}

/** Least recently assigned first (never assigned before anyone), then the lower id. */
function roundRobinOrder(state: State) {
  return (a: CandidateScore, b: CandidateScore): number => {
    const ta = state.lastAssigned.get(a.partnerId) ?? null;
    const tb = state.lastAssigned.get(b.partnerId) ?? null;
    if (ta !== tb) {
      if (ta === null) return -1;
      if (tb === null) return 1;
      return ta - tb;
    }
    return a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0;
  };
}

function tieBreakUsed(best: CandidateScore[], state: State): TieBreak {
  if (best.length === 1) return 'best_score';
  const times = best.map((c) => state.lastAssigned.get(c.partnerId) ?? null);
  const first = times[0];
  return times.filter((t) => t === first).length > 1 ? 'stable_order' : 'least_recently_assigned';
}

function assign(state: State, partnerId: string): void {
  state.load.set(partnerId, (state.load.get(partnerId) ?? 0) + 1);
  state.clock += 1;
  state.lastAssigned.set(partnerId, state.clock);
}

function distributeOne(
  lead: LeadToDistribute,
  candidates: readonly DistributionCandidate[],
  rules: DistributionRules,
  maxTierWeight: number,
  state: State,
): LeadDistribution {
  const none = (reason: string, scored: CandidateScore[] = [], eligibleCount = 0): LeadDistribution => ({
    leadId: lead.id,
    partnerId: null,
    reason,
    tieBreak: null,
    winner: null,
    runnersUp: scored.slice(0, RUNNERS_UP),
    eligibleCount,
  });
  const loadOf = (c: DistributionCandidate) => state.load.get(c.id) ?? c.openLoad;

  if (rules.sourcePartnerFirst && lead.sourcePartnerId) {
    const source = candidates.find((c) => c.id === lead.sourcePartnerId);
    if (source && ineligibility(lead, source, rules, loadOf(source), false) === null) {
      const winner = scoreCandidate(lead, source, rules, maxTierWeight, loadOf(source));
      assign(state, source.id);
      return {
        leadId: lead.id,
        partnerId: source.id,
        reason: 'Captured by this partner’s own campaign',
        tieBreak: 'source_partner',
        winner,
        runnersUp: [],
        eligibleCount: 1,
      };
    }
  }
  if (lead.score < rules.minLeadScore)
    return none(`Lead score ${lead.score} is below the routing minimum of ${rules.minLeadScore}`);

  const eligible = candidates.filter((c) => ineligibility(lead, c, rules, loadOf(c), true) === null);
  if (eligible.length === 0) return none('No eligible partner (filters, capacity or earlier declines)');
  const order = roundRobinOrder(state);
  const scored = eligible
    .map((c) => scoreCandidate(lead, c, rules, maxTierWeight, loadOf(c)))
    .sort((a, b) => b.score - a.score || order(a, b));
  const top = scored[0]!;
  if (top.score < rules.minPartnerScore)
    return none(
      `Best score ${top.score} is below the minimum of ${rules.minPartnerScore}`,
      scored,
      eligible.length,
    );
  const best = scored.filter((c) => c.score === top.score);
  const tieBreak = tieBreakUsed(best, state);
  assign(state, top.partnerId);
  const reason =
    tieBreak === 'best_score'
      ? `Best score ${top.score} of ${eligible.length} eligible partner(s)`
      : `Best score ${top.score}, tied with ${best.length - 1} other(s): ${
          tieBreak === 'least_recently_assigned' ? 'assigned least recently' : 'stable order'
        }`;
  return {
    leadId: lead.id,
    partnerId: top.partnerId,
    reason,
    tieBreak,
    winner: top,
    runnersUp: scored.slice(1, 1 + RUNNERS_UP),
    eligibleCount: eligible.length,
  };
}

/**
 * Distributes the leads in the order given. Loads and last-assigned times are updated as the batch
 * proceeds, so capacity holds within the batch and ties rotate.
 */
export function distributeLeads(
  leads: readonly LeadToDistribute[],
  candidates: readonly DistributionCandidate[],
  rules: DistributionRules,
): LeadDistribution[] {
  const latest = candidates.reduce((max, c) => Math.max(max, c.lastAssignedAt ?? 0), 0);
  const state: State = {
    load: new Map(candidates.map((c) => [c.id, c.openLoad])),
    lastAssigned: new Map(candidates.map((c) => [c.id, c.lastAssignedAt])),
    clock: latest,
  };
  const maxTierWeight = candidates.reduce((max, c) => Math.max(max, c.tierWeight), 0);
  return leads.map((lead) => distributeOne(lead, candidates, rules, maxTierWeight, state));
}
