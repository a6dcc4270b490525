import type { Schemas } from '../../shared/api/client';
import {
  type TierDefinitionView,
  tierName,
  tierPosition,
  tiersByRank,
} from '../../shared/tiers/tier-progress';

export type Evaluation = Schemas['TierEvaluation'];
export type EvaluationRun = Schemas['TierEvaluationRun'];

/** What an evaluation means for one partner, as the preview groups it. */
export const EVALUATION_KINDS = [
  'promotion',
  'first_tier',
  'pending_approval',
  'awaiting_approval',
  'warning',
  'demotion',
  'recovered',
  'grace',
  'unchanged',
] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

export const KIND_INFO: Record<EvaluationKind, { label: string; color: string }> = {
  promotion: { label: 'Promotion', color: 'teal' },
  first_tier: { label: 'First tier', color: 'cyan' },
  pending_approval: { label: 'Promotion, needs approval', color: 'blue' },
  awaiting_approval: { label: 'Awaiting approval', color: 'blue' },
  warning: { label: 'Warning starts', color: 'orange' },
  demotion: { label: 'Demotion after grace', color: 'red' },
  recovered: { label: 'Warning lifted', color: 'lime' },
  grace: { label: 'Grace period running', color: 'yellow' },
  unchanged: { label: 'Unchanged', color: 'gray' },
};

export function kindOf(evaluation: Evaluation): EvaluationKind {
  switch (evaluation.action) {
    case 'promote':
      return 'promotion';
    case 'assign':
      return 'first_tier';
    case 'promotion_pending_approval':
      // Not a move when the same promotion already waits: then a manager can approve it now.
      return evaluation.moves ? 'pending_approval' : 'awaiting_approval';
    case 'demotion_warning':
      return 'warning';
    case 'demote':
      return 'demotion';
    case 'recovered':
      return 'recovered';
    case 'demotion_pending':
      return 'grace';
    default:
      return 'unchanged';
  }
}

export interface EvaluationCounts {
  promote: number;
  approval: number;
  warn: number;
  demote: number;
  unchanged: number;
  /** Of the unchanged: partners in a running grace period. */
  grace: number;
}

export function countEvaluations(evaluations: readonly Evaluation[]): EvaluationCounts {
  const counts: EvaluationCounts = { promote: 0, approval: 0, warn: 0, demote: 0, unchanged: 0, grace: 0 };
  for (const evaluation of evaluations) {
    const kind = kindOf(evaluation);
    if (kind === 'promotion' || kind === 'first_tier') counts.promote += 1;
    else if (kind === 'pending_approval' || kind === 'awaiting_approval') counts.approval += 1;
    else if (kind === 'warning') counts.warn += 1;
    else if (kind === 'demotion') counts.demote += 1;
    else {
      counts.unchanged += 1;
      if (kind === 'grace') counts.grace += 1;
    }
  }
  return counts;
}

export interface TierCount {
  tier: string;
  now: number;
  after: number;
}

/** Partners per tier before and after the evaluation, entry tier first; tiers no longer in the program and "No tier" last. */
export function tierDistribution(
  evaluations: readonly Evaluation[],
  tiers: readonly TierDefinitionView[],
): TierCount[] {
  const now = new Map<string | null, number>();
  const after = new Map<string | null, number>();
  for (const e of evaluations) {
    now.set(e.currentTier, (now.get(e.currentTier) ?? 0) + 1);
    after.set(e.tierAfter, (after.get(e.tierAfter) ?? 0) + 1);
  }
  const known = tiersByRank(tiers).map((t) => t.key);
  const others = [...new Set([...now.keys(), ...after.keys()])].filter(
    (key): key is string => key !== null && !known.includes(key),
  );
  const keys: (string | null)[] = [...known, ...others.sort()];
  if (now.has(null) || after.has(null)) keys.push(null);
  return keys.map((key) => ({
    tier: tierName(tiers, key),
    now: now.get(key) ?? 0,
    after: after.get(key) ?? 0,
  }));
}

export type Scope = 'changes' | 'all';

export interface EvaluationFilters {
  scope: Scope;
  q: string;
  kinds: EvaluationKind[];
  /** A tier key the partner holds now or after; "none" for no tier. */
  tier: string | null;
}

/** Partners that would move, plus those whose promotion awaits approval or whose grace period runs. */
export const needsAttention = (e: Evaluation) =>
  e.moves || ['awaiting_approval', 'grace'].includes(kindOf(e));

export function filterEvaluations(
  evaluations: readonly Evaluation[],
  filters: EvaluationFilters,
): Evaluation[] {
  const q = filters.q.trim().toLowerCase();
  const tier = filters.tier === 'none' ? null : filters.tier;
  return evaluations.filter(
    (e) =>
      (filters.scope === 'all' || needsAttention(e)) &&
      (!q || e.partnerName.toLowerCase().includes(q)) &&
      (filters.kinds.length === 0 || filters.kinds.includes(kindOf(e))) &&
      (filters.tier === null || e.currentTier === tier || e.tierAfter === tier),
  );
}

export const EVALUATION_SORTS = ['kind', 'partner', 'currentTier', 'tierAfter'] as const;
export type EvaluationSort = (typeof EVALUATION_SORTS)[number] | `-${(typeof EVALUATION_SORTS)[number]}`;

export function isEvaluationSort(value: string): value is EvaluationSort {
  return (EVALUATION_SORTS as readonly string[]).includes(value.replace(/^-/, ''));
}

/** Sorted by a column, then by partner name, so equal rows keep a stable order. */
export function sortEvaluations(
  evaluations: readonly Evaluation[],
  sort: EvaluationSort,
  tiers: readonly TierDefinitionView[],
): Evaluation[] {
  const descending = sort.startsWith('-');
  const column = sort.replace(/^-/, '');
  const byName = (a: Evaluation, b: Evaluation) => a.partnerName.localeCompare(b.partnerName);
  const value = (e: Evaluation): number | string => {
    if (column === 'kind') return EVALUATION_KINDS.indexOf(kindOf(e));
    if (column === 'currentTier') return tierPosition(tiers, e.currentTier);
    if (column === 'tierAfter') return tierPosition(tiers, e.tierAfter);
    return e.partnerName.toLowerCase();
  };
  return [...evaluations].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (descending ? -order : order) || byName(a, b);
  });
}

export const PAGE_SIZE = 25;

export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return rows.slice((page - 1) * size, page * size);
}
